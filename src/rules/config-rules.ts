import picomatch from 'picomatch';
import { DEFAULT_ATTRIBUTION_LAYERS } from '../config/defaults.js';
import type { Config } from '../config/schema.js';
import type { JsonPath } from '../inventory/locate.js';
import type { Model } from '../inventory/schema.js';
import { joinSaid, said, type Said } from './message.js';
import type { Finding } from './catalog.js';
import type { Check, RuleSpec } from './rule.js';

export interface ConfigCheckOptions {
  /** The configuration file the settings came from, when known: findings point at it. */
  readonly file?: string | null;
  /** Line of a key path in that file (e.g. `['exposures', 0, 'models', 1]`), when known. */
  readonly lineOf?: (path: JsonPath) => number | undefined;
  /**
   * Whether default attribution layers that match nothing are worth a notice: yes in an audit;
   * a diff leaves it out rather than repeat it on every pull request.
   */
  readonly defaultsNotice?: boolean;
}

/** Past this many dynamic-programming cells, a did-you-mean search stops with what it has. */
const SUGGEST_WORK = 4_000_000;
/** Longer names are no plausible correction of a typo, and would cost the most. */
const SUGGEST_MAX_LENGTH = 200;
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

export const MATCHES_NOTHING = {
  id: 'config/matches-nothing',
  severity: 'warning',
  category: 'config',
  modes: ['diff', 'audit'],
  summary: 'an exposure pattern, `ignore` glob or attribution layer selects no model',
  fix: 'Correct the pattern or layer name in the configuration (see the suggestion), or remove it.',
} as const satisfies RuleSpec;

/**
 * `config/matches-nothing`: settings that select models by name, path or layer and select none,
 * so the check they configure is silently off — an exposure pattern with a typo, an `ignore`
 * glob matching no model path, an attribution layer no model has. Each is a warning with the
 * configuration key path and, when one is close, a did-you-mean. Pure, O(settings × models)
 * matching plus bounded suggestion work; used by both the diff and the audit.
 *
 * Attribution layers left at their defaults are the tool's guess, not the user's setting: when
 * none of them exists, that is one notice (attribution checks are off), not a warning per layer.
 */
export function configFindings(
  config: Config,
  models: readonly Model[],
  options: ConfigCheckOptions = {},
): Finding[] {
  // No models: the inventory's own findings say so; every setting would match nothing.
  if (models.length === 0) return [];
  const findings: Finding[] = [];
  const file = options.file ?? null;
  const finding = (
    path: JsonPath,
    message: Said,
    severity: Finding['severity'] = MATCHES_NOTHING.severity,
  ) =>
    findings.push({
      rule: MATCHES_NOTHING.id,
      severity,
      model: null,
      ...message,
      file,
      line: (file !== null && options.lineOf?.(path)) || null,
      jsonPath: configPath(path),
    });
  const where = (path: JsonPath) => `(${configPath(path)}${file ? ` in ${file}` : ''})`;

  const names = models.map((model) => model.name);
  config.exposures.forEach((exposure, i) => {
    exposure.models.forEach((pattern, j) => {
      if (anyMatch(pattern, names)) return;
      const path = ['exposures', i, 'models', j];
      const hint = suggestPattern(pattern, names);
      finding(
        path,
        said`exposure "${exposure.name}": the pattern \`${pattern}\` ${where(path)} matches no model name, so the exposure is never reported${hint ? said` — did you mean \`${hint}\`?` : ''}`,
      );
    });
  });

  const paths = models.map((model) => model.path);
  config.ignore.forEach((pattern, i) => {
    if (anyMatch(pattern, paths)) return;
    const path = ['ignore', i];
    const hint = suggestPattern(pattern, paths);
    finding(
      path,
      said`the ignore pattern \`${pattern}\` ${where(path)} matches no model path, so it ignores nothing${hint ? said` — did you mean \`${hint}\`?` : ''}`,
    );
  });

  const layers = new Set(models.map((model) => model.layer));
  const attribution = config['attribution-layers'];
  const missing = attribution
    .map((layer, i) => ({ layer, i }))
    .filter(({ layer }) => !layers.has(layer));
  if (missing.length === 0) return findings;
  const defaults = DEFAULT_ATTRIBUTION_LAYERS;
  const isDefault =
    attribution.length === defaults.length && attribution.every((l, i) => l === defaults[i]);
  if (isDefault) {
    if (missing.length === attribution.length && options.defaultsNotice !== false)
      finding(
        ['attribution-layers'],
        said`no model is in any of the default attribution layers (${joinSaid(
          attribution.map((l) => said`\`${l}\``),
          ', ',
        )}), so attribution checks are off: set attribution-layers to the layers that compute attribution, or to [] if none do`,
        'notice',
      );
    return findings;
  }
  for (const { layer, i } of missing) {
    const path = ['attribution-layers', i];
    const hint = closest(layer, layers, false)?.candidate;
    finding(
      path,
      said`the attribution layer \`${layer}\` ${where(path)} is the layer of no model, so no model is checked as attribution there${hint !== undefined ? said` — did you mean \`${hint}\`?` : ''}`,
    );
  }
  return findings;
}

/** `exposures[0].models[1]`, `attribution-layers[2]`: config keys as the user writes them. */
function configPath(path: JsonPath): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}

function anyMatch(pattern: string, values: readonly string[]): boolean {
  const matches = picomatch(pattern, { dot: true });
  for (const value of values) if (matches(value)) return true;
  return false;
}

/**
 * A correction of a glob: its literal prefix (before the first glob character) replaced by the
 * closest prefix of a real value, kept only if the result matches that value. A pattern with
 * no glob character is compared whole.
 */
function suggestPattern(pattern: string, values: readonly string[]): string | undefined {
  const cut = pattern.search(GLOB_CHARS);
  if (cut === -1) return closest(pattern, values, false)?.candidate;
  const prefix = pattern.slice(0, cut);
  if (prefix === '') return undefined;
  const best = closest(prefix, values, true);
  if (!best) return undefined;
  const suggestion = best.candidate.slice(0, best.end) + pattern.slice(cut);
  return picomatch(suggestion, { dot: true })(best.candidate) ? suggestion : undefined;
}

/**
 * The candidate closest to `input` by edit distance, within a typo's distance. With `prefix`,
 * `input` is compared with the best-matching prefix of each candidate, whose length is `end`.
 * The work is capped (SUGGEST_WORK cells): a hostile inventory gets a partial search, not a
 * slow check.
 */
function closest(
  input: string,
  candidates: Iterable<string>,
  prefix: boolean,
): { candidate: string; end: number } | undefined {
  if (input.length > SUGGEST_MAX_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: { candidate: string; end: number; distance: number } | undefined;
  let work = 0;
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate === input || candidate.length > SUGGEST_MAX_LENGTH + limit) continue;
    const compared = prefix ? candidate.slice(0, input.length + limit) : candidate;
    if (!prefix && Math.abs(candidate.length - input.length) > limit) continue;
    if (seen.has(compared)) continue;
    seen.add(compared);
    work += (input.length + 1) * (compared.length + 1);
    if (work > SUGGEST_WORK) break;
    const { distance, end } = editDistance(input, compared, prefix);
    if (distance <= limit && (!best || distance < best.distance))
      best = { candidate, end, distance };
  }
  return best && { candidate: best.candidate, end: best.end };
}

/** Levenshtein distance of `a` to `b`, or (prefix) to the closest prefix of `b`, and its end. */
function editDistance(a: string, b: string, prefix: boolean): { distance: number; end: number } {
  // Rows over b's characters, columns over a's: the last column of row j is the distance of
  // all of `a` to b's first j characters.
  let previous = Array.from({ length: a.length + 1 }, (_, i) => i);
  let distance = previous[a.length]!;
  let end = 0;
  for (let j = 1; j <= b.length; j++) {
    const current = [j];
    for (let i = 1; i <= a.length; i++) {
      const substitution = previous[i - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[i]! + 1, current[i - 1]! + 1, substitution));
    }
    previous = current;
    // Ties go to the longer prefix: `conversion_events__` over `conversion_events_`.
    if (prefix && previous[a.length]! <= distance) {
      distance = previous[a.length]!;
      end = j;
    }
  }
  return prefix ? { distance, end } : { distance: previous[a.length]!, end: b.length };
}

/** A diff leaves out the defaults notice rather than repeat it on every pull request. */
export const CONFIG_CHECKS: readonly Check[] = [
  {
    rules: [MATCHES_NOTHING.id],
    diff: ({ config, judged }) =>
      judged ? configFindings(config, judged.head.models, { defaultsNotice: false }) : [],
    audit: ({ config, inventory, configFile }) =>
      inventory.usable ? configFindings(config, inventory.models, configFile) : [],
  },
];
