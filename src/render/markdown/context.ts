import { defaultConfig } from '../../config/schema.js';
import type { ModelSet } from '../../diff/changes.js';
import { compareNames } from '../../lineage/graph.js';

/**
 * What a rendering needs beyond the report, supplied by the caller (the CLI or the action) so
 * the renderers never read the environment. Everything is optional.
 */
export interface RenderContext {
  /** Commits compared; shown shortened in the footer. */
  readonly baseSha?: string;
  readonly headSha?: string;
  /** The workflow run, whose job summary holds the full report. Only http(s) is linked. */
  readonly runUrl?: string;
  /** The PR label that acknowledges warnings, when the action honours one. */
  readonly acknowledgeLabel?: string;
  /** Defaults to the configuration's defaults. */
  readonly attributionLayers?: readonly string[];
  readonly layerOrder?: readonly string[];
  /** The head inventory's models, by name: the attribution concepts of impacted models. */
  readonly headModels?: ModelSet;
  /**
   * Who reads the notes: in the action they point to the workflow run's job summary, on the
   * command line to `--format summary` and `--format json`. Defaults to the action when a run
   * URL is given, the command line otherwise.
   */
  readonly surface?: 'action' | 'cli';
}

/** Where the reader of a comment finds everything it leaves out. */
export function fullReportIsIn(context: RenderContext): { short: string; sentence: string } {
  const action = (context.surface ?? (context.runUrl ? 'action' : 'cli')) === 'action';
  if (action)
    return {
      short: 'the job summary of the workflow run has everything',
      sentence: `The job summary of ${context.runUrl ? 'the workflow run linked below' : 'the workflow run'} has the full report.`,
    };
  return {
    short: 'run with --format summary (or --format json) for everything',
    sentence: 'Run with --format summary (or --format json) for the full report.',
  };
}

export interface RenderOptions {
  /** Largest output, in UTF-16 units for a comment and in UTF-8 bytes for the others. */
  readonly maxLength?: number;
}

/** GitHub's limit on an issue or pull-request comment body, in UTF-16 code units. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit on one step's job summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** The context with its defaults applied, plus lookups every section uses. */
export interface Resolved {
  readonly context: RenderContext;
  readonly attribution: ReadonlySet<string>;
  readonly attributionLayers: readonly string[];
  /** Sorts layers: the configured order first, then the rest by name, `external` last. */
  readonly compareLayers: (a: string, b: string) => number;
}

export function resolve(context: RenderContext): Resolved {
  const defaults = context.attributionLayers && context.layerOrder ? undefined : defaultConfig();
  const attributionLayers = context.attributionLayers ?? defaults!['attribution-layers'];
  const layerOrder = context.layerOrder ?? defaults!['layer-order'];
  const rank = new Map<string, number>();
  layerOrder.forEach((layer, i) => rank.set(layer, i));
  const key = (layer: string) => (layer === 'external' ? Infinity : (rank.get(layer) ?? 1e9));
  return {
    context,
    attribution: new Set(attributionLayers),
    attributionLayers,
    compareLayers: (a, b) => key(a) - key(b) || compareNames(a, b),
  };
}

/** 12345 → "12,345", the same on every machine whatever its locale. */
export function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${fmt(n)} ${n === 1 ? singular : pluralForm}`;
}
