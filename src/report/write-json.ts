/**
 * Writes `JSON.stringify(value, null, 2)` in chunks, produced lazily (`jsonChunks`): a writer
 * that awaits each chunk (a file, a pipe) holds one member's text at a time, never the whole
 * report. An object is written member by member: one character beyond Latin-1 (a `→` in a
 * finding) makes V8 build the whole text as two-byte string, which is slower to build and to
 * encode, so each member keeps its own. A member whose text outgrows the largest string V8
 * allows is walked here and only its elements are stringified whole.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, depth = 3): void {
  for (const chunk of jsonChunks(value, depth)) write(chunk);
}

/** As writeJson, awaiting each write: backpressure for a file or a pipe. */
export async function writeJsonAsync(
  value: unknown,
  write: (chunk: string) => unknown,
  depth = 3,
): Promise<void> {
  for (const chunk of jsonChunks(value, depth)) await write(chunk);
}

/** The text of `JSON.stringify(value, null, 2)` and a final newline, in chunks, lazily. */
export function* jsonChunks(value: unknown, depth = 3): Generator<string> {
  if (!isPlainObject(value)) {
    const text = tryStringify(value);
    if (text === undefined) yield* buffered(walkChunks(value, '', depth));
    else yield text;
    yield '\n';
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    // Stringifying `{ key: value }` indents the member exactly as it sits in the whole; only its
    // braces are cut off.
    const text = tryStringify({ [key]: member });
    if (text === '{}') continue; // undefined and functions are left out, as in the whole
    yield first ? '{\n' : ',\n';
    first = false;
    if (text !== undefined) {
      yield text.slice(2, -2);
    } else {
      yield `  ${JSON.stringify(key)}: `;
      yield* buffered(walkChunks(member, '  ', depth - 1));
    }
  }
  yield first ? '{}' : '\n}';
  yield '\n';
}

/** The whole text, or undefined when it is too long for one string. */
function tryStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, null, 2) ?? 'undefined';
  } catch (error) {
    // Only a text too long for one string is written piecewise: that walk is slower.
    if (!(error instanceof RangeError)) throw error;
    return undefined;
  }
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
  for (const chunk of buffered(walkChunks(value, '', depth))) write(chunk);
  write('\n');
}

/** Joins small pieces into chunks of about a megabyte. */
function* buffered(pieces: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length > 1 << 20) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

function* walkChunks(value: unknown, indent: string, depth: number): Generator<string> {
  const json = (value as { toJSON?: unknown } | null)?.toJSON;
  if (depth === 0 || value === null || typeof value !== 'object' || typeof json === 'function') {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* walkChunks(
        item === undefined || typeof item === 'function' ? null : item,
        inner,
        depth - 1,
      );
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]!;
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* walkChunks(item, inner, depth - 1);
  }
  yield `\n${indent}}`;
}
