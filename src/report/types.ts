import type { Change } from '../diff/changes.js';
import type { MacroChange } from '../lineage/code-lineage.js';
import type { DriftFix } from '../sync/fix.js';
import type { ImpactedModel } from '../impact/radius.js';
import type { PerChange } from '../impact/per-change.js';
import type { Finding } from '../rules/catalog.js';
import type { Category, ColumnDelta } from '../columns/classify.js';

/** Report JSON, schemaVersion 1: the public contract (docs/report-schema.md). Fields may be
 * added; none may be renamed or dropped. */
export interface ReportBase {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly inventory: {
    readonly path: string;
    readonly base: InventorySide | null;
    readonly head: InventorySide;
  };
  readonly findings: readonly Finding[];
}

export interface InventorySide {
  /** The git ref, or null in file mode. */
  readonly ref: string | null;
  /** The file read, in file mode. */
  readonly file?: string;
  readonly models: number;
  /** False when the document could not be read as an inventory (see the findings). */
  readonly usable: boolean;
  /** The inventory exists at neither commit: the code alone was read (code lineage). */
  readonly absent?: true;
}

export interface Summary {
  readonly changed: number;
  readonly impacted: number;
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
  readonly verdict: 'pass' | 'fail';
  readonly failOn: 'error' | 'warning' | 'never';
  /** True when warnings were acknowledged (counted as notices). */
  readonly acknowledged: boolean;
  /** Changes that anchor the radius (not metadata-only). */
  readonly anchoring: number;
  /** Impacted models in attribution layers. */
  readonly attributionImpacted: number;
  /** Changes reached from another anchoring change (those with `reachedFrom`). */
  readonly reached?: number;
  /** Changed dbt files no model claims (`unanalysed`). */
  readonly unanalysed?: number;
  /** Changes left out by the config's `ignore` globs; present only when some were. */
  readonly ignored?: number;
  /**
   * With column analysis (`diff --columns`): impacted models reached `full` or by `columns`
   * (`impacted` keeps counting the model-level radius).
   */
  readonly affected?: number;
}

/** A change, with its column-level classification when columns were analysed. */
export type ReportChange = Change & {
  /** `cosmetic`, `additive`, `column`, `model-wide` or `unknown` (docs/column-impact.md). */
  readonly category?: Category;
  /** The output columns involved (additive, column, model-wide). */
  readonly columns?: ColumnDelta;
  /** Why this category; for `unknown`, what could not be rendered, parsed or analysed. */
  readonly categoryReasons?: readonly string[];
};

/** An impacted model, with how the changes reach it when columns were analysed. */
export type ReportImpactedModel = ImpactedModel & {
  /**
   * `full` (its rows or every column may change), `columns` (only `columns` change), or
   * `unaffected` (downstream in the graph, but no changed column reaches it).
   */
  readonly reach?: 'full' | 'columns' | 'unaffected';
  /** For `columns`: its output columns the changes reach. */
  readonly columns?: readonly string[];
  readonly reachReasons?: readonly string[];
};

export interface DiffReport extends ReportBase {
  readonly mode: 'diff';
  readonly changes: readonly ReportChange[];
  readonly impact: {
    readonly models: readonly ReportImpactedModel[];
    readonly byLayer: Readonly<Record<string, number>>;
    readonly perChange: readonly PerChange[];
  };
  /** Present when the dbt project's code was read beside the inventory. */
  readonly lineage?: LineageReport;
  /** The fix for the inventory drift this change introduces (see `lineage/inventory-drift`). */
  readonly drift?: DriftFix;
  /**
   * Changed files a dbt project reads (models/, macros/, seeds/, snapshots/, YAML, project files)
   * that no model of either inventory claims by its path: not analysed, so never called safe.
   */
  readonly unanalysed?: readonly string[];
  readonly summary: Summary;
}

/** With code lineage: where the lineage came from and what the code showed. */
export interface LineageReport {
  readonly sources: readonly string[];
  /** dbt projects found in the repository (head). */
  readonly projects: readonly string[];
  /** Data nodes (models, seeds, snapshots, sources, exposures) the code defines or reads. */
  readonly nodes: number;
  /** Edges the code proves at the head. */
  readonly edges: number;
  /** Macros changed, with how many models call them (a change with no caller anchors nothing). */
  readonly macros: readonly MacroChange[];
  /** References the scanner could not decide at the head (see `lineage/dynamic-ref`). */
  readonly unresolved: number;
}

export const TOOL_NAME = 'dbt-blast-radius';
