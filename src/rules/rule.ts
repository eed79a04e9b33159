import type { ManifestDisagreement } from '../lineage/manifest.js';
import type { Config } from '../config/schema.js';
import type { ModelSet } from '../diff/changes.js';
import type { Inventory } from '../inventory/parse.js';
import type { LineageGraph } from '../lineage/graph.js';
import type { Finding, RuleName } from './catalog.js';
import type { ConfigCheckOptions } from './config-rules.js';
import type { DiffFacts } from './diff-rules.js';
import type { GraphPair } from '../impact/graphs.js';
import type { ContractBreak } from '../columns/impact.js';
import type { LayerRule } from '../lineage/code-lineage.js';
import type { ProjectScan } from '../project/types.js';

export type Severity = 'error' | 'warning' | 'notice';

/** Which runs report a rule: a diff of two commits, an audit of one. */
export type Mode = 'diff' | 'audit';
export const MODES: readonly Mode[] = ['diff', 'audit'];

/** What a rule is about: the first segment of its id. */
export type Category =
  | 'inventory'
  | 'input'
  | 'lineage'
  | 'attribution'
  | 'exposure'
  | 'layer'
  | 'radius'
  | 'config'
  | 'project'
  | 'contract';

/**
 * A rule's registration, kept beside the code that reports it: its id, default severity,
 * category, the runs that report it, what it means (the docs table's "when") and the one-line
 * advice shown next to its findings.
 */
export interface RuleSpec {
  readonly id: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly modes: readonly Mode[];
  /** When the rule fires: the docs/configuration.md table says exactly this. */
  readonly summary: string;
  /** One-line advice for the reviewer, shown next to findings. */
  readonly fix: string;
  /**
   * Registered ahead of the code that reports it (its id can already be configured): no check
   * lists it yet. The registry test keeps this honest in both directions.
   */
  readonly planned?: true;
}

/** What the diff's checks look at. */
export interface DiffContext {
  readonly config: Config;
  /** The base inventory as read, problems included; null when it does not exist there. */
  readonly base: Inventory | null;
  /** The head inventory judged (emptied when it vanished); null when it exists at neither. */
  readonly head: Inventory | null;
  /** Set when the inventory exists at the base and not at the head. */
  readonly vanished?: { readonly inventoryPath: string; readonly at: string };
  /** Set when no inventory exists at either commit (the code alone): nothing to drift. */
  readonly inventoryAbsent?: true;
  /** Set when the list of changed files is known to be incomplete: why. */
  readonly incomplete?: string;
  /** The change as judged, when the head inventory is usable; null otherwise. */
  readonly judged: JudgedDiff | null;
  /** With column analysis: enforced contracts the change breaks (`contract/breaking`). */
  readonly contracts?: readonly ContractBreak[];
  /** Where the code and the head's manifest.json disagree, when both were read. */
  readonly manifest?: ManifestDisagreement;
  /** The project's code at both commits, when it was read. */
  readonly code?: {
    readonly base: ProjectScan | null;
    readonly head: ProjectScan;
    readonly layers: readonly LayerRule[];
    /** The paths the change touches (a limit the base already hit may now hide more). */
    readonly changedFiles?: ReadonlySet<string>;
  };
}

/** The facts of a diff whose head inventory is usable. */
export interface JudgedDiff extends DiffFacts {
  readonly pair: GraphPair;
  /** The usable base inventory, or an empty set: what "new" is measured against. */
  readonly baseline: ModelSet;
  /** Models whose dependency lists changed, or that are new: where new edges can come from. */
  readonly rewired: ReadonlySet<string>;
}

/** What the audit's checks look at. */
export interface AuditContext {
  readonly config: Config;
  /** The project's code at the audited commit, when it was read. */
  readonly code?: { readonly scan: ProjectScan; readonly layers: readonly LayerRule[] };
  readonly inventory: Inventory;
  /** The inventory's union graph (both lists). */
  readonly graph: LineageGraph;
  /** Where the configuration came from, when known. */
  readonly configFile?: ConfigCheckOptions;
}

/**
 * Code that reports findings of the rules it lists, in a diff, an audit or both. Usually one
 * rule; a single pass may report several (the consistency rules share one walk over the edges).
 */
export interface Check {
  readonly rules: readonly RuleName[];
  readonly diff?: (context: DiffContext) => Finding[];
  readonly audit?: (context: AuditContext) => Finding[];
}

/** Rule specs keyed by id, in the order given, each spec's literal type kept. */
export type RuleTable<Specs extends readonly RuleSpec[]> = {
  readonly [S in Specs[number] as S['id']]: S;
};

export function ruleTable<const Specs extends readonly RuleSpec[]>(specs: Specs): RuleTable<Specs> {
  return Object.fromEntries(specs.map((spec) => [spec.id, spec])) as RuleTable<Specs>;
}
