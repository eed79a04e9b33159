/**
 * The lineage the code gives, as sync and drift need it: one entry per model the code defines,
 * with its edges written the way the inventory writes names (sources `source_name.table_name`,
 * seeds by name). The lead adapts the code scanner's output to this shape.
 */
export interface CodeModel {
  readonly name: string;
  /** Repository path of the model's file. */
  readonly path: string;
  /** Names this model reads (`ref` / `source`): the edges u → name. */
  readonly upstream: readonly string[];
  /** Names that read this model (models, exposures): the edges name → d. Optional: the
   * upstream lists of the other models already give the model-to-model edges. */
  readonly downstream?: readonly string[];
  /** The model's description from its YAML, when it has one. */
  readonly description?: string;
  /** A layer the code knows (`meta.layer`), used when no `layers:` glob matches. */
  readonly layer?: string;
}

export interface CodeLineageView {
  readonly models: readonly CodeModel[];
  /**
   * Every file path in the tree at the ref (or at least every `.sql` / `.py` path). An entry
   * whose `path` is not among them is gone. When absent, the code models' paths are the files.
   */
  readonly files?: readonly string[];
}

/** Config `layers:`: globs over paths, first match wins. */
export type { LayerGlob } from '../util/layers.js';

export const UPSTREAM = 'upstream_dependencies';
export const DOWNSTREAM = 'downstream_consumers';
export type DependencyField = typeof UPSTREAM | typeof DOWNSTREAM;
