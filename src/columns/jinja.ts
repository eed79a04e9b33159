/**
 * Jinja2 → nunjucks source fixes for what dbt projects write and nunjucks does not parse:
 * `{% do expr %}`, `{% set ns.attr = expr %}`, Python's `is not none`-style tests are handled by
 * registered tests, `.append` by nunjucks' Jinja compatibility. Text outside tags is untouched.
 */

const DO = /\{%(-?)\s*do\s+([\s\S]*?)\s*(-?)%\}/g;
const SET_ATTR =
  /\{%(-?)\s*set\s+([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([\s\S]*?)\s*(-?)%\}/g;
/** A Jinja tag (expression or statement). */
const TAG = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
/** Python allows a trailing comma in list, dict and call literals; nunjucks does not. */
const TRAILING_COMMA = /,(\s*[}\])])/g;

export function preprocessJinja(src: string): string {
  let out = src.replace(TAG, (tag) =>
    tag.includes(',') ? tag.replace(TRAILING_COMMA, '$1') : tag,
  );
  out = out.replace(DO, (_m, a: string, expr: string, b: string) => `{{${a} __do(${expr}) ${b}}}`);
  out = out.replace(
    SET_ATTR,
    (_m, a: string, obj: string, attr: string, expr: string, b: string) =>
      `{{${a} __setattr(${obj}, '${attr}', ${expr}) ${b}}}`,
  );
  return out;
}
