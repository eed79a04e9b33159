import { codeView } from '../lineage/code-view.js';
import type { Problem, ProjectScan } from '../project/types.js';
import { driftFindings } from '../sync/drift.js';
import type { Finding } from './catalog.js';
import { joinSaid, said } from './message.js';
import type { ManifestDisagreement } from '../lineage/manifest.js';
import type { AuditContext, Check, DiffContext, RuleSpec } from './rule.js';

// Rules of the lineage read from the project's code: the scanner's undecidable references and
// unreadable files, and the inventory's drift from the code. Reported only when the code was read.

export const INVENTORY_DRIFT = {
  id: 'lineage/inventory-drift',
  severity: 'warning',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary:
    'the code and the inventory disagree: an edge only one has, a model file without entry, an entry whose `path` is no file',
  fix: 'Run blast-radius inventory sync --write to bring the inventory in line with the code.',
} as const satisfies RuleSpec;

export const DYNAMIC_REF = {
  id: 'lineage/dynamic-ref',
  severity: 'notice',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary:
    'a `ref()` or `source()` the scanner cannot decide, e.g. `ref(var(...))` (file and line)',
  fix: 'Write the reference as a literal, or add the edge to the inventory by hand.',
} as const satisfies RuleSpec;

export const INCOMPLETE = {
  id: 'lineage/incomplete',
  severity: 'error',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary:
    "the scanner gave up on part of a file's Jinja at a limit (work, string length, nesting): the references past it are unknown, so the radius may miss models",
  fix: 'Simplify the template (smaller loops, less nesting, shorter strings), or write its refs as literals; the limits are in docs/lineage.md.',
} as const satisfies RuleSpec;

export const AMBIGUOUS_REF = {
  id: 'lineage/ambiguous-ref',
  severity: 'warning',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary: 'a `ref()` that several other projects of the repository define (kept as external)',
  fix: "Name the project: ref('project', 'model').",
} as const satisfies RuleSpec;

export const PROJECT_INVALID = {
  id: 'project/invalid',
  severity: 'warning',
  category: 'project',
  modes: ['diff', 'audit'],
  summary: 'a dbt project file the scanner cannot read (`dbt_project.yml`, YAML, SQL)',
  fix: 'Fix the file at the reported line; its lineage is missing until then.',
} as const satisfies RuleSpec;

export const MANIFEST_DISAGREES = {
  id: 'lineage/manifest-disagrees',
  severity: 'notice',
  category: 'lineage',
  modes: ['diff'],
  summary:
    "the code and dbt's `manifest.json` of the head disagree on edges between nodes both define (the radius takes the union)",
  fix: 'Regenerate the manifest at the head (dbt parse), or write the refs the code builds at run time as literals.',
} as const satisfies RuleSpec;

/** Edges named in a message: a few, then how many more. */
const EDGES_IN_MESSAGE = 5;

function edgeList(edges: ManifestDisagreement['onlyCode']) {
  const shown = joinSaid(
    edges.slice(0, EDGES_IN_MESSAGE).map((e) => said`\`${e.from}\` → \`${e.to}\``),
    ', ',
  );
  const more =
    edges.length > EDGES_IN_MESSAGE ? `, and ${edges.length - EDGES_IN_MESSAGE} more` : '';
  return said`${shown}${more}`;
}

/** One notice for a diff whose code and head manifest disagree. */
function manifestFindings(disagreement: ManifestDisagreement): Finding[] {
  const { onlyManifest, onlyCode } = disagreement;
  if (onlyManifest.length === 0 && onlyCode.length === 0) return [];
  const parts = [
    ...(onlyManifest.length > 0
      ? [
          said`${onlyManifest.length} edge${onlyManifest.length === 1 ? '' : 's'} only in the manifest (${edgeList(onlyManifest)})`,
        ]
      : []),
    ...(onlyCode.length > 0
      ? [
          said`${onlyCode.length} edge${onlyCode.length === 1 ? '' : 's'} only in the code (${edgeList(onlyCode)})`,
        ]
      : []),
  ];
  const message = said`The code and the head manifest disagree: ${joinSaid(parts, '; ')}. The radius follows both.`;
  return [
    {
      rule: MANIFEST_DISAGREES.id,
      severity: MANIFEST_DISAGREES.severity,
      model: null,
      message: message.message,
      parts: message.parts,
      file: null,
      line: null,
    },
  ];
}

const MANIFEST: Check = {
  rules: [MANIFEST_DISAGREES.id],
  diff: (ctx: DiffContext) => (ctx.manifest ? manifestFindings(ctx.manifest) : []),
};

const PROBLEM_SPECS = {
  'lineage/dynamic-ref': DYNAMIC_REF,
  'lineage/ambiguous-ref': AMBIGUOUS_REF,
  'lineage/incomplete': INCOMPLETE,
  'project/invalid': PROJECT_INVALID,
} as const;

function problemFinding(problem: Problem): Finding {
  const spec = PROBLEM_SPECS[problem.rule];
  return {
    rule: spec.id,
    severity: spec.severity,
    model: null,
    message: problem.message,
    file: problem.file,
    line: problem.line,
  };
}

const problemKey = (p: Problem) => `${p.rule}\u0000${p.file}\u0000${p.message}`;

/**
 * In a diff: the problems the change introduces (those the base did not have), and every limit
 * the scan gave up at in a file the change touches — the same limit at the base says nothing of
 * what the edit put past it (a `ref()` appended after a loop that already ran out of budget).
 */
function newProblems(
  base: ProjectScan | null,
  head: ProjectScan,
  changedFiles: ReadonlySet<string> | undefined,
): Problem[] {
  const before = new Set((base?.problems ?? []).map(problemKey));
  return head.problems.filter(
    (problem) =>
      !before.has(problemKey(problem)) ||
      (problem.rule === INCOMPLETE.id && (changedFiles?.has(problem.file) ?? true)),
  );
}

const PROBLEMS: Check = {
  rules: [DYNAMIC_REF.id, AMBIGUOUS_REF.id, INCOMPLETE.id, PROJECT_INVALID.id],
  diff: (ctx: DiffContext) =>
    ctx.code
      ? newProblems(ctx.code.base, ctx.code.head, ctx.code.changedFiles).map(problemFinding)
      : [],
  audit: (ctx: AuditContext) => (ctx.code ? ctx.code.scan.problems.map(problemFinding) : []),
};

const DRIFT: Check = {
  rules: [INVENTORY_DRIFT.id],
  diff: (ctx: DiffContext) => {
    if (!ctx.code || !ctx.head?.usable || ctx.vanished || ctx.inventoryAbsent) return [];
    const layers = ctx.code.layers;
    return driftFindings(ctx.head, codeView(ctx.code.head, layers), {
      base: {
        inventory: ctx.base?.usable ? ctx.base : null,
        code: codeView(ctx.code.base, layers),
      },
    });
  },
  audit: (ctx: AuditContext) =>
    ctx.code ? driftFindings(ctx.inventory, codeView(ctx.code.scan, ctx.code.layers)) : [],
};

export const CODE_CHECKS: readonly Check[] = [PROBLEMS, DRIFT, MANIFEST];
