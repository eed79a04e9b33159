import type { Finding } from './catalog.js';
import { said } from './message.js';
import type { Check, DiffContext, RuleSpec } from './rule.js';

// Enforced contracts (issue 14): with column analysis (`diff --columns`), a column removed from
// or retyped in a model whose contract is enforced breaks its consumers.

export const CONTRACT_BREAKING = {
  id: 'contract/breaking',
  severity: 'error',
  category: 'contract',
  modes: ['diff'],
  summary:
    'a model with an enforced contract loses or retypes a declared column, or no longer produces one (with `--columns`)',
  fix: 'Keep the column (or its type), or version the model and migrate its consumers first.',
} as const satisfies RuleSpec;

function contractFindings(context: DiffContext): Finding[] {
  return (context.contracts ?? []).map((v) => {
    const what =
      v.kind === 'removed'
        ? said`its column \`${v.column}\` was removed`
        : v.kind === 'retyped'
          ? said`its column \`${v.column}\` changed type`
          : said`it declares \`${v.column}\`, which its SQL does not produce`;
    return {
      rule: CONTRACT_BREAKING.id,
      severity: CONTRACT_BREAKING.severity,
      model: v.model,
      ...said`\`${v.model}\` has an enforced contract and ${what}`,
      related: [v.column],
      file: v.file,
      line: null,
    };
  });
}

export const CONTRACT_CHECKS: readonly Check[] = [
  { rules: [CONTRACT_BREAKING.id], diff: contractFindings },
];
