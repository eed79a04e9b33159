import type { MessagePart } from './message.js';
import { RULES } from './registry.js';
import type { Severity } from './rule.js';

export type { Category, Mode, RuleSpec, Severity } from './rule.js';
/** Every rule with its default severity. Severities can be overridden per rule in the config. */
export { RULES, RULE_SPECS } from './registry.js';

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
