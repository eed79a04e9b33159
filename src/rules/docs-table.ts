import type { RuleSpec } from './rule.js';

export const RULES_TABLE_BEGIN = '<!-- rules:begin (npm run docs:rules writes this table) -->';
export const RULES_TABLE_END = '<!-- rules:end -->';

const PLANNED = ' (not reported yet: comes with code lineage)';

/** The docs/configuration.md rules table, from the registry (not yet aligned: prettier does). */
export function rulesTable(specs: readonly RuleSpec[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = specs.map((spec) =>
    [
      `\`${spec.id}\``,
      spec.severity,
      spec.modes.join(', '),
      cell(spec.summary + (spec.planned ? PLANNED : '')),
    ].join(' | '),
  );
  return ['rule | default | runs | when', '--- | --- | --- | ---', ...rows]
    .map((row) => `| ${row} |`)
    .join('\n');
}

/** The rows of a markdown table, each a list of trimmed cells (alignment and rule row dropped). */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** The text between the table's markers in `doc`, or undefined when they are missing. */
export function rulesTableIn(doc: string): string | undefined {
  const begin = doc.indexOf(RULES_TABLE_BEGIN);
  const end = doc.indexOf(RULES_TABLE_END);
  if (begin === -1 || end < begin) return undefined;
  return doc.slice(begin + RULES_TABLE_BEGIN.length, end);
}
