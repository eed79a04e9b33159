/**
 * SQL comments out of a rendered query before it is analysed (pure): polyglot reads a comment in
 * front of a select item as an annotation and names the column `_col_N`, so a documented column
 * could not be followed by name. Quotes are respected ('…' with '' and \' escapes, "…", `…`,
 * $$…$$), a comment becomes one space (or its line breaks), nothing else changes.
 */
export function stripSqlComments(sql: string): string {
  let out = '';
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      out += ' ';
      i = end === -1 ? n : end;
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const body = sql.slice(i, end === -1 ? n : end + 2);
      out += body.includes('\n') ? '\n'.repeat(body.split('\n').length - 1) : ' ';
      i = end === -1 ? n : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n) {
        if (c === "'" && sql[j] === '\\') j += 2;
        else if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === '$' && next === '$') {
      const end = sql.indexOf('$$', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += sql.slice(i, stop);
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
