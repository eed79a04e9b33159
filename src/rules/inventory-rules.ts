import { modelLine, type Inventory } from '../inventory/parse.js';
import { confusableGroups } from '../util/confusable.js';
import { joinSaid, said } from './message.js';
import type { Finding } from './catalog.js';
import type { Check, RuleSpec } from './rule.js';

export const INVENTORY_INVALID = {
  id: 'inventory/invalid',
  severity: 'error',
  category: 'inventory',
  modes: ['diff', 'audit'],
  summary: 'schema problems or duplicate names in the head inventory (base: notice)',
  fix: 'Fix the inventory entry at the reported JSON path and line.',
} as const satisfies RuleSpec;

/**
 * `inventory/invalid`: every problem of the head inventory is an error (the rule's severity).
 * Problems of the base inventory are not this change's doing: they are notices, and an
 * unreadable base means every head model counts as added, which is said as a warning.
 */
export function inventoryFindings(base: Inventory | null, head: Inventory | null): Finding[] {
  const findings: Finding[] = [];
  for (const problem of head?.problems ?? []) {
    findings.push({
      rule: INVENTORY_INVALID.id,
      severity: INVENTORY_INVALID.severity,
      model: problem.model ?? null,
      message: `${head!.file}: ${problem.message}`,
      file: head!.file,
      line: problem.line ?? null,
    });
  }
  for (const problem of base?.problems ?? []) {
    const unusable = !base!.usable;
    findings.push({
      rule: INVENTORY_INVALID.id,
      severity: unusable ? 'warning' : 'notice',
      model: problem.model ?? null,
      message:
        `base ${base!.file}: ${problem.message}` +
        (unusable
          ? ' — the base inventory cannot be read, so every head model counts as added'
          : ''),
      file: null,
      line: null,
    });
  }
  return findings;
}

export const INVENTORY_MISSING = {
  id: 'inventory/missing',
  severity: 'error',
  category: 'inventory',
  modes: ['diff'],
  summary: 'the inventory exists at the base but not at the head (its models: removed)',
  fix: 'Restore the inventory, or move it in the base branch (config "inventory:") first.',
} as const satisfies RuleSpec;

/** `inventory/missing`: the inventory existed at the base and is gone at `at`. */
export function vanishedInventory(inventoryPath: string, at: string): Finding {
  return {
    rule: INVENTORY_MISSING.id,
    severity: INVENTORY_MISSING.severity,
    model: null,
    message: `the inventory ${inventoryPath} exists at the base but not at ${at}: every model it listed counts as removed. Restore it, or change "inventory:" in the base branch's config first`,
    file: null,
    line: null,
  };
}

export const INPUT_INCOMPLETE = {
  id: 'input/incomplete',
  severity: 'error',
  category: 'input',
  modes: ['diff'],
  summary: 'the changed-file list is known to be incomplete (an API cap, a cut tree)',
  fix: 'Check out the full history (actions/checkout with fetch-depth: 0), or split the change.',
} as const satisfies RuleSpec;

/** `input/incomplete`: the list of changed files is known to be incomplete, for `reason`. */
export function incompleteInput(reason: string): Finding {
  return {
    rule: INPUT_INCOMPLETE.id,
    severity: INPUT_INCOMPLETE.severity,
    model: null,
    message: `the list of changed files is incomplete, so this change cannot be judged: ${reason}`,
    file: null,
    line: null,
  };
}

export const CONFUSABLE_NAMES = {
  id: 'inventory/confusable-names',
  severity: 'warning',
  category: 'inventory',
  modes: ['diff', 'audit'],
  summary: 'model names that differ only by invisible or look-alike characters',
  fix: 'Rename one of them: a reviewer cannot tell them apart, so a change can pass as the other.',
} as const satisfies RuleSpec;

/**
 * `inventory/confusable-names`: groups of head names with one skeleton. In a diff, only groups
 * the base did not have (a name the change brings in).
 */
export function confusableNames(head: Inventory, base: Inventory | null): Finding[] {
  const before = new Set(
    base?.usable
      ? confusableGroups(base.models.map((m) => m.name)).map((g) => g.join('\u0000'))
      : [],
  );
  return confusableGroups(head.models.map((m) => m.name))
    .filter((group) => !before.has(group.join('\u0000')))
    .map((group) => {
      const index = head.indexByName.get(group[0]!);
      return {
        rule: CONFUSABLE_NAMES.id,
        severity: CONFUSABLE_NAMES.severity,
        model: group[0]!,
        ...said`${joinSaid(
          group.map((name) => said`\`${name}\``),
          ', ',
        )} differ only by invisible or look-alike characters`,
        related: group.slice(1),
        file: head.file,
        line: index === undefined ? null : (modelLine(head, index) ?? null),
      };
    });
}

export const INVENTORY_CHECKS: readonly Check[] = [
  {
    rules: [CONFUSABLE_NAMES.id],
    diff: (c) => (c.head?.usable ? confusableNames(c.head, c.base) : []),
    audit: (c) => confusableNames(c.inventory, null),
  },
  {
    rules: [INVENTORY_INVALID.id],
    diff: (c) => inventoryFindings(c.base, c.head),
    audit: (c) => inventoryFindings(null, c.inventory),
  },
  {
    rules: [INVENTORY_MISSING.id],
    diff: (c) => (c.vanished ? [vanishedInventory(c.vanished.inventoryPath, c.vanished.at)] : []),
  },
  {
    rules: [INPUT_INCOMPLETE.id],
    diff: (c) => (c.incomplete !== undefined ? [incompleteInput(c.incomplete)] : []),
  },
];
