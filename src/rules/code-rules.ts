import type { RuleSpec } from './rule.js';

// Rules of the lineage read from the project's code (issue 11). They are registered ahead of
// the code that reports them, so that their severities can be configured and documented now and
// the scanner and src/sync only have to emit findings.

export const INVENTORY_DRIFT = {
  id: 'lineage/inventory-drift',
  severity: 'warning',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary:
    'the code and the inventory disagree: an edge only one has, a model file without entry, an entry whose `path` is no file',
  fix: 'Run `blast-radius inventory sync --write` to bring the inventory in line with the code.',
  planned: true,
} as const satisfies RuleSpec;

export const DYNAMIC_REF = {
  id: 'lineage/dynamic-ref',
  severity: 'notice',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary:
    'a `ref()` or `source()` the scanner cannot decide, e.g. `ref(var(...))` (file and line)',
  fix: 'Write the reference as a literal, or add the edge to the inventory by hand.',
  planned: true,
} as const satisfies RuleSpec;

export const AMBIGUOUS_REF = {
  id: 'lineage/ambiguous-ref',
  severity: 'warning',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary: 'a `ref()` that several other projects of the repository define (kept as external)',
  fix: "Name the project: ref('project', 'model').",
  planned: true,
} as const satisfies RuleSpec;

export const PROJECT_INVALID = {
  id: 'project/invalid',
  severity: 'warning',
  category: 'project',
  modes: ['diff', 'audit'],
  summary: 'a dbt project file the scanner cannot read (`dbt_project.yml`, YAML, SQL)',
  fix: 'Fix the file at the reported line; its lineage is missing until then.',
  planned: true,
} as const satisfies RuleSpec;
