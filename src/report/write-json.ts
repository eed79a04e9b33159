/**
 * Writes `JSON.stringify(value, null, 2)` in chunks. A report's text can outgrow the largest
 * string V8 allows (a long chain repeats every path: quadratic in its length), so the outer
 * containers are walked here and only their elements are stringified whole.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, depth = 3): void {
  let whole: string | undefined;
  try {
    whole = JSON.stringify(value, null, 2);
  } catch (error) {
    // Only a text too long for one string is written piecewise: that walk is slower.
    if (!(error instanceof RangeError)) throw error;
  }
  if (whole !== undefined) {
    // Two writes: appending the newline would copy the whole text once more.
    write(whole);
    write('\n');
    return;
  }
  writePiecewise(value, write, depth);
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
