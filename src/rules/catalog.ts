import type { MessagePart } from './message.js';

export type Severity = 'error' | 'warning' | 'notice';

export interface RuleInfo {
  readonly severity: Severity;
  readonly summary: string;
  /** One-line advice for the reviewer, shown next to findings. */
  readonly fix: string;
}

/** Every rule with its default severity. Severities can be overridden per rule in the config. */
export const RULES = {
  'inventory/invalid': {
    severity: 'error',
    summary: 'the inventory has schema problems or duplicate model names',
    fix: 'Fix the inventory entry at the reported JSON path and line.',
  },
  'inventory/missing': {
    severity: 'error',
    summary: 'the configured inventory exists at the base but not at the head',
    fix: 'Restore the inventory, or move it in the base branch (config "inventory:") first.',
  },
  'input/incomplete': {
    severity: 'error',
    summary: 'the list of changed files is known to be incomplete',
    fix: 'Check out the full history (actions/checkout with fetch-depth: 0), or split the change.',
  },
  'lineage/broken-reference': {
    severity: 'error',
    summary: 'a removed model is still referenced by a head model',
    fix: 'Remove the reference, or keep the model until its consumers are migrated.',
  },
  'lineage/cycle': {
    severity: 'error',
    summary: 'the head lineage graph has a cycle',
    fix: 'Break the cycle: one of the listed edges must go.',
  },
  'attribution/changed': {
    severity: 'warning',
    summary: 'a changed model is in an attribution layer',
    fix: 'Check conversion counts and ad-platform syncs before and after this change.',
  },
  'attribution/impacted': {
    severity: 'warning',
    summary: 'the blast radius reaches attribution-layer models',
    fix: 'Run the downstream attribution models and compare their output with production.',
  },
  'attribution/concept-removed': {
    severity: 'warning',
    summary: 'an attribution concept was dropped from a model',
    fix: 'Confirm the logic moved elsewhere, or restore the concept.',
  },
  'attribution/layer-changed': {
    severity: 'warning',
    summary: 'a model moved into or out of an attribution layer',
    fix: 'Confirm the new layer is intended; attribution checks follow the layer.',
  },
  'exposure/reached': {
    severity: 'warning',
    summary: 'the blast radius reaches a configured exposure',
    fix: 'Verify the exposure (e.g. the ad-platform sync) with the data owner before merging.',
  },
  'layer/order-violation': {
    severity: 'warning',
    summary: 'a new edge runs against the layer order',
    fix: 'Depend on a model of an earlier layer, or move the model to a later layer.',
  },
  'lineage/asymmetric-edge': {
    severity: 'notice',
    summary: 'one side lists an edge the other side omits',
    fix: 'List the edge on both models, or drop it from both.',
  },
  'lineage/unknown-reference': {
    severity: 'notice',
    summary: 'a model references a name that is not a model of the inventory',
    fix: 'Write a source as source_name.table_name (a dotted name is a source), add a seed or a missing model to the inventory, or correct the name.',
  },
  'config/matches-nothing': {
    severity: 'warning',
    summary: 'a configured glob or layer matches no model, so the check it configures is off',
    fix: 'Correct the pattern or layer name in the configuration (see the suggestion), or remove it.',
  },
  'inventory/stale-path': {
    severity: 'warning',
    summary: "a model's file was deleted or renamed while the inventory keeps the old path",
    fix: "Update the entry's path to the file's new place, or remove the entry.",
  },
  'inventory/unanalysed-file': {
    severity: 'notice',
    summary: 'a changed dbt file (macro, YAML, project file, model) that no inventory model claims',
    fix: 'Review these files by hand: the inventory-only view cannot tell what they change.',
  },
  'radius/threshold': {
    severity: 'warning',
    summary: 'the blast radius exceeds the configured maximum',
    fix: 'Split the change, or raise max-blast-radius if this reach is expected.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleName = keyof typeof RULES;
export const RULE_NAMES = Object.keys(RULES) as RuleName[];

export interface Finding {
  readonly rule: RuleName;
  readonly severity: Severity;
  /** The model the finding is about; null when it concerns the whole inventory. */
  readonly model: string | null;
  readonly message: string;
  /**
   * The message as words and quoted names, for renderers (names may hold backticks, so the
   * message cannot be split back into them). Absent on findings that quote no name.
   */
  readonly parts?: readonly MessagePart[];
  /** Inventory file and 1-based line, when known (for annotations). */
  readonly file: string | null;
  readonly line: number | null;
  /**
   * JSON path of what the finding is about within `file`, e.g.
   * `models[12].upstream_dependencies[3]` (or a configuration key path): a line says nothing in
   * a minified file.
   */
  readonly jsonPath?: string;
  /** Further models involved (cycle members, impacted attribution models, exposure matches). */
  readonly related?: readonly string[];
  /** The configured exposure an `exposure/reached` finding is about. */
  readonly exposure?: string;
  /** Set when an acknowledgement turned this warning into a notice. */
  readonly acknowledged?: true;
}
