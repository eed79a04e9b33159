import type { Document, LineCounter } from 'yaml';
import * as z from '../util/zod.js';
import { configSchema, type Config, type ConfigInput } from './schema.js';

export class ConfigError extends Error {}

/**
 * Parses a YAML config. `overrides` (CLI flags, action inputs) win over the file. Errors carry
 * the file name, each problem's key path and line, formatted by `z.prettifyError`.
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
        `${file}: invalid YAML at line ${line}, column ${col}: ${syntax.message.split('\n')[0]}`,
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
  const result = configSchema.safeParse(settings);
  if (result.success) return result.data;
  const located = result.error.issues.map((issue) => {
    const line = locate?.(issue);
    return line === undefined ? issue : { ...issue, message: `${issue.message} (line ${line})` };
  });
  throw new ConfigError(
    `${file}: invalid configuration\n${z.prettifyError({ issues: located } as z.core.$ZodError)}`,
  );
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
