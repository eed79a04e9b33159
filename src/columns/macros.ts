/**
 * Project macros as plain data: each `{% macro name(...) %}...{% endmacro %}` block of the
 * project's macro files, kept as its own source text so the renderer can compile it alone (a macro
 * calling another one then goes through the renderer's lookup, which applies dbt's `return()`).
 */

export interface MacroDef {
  name: string;
  /** The file it came from (for messages). */
  file: string;
  /** The whole `{% macro %}...{% endmacro %}` block. */
  source: string;
}

export interface MacroLibrary {
  /** By macro name; a later file wins, as dbt's project macros override packages'. */
  macros: Map<string, MacroDef>;
  /** Files whose blocks could not be split (unbalanced tags), with the reason. */
  problems: { file: string; message: string }[];
}

const TAG =
  /\{%-?\s*(macro|endmacro|test|endtest|materialization|endmaterialization)\b([\s\S]*?)-?%\}/g;
const NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(/;

/** Largest macro file text looked at; beyond it the file is reported and skipped. */
const MAX_FILE_CHARS = 2_000_000;

export function buildMacroLibrary(files: readonly { path: string; text: string }[]): MacroLibrary {
  const macros = new Map<string, MacroDef>();
  const problems: { file: string; message: string }[] = [];
  for (const f of files) {
    if (f.text.length > MAX_FILE_CHARS) {
      problems.push({ file: f.path, message: `larger than ${MAX_FILE_CHARS} characters; skipped` });
      continue;
    }
    let open: { name: string; start: number } | undefined;
    let skipping = false; // inside {% test %} / {% materialization %}: not macros
    TAG.lastIndex = 0;
    for (let m = TAG.exec(f.text); m; m = TAG.exec(f.text)) {
      const kind = m[1];
      if (kind === 'test' || kind === 'materialization') {
        skipping = true;
        continue;
      }
      if (kind === 'endtest' || kind === 'endmaterialization') {
        skipping = false;
        continue;
      }
      if (skipping) continue;
      if (kind === 'macro') {
        if (open) {
          problems.push({
            file: f.path,
            message: `macro ${open.name} is not closed before the next one`,
          });
        }
        const name = NAME.exec(m[2] ?? '')?.[1];
        if (!name) {
          problems.push({
            file: f.path,
            message: `a {% macro %} tag without a name at offset ${m.index}`,
          });
          open = undefined;
          continue;
        }
        open = { name, start: m.index };
      } else if (open) {
        const end = m.index + m[0].length;
        macros.set(open.name, {
          name: open.name,
          file: f.path,
          source: f.text.slice(open.start, end),
        });
        open = undefined;
      }
    }
    if (open) problems.push({ file: f.path, message: `macro ${open.name} has no {% endmacro %}` });
  }
  return { macros, problems };
}
