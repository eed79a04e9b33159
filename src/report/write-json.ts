/**
 * Writes `JSON.stringify(value, null, 2)` in chunks. An object is written member by member: one
 * character beyond Latin-1 (a `→` in a finding) makes V8 build the whole text as two-byte
 * string, which is slower to build and to encode, so each member keeps its own. A report's text
 * can also outgrow the largest string V8 allows (a long chain repeats every path: quadratic in
 * its length); then the outer containers are walked here and only their elements are
 * stringified whole.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, depth = 3): void {
  let chunks: string[] | undefined;
  try {
    chunks = isPlainObject(value) ? memberChunks(value) : [JSON.stringify(value, null, 2)];
  } catch (error) {
    // Only a text too long for one string is written piecewise: that walk is slower.
    if (!(error instanceof RangeError)) throw error;
  }
  if (chunks === undefined) return writePiecewise(value, write, depth);
  // The newline is a write of its own: appending it would copy the whole text once more.
  for (const chunk of chunks) write(chunk);
  write('\n');
}

/**
 * The chunks of `JSON.stringify(object, null, 2)`, one per member. Stringifying `{ key: value }`
 * indents the member exactly as it sits in the whole; only its braces are cut off.
 */
function memberChunks(object: Record<string, unknown>): string[] {
  const chunks: string[] = [];
  for (const key of Object.keys(object)) {
    const text = JSON.stringify({ [key]: object[key] }, null, 2);
    if (text === '{}') continue; // undefined and functions are left out, as in the whole
    chunks.push(chunks.length === 0 ? '{\n' : ',\n', text.slice(2, -2));
  }
  chunks.push(chunks.length === 0 ? '{}' : '\n}');
  return chunks;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** Exported for tests: the piecewise writer, used when the text outgrows one string. */
export function writePiecewise(value: unknown, write: (chunk: string) => void, depth = 3): void {
  let buffer = '';
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      write(buffer);
      buffer = '';
    }
  };
  walk(value, '', depth, emit);
  write(`${buffer}\n`);
}

function walk(value: unknown, indent: string, depth: number, emit: (text: string) => void): void {
  const json = (value as { toJSON?: unknown } | null)?.toJSON;
  if (depth === 0 || value === null || typeof value !== 'object' || typeof json === 'function') {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    emit(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit('[]');
    emit('[');
    value.forEach((item, i) => {
      emit(`${i === 0 ? '' : ','}\n${inner}`);
      walk(item === undefined || typeof item === 'function' ? null : item, inner, depth - 1, emit);
    });
    emit(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  if (entries.length === 0) return emit('{}');
  emit('{');
  entries.forEach(([key, item], i) => {
    emit(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    walk(item, inner, depth - 1, emit);
  });
  emit(`\n${indent}}`);
}
