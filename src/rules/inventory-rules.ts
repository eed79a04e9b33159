import type { Inventory } from '../inventory/parse.js';
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

export const INVENTORY_CHECKS: readonly Check[] = [
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
