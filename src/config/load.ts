import type { Document, LineCounter } from 'yaml';
import * as z from '../util/zod.js';
import { didYouMean } from '../util/suggest.js';
import { configSchema, type Config, type ConfigInput } from './schema.js';

export class ConfigError extends Error {}

/**
 * Parses a YAML config. `overrides` (CLI flags, action inputs) win over the file. Errors are one
 * line per problem: `file:line: key.path: what is wrong`, with a did-you-mean where one fits.
 */
export async function parseConfig(
  yamlText: string | null,
  file: string,
  overrides: Partial<ConfigInput> = {},
): Promise<Config> {
  let fromFile: unknown = {};
  let document: Document | undefined;
  let lines: LineCounter | undefined;
  let yaml: typeof import('yaml') | undefined;
  if (yamlText !== null) {
    // Loaded on demand: the YAML parser is most of the bundle and most runs have no config file.
    yaml = await loadYaml();
    lines = new yaml.LineCounter();
    const { parseDocument } = yaml;
    document = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
    const syntax = document.errors[0];
    if (syntax) {
      const { line, col } = lines.linePos(syntax.pos[0]);
      throw new ConfigError(
        `${file}:${line}:${col}: invalid YAML: ${syntax.message.split('\n')[0]}`,
      );
    }
    fromFile = document.toJS() ?? {};
    if (typeof fromFile !== 'object' || Array.isArray(fromFile)) {
      throw new ConfigError(`${file}: the config must be a mapping of keys to values`);
    }
  }

  const locate =
    document && yaml && lines
      ? (issue: z.core.$ZodIssue) => lineOf(yaml, document, lines, issue)
      : undefined;
  return validateConfig({ ...(fromFile as object), ...definedOnly(overrides) }, file, locate);
}

/** The configuration from settings alone (no file): defaults, then `overrides`. */
export function configWith(overrides: Partial<ConfigInput>, source = '(settings)'): Config {
  return validateConfig(definedOnly(overrides), source);
}

function validateConfig(
  settings: object,
  file: string,
  locate?: (issue: z.core.$ZodIssue) => number | undefined,
): Config {
  const normalized = normalizeSettings(settings as Record<string, unknown>);
  const result = configSchema.safeParse(normalized);
  if (result.success) return result.data;
  // One line per problem: where (file:line), which key, what is wrong, and a did-you-mean.
  const issues = result.error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys' || issue.keys.length < 2) return [issue];
    // One line per unknown key, each with its own line and did-you-mean.
    const messages = issue.message.split('; ');
    return issue.keys.map((key, i) => ({ ...issue, keys: [key], message: messages[i] ?? '' }));
  });
  const lines = issues
    .map((issue) => {
      const line = locate?.(issue);
      const path = keyPath(
        issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path,
      );
      const text = `${file}${line === undefined ? '' : `:${line}`}: ${path === '' ? '' : `${path}: `}${describeIssue(issue, normalized)}`;
      return { line: line ?? 0, text };
    })
    .sort((a, b) => a.line - b.line)
    .map((entry) => entry.text);
  throw new ConfigError(lines.join('\n'));
}

/** Lists the README documents as comma-separated strings. */
const NAME_LISTS = ['attribution-layers', 'layer-order', 'ignore'] as const;

/**
 * The spellings the README documents beside the schema's own: `max-blast-radius: none` (or
 * `off`) for no limit, and a comma- or newline-separated string for a list of names.
 */
function normalizeSettings(settings: Record<string, unknown>): Record<string, unknown> {
  const out = { ...settings };
  const max = out['max-blast-radius'];
  if (typeof max === 'string' && /^(none|off)$/i.test(max.trim())) out['max-blast-radius'] = null;
  for (const key of NAME_LISTS) {
    const value = out[key];
    if (typeof value !== 'string') continue;
    const names = value
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter((name) => name !== '');
    // A string of only separators stays a string: the schema then says a list is expected.
    if (names.length > 0) out[key] = names;
  }
  return out;
}

/** `rules["lineage/cycle"]`-style paths, written as a reader would type them: rules.lineage/cycle. */
function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue, settings: unknown): string {
  if (issue.path[0] === 'max-blast-radius' && issue.code === 'invalid_type')
    return `expected a whole number, or none for no limit; got ${JSON.stringify(valueAt(settings, issue.path))}`;
  if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string')) {
    const allowed = issue.values as string[];
    const got = valueAt(settings, issue.path);
    const hint = typeof got === 'string' ? didYouMean(got, allowed) : undefined;
    return `${JSON.stringify(got)} is not one of ${allowed.join(', ')}${hint ? ` — did you mean "${hint}"?` : ''}`;
  }
  return issue.message;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

/** The bundled CommonJS build arrives as a default export under Node's ESM interop. */
async function loadYaml(): Promise<typeof import('yaml')> {
  const loaded = (await import('yaml')) as typeof import('yaml') & {
    default?: typeof import('yaml');
  };
  return loaded.LineCounter ? loaded : loaded.default!;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

function lineOf(
  { isMap, isNode }: typeof import('yaml'),
  document: Document,
  lines: LineCounter,
  issue: z.core.$ZodIssue,
): number | undefined {
  let path = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    // Point at the unknown key itself.
    const parent = path.length === 0 ? document.contents : document.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => isNode(item.key) && (item.key as { value?: unknown }).value === issue.keys[0],
      );
      const range = pair && isNode(pair.key) ? pair.key.range : undefined;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  for (; path.length > 0; path = path.slice(0, -1)) {
    const node = document.getIn(path, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}
