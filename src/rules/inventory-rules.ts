import type { Inventory } from '../inventory/parse.js';
import type { Finding } from './catalog.js';

/**
 * `inventory/invalid`: every problem of the head inventory is an error (the rule's severity).
 * Problems of the base inventory are not this change's doing: they are notices, and an
 * unreadable base means every head model counts as added, which is said as a warning.
 */
export function inventoryFindings(base: Inventory | null, head: Inventory | null): Finding[] {
  const findings: Finding[] = [];
  for (const problem of head?.problems ?? []) {
    findings.push({
      rule: 'inventory/invalid',
      severity: 'error',
      model: problem.model ?? null,
      message: `${head!.file}: ${problem.message}`,
      file: head!.file,
      line: problem.line ?? null,
    });
  }
  for (const problem of base?.problems ?? []) {
    const unusable = !base!.usable;
    findings.push({
      rule: 'inventory/invalid',
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
