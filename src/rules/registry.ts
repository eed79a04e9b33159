import { CONFIG_CHECKS, MATCHES_NOTHING } from './config-rules.js';
import { CONTRACT_BREAKING, CONTRACT_CHECKS } from './contract-rules.js';
import {
  AMBIGUOUS_REF,
  INCOMPLETE,
  CODE_CHECKS,
  DYNAMIC_REF,
  INVENTORY_DRIFT,
  MANIFEST_DISAGREES,
  PROJECT_INVALID,
} from './code-rules.js';
import {
  ASYMMETRIC_EDGE,
  CONSISTENCY_CHECKS,
  CYCLE,
  ORDER_VIOLATION,
  UNKNOWN_REFERENCE,
} from './consistency.js';
import {
  ATTRIBUTION_CHANGED,
  ATTRIBUTION_IMPACTED,
  BROKEN_REFERENCE,
  CONCEPT_REMOVED,
  DIFF_CHECKS,
  EXPOSURE_REACHED,
  LAYER_CHANGED,
  RADIUS_THRESHOLD,
  STALE_PATH,
  UNANALYSED_FILE,
} from './diff-rules.js';
import type { Finding } from './catalog.js';
import {
  CONFUSABLE_NAMES,
  INPUT_INCOMPLETE,
  INVENTORY_CHECKS,
  INVENTORY_INVALID,
  INVENTORY_MISSING,
} from './inventory-rules.js';
import { ruleTable, type AuditContext, type Check, type DiffContext } from './rule.js';

/**
 * The rule registry: every rule, as registered beside its code, in the order configuration
 * messages list them. A new rule is a spec and a check in its own file, and one entry in each
 * list below; test/unit/registry.test.ts fails when they disagree, and when
 * docs/configuration.md does not document exactly these rules.
 */
export const RULE_SPECS = [
  INVENTORY_INVALID,
  INVENTORY_MISSING,
  INPUT_INCOMPLETE,
  CONFUSABLE_NAMES,
  BROKEN_REFERENCE,
  CYCLE,
  ATTRIBUTION_CHANGED,
  ATTRIBUTION_IMPACTED,
  CONCEPT_REMOVED,
  LAYER_CHANGED,
  EXPOSURE_REACHED,
  ORDER_VIOLATION,
  ASYMMETRIC_EDGE,
  UNKNOWN_REFERENCE,
  MATCHES_NOTHING,
  STALE_PATH,
  UNANALYSED_FILE,
  RADIUS_THRESHOLD,
  INVENTORY_DRIFT,
  DYNAMIC_REF,
  AMBIGUOUS_REF,
  INCOMPLETE,
  PROJECT_INVALID,
  MANIFEST_DISAGREES,
  CONTRACT_BREAKING,
] as const;

/** Every rule by id: its default severity, category, modes, summary and fix hint. */
export const RULES = ruleTable(RULE_SPECS);

/** The code that reports the rules, each check for the runs (diff, audit) it serves. */
export const CHECKS: readonly Check[] = [
  ...INVENTORY_CHECKS,
  ...DIFF_CHECKS,
  ...CONSISTENCY_CHECKS,
  ...CONFIG_CHECKS,
  ...CONTRACT_CHECKS,
  ...CODE_CHECKS,
];

/** Every diff check's findings, at the rules' default severities (the verdict applies config). */
export function diffRuleFindings(context: DiffContext): Finding[] {
  return CHECKS.flatMap((check) => check.diff?.(context) ?? []);
}

/** Every audit check's findings, at the rules' default severities. */
export function auditRuleFindings(context: AuditContext): Finding[] {
  return CHECKS.flatMap((check) => check.audit?.(context) ?? []);
}
