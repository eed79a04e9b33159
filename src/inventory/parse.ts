import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type * as z from '../util/zod.js';
import { formatJsonPath, JsonLocator, type JsonPath } from './locate.js';
import { NameIndex } from './name-index.js';
import { reuseIdenticalEntries } from './reuse.js';
import {
  inventorySchema,
  isInventoryShape,
  isValidModel,
  MAX_NAME_LENGTH,
  modelSchema,
  type Model,
} from './schema.js';

/** A located problem with an inventory document. */
export interface InventoryProblem {
  /** e.g. `models[12].upstream_dependencies: expected array, got string` */
  readonly message: string;
  readonly path: string;
  readonly line?: number;
  /** The model the problem belongs to, when its name is readable. */
  readonly model?: string;
}

export interface Inventory {
  /** Where the document came from: a repository path or a file name, used in messages. */
  readonly file: string;
  /** Usable models, first entry per name; invalid fields of an entry are dropped. */
  readonly models: readonly Model[];
  /** Index of each model in the document's `models` array, parallel to `models`. */
  readonly sourceIndex: readonly number[];
  /** Position in `models` of each model name. */
  readonly indexByName: ReadonlyMap<string, number>;
  /** Fields that failed validation, by model name: already reported, so the diff skips them. */
  readonly invalidFields: ReadonlyMap<string, ReadonlySet<string>>;
  readonly problems: readonly InventoryProblem[];
  /** False when the document could not be read as an inventory at all (syntax, no models). */
  readonly usable: boolean;
  readonly locator: JsonLocator;
}

/** Line of a model entry, or of one of its fields / list elements. */
export function modelLine(
  inventory: Inventory,
  modelIndex: number,
  ...rest: (string | number)[]
): number | undefined {
  const index = inventory.sourceIndex[modelIndex];
  if (index === undefined) return undefined;
  return inventory.locator.line(['models', index, ...rest]);
}

/**
 * Parses and validates an inventory document. With a `reference` — an inventory parsed from a
 * similar document, the other side of a diff — entries whose text is identical to one of its
 * valid entries are not parsed again but share its model object (see reuseIdenticalEntries),
 * and an identical document shares everything: the result is the same as without, and a base
 * that differs from its head in 1% of the models costs a fraction of a full parse.
 */
export function parseInventory(rawText: string, file: string, reference?: Inventory): Inventory {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const locator = new JsonLocator(text);
  const unusable = (problem: InventoryProblem): Inventory => ({
    file,
    models: [],
    sourceIndex: [],
    indexByName: new Map(),
    invalidFields: new Map(),
    problems: [problem],
    usable: false,
    locator,
  });

  // An empty text parses to nothing, whatever an empty reference (emptyInventory) says.
  if (reference?.usable && text !== '' && reference.locator.text === text) {
    return { ...reference, file };
  }
  const reused = reference?.usable ? reuseIdenticalEntries(text, reference) : null;
  let document: unknown;
  try {
    document = JSON.parse(reused ? reused.skeleton : text);
  } catch (error) {
    // The skeleton's error gives the skeleton's offsets: the document alone names its place.
    if (reused) return parseInventory(text, file);
    return unusable(syntaxProblem(text, locator, error as Error));
  }

  // zod copies a 100k-entry array to check it: only asked to explain a document that fails.
  const top = isInventoryShape(document) ? null : inventorySchema.safeParse(document);
  if (top && !top.success) {
    const issue = top.error.issues[0] as z.core.$ZodIssue;
    return unusable({
      message: `${formatJsonPath(issue.path as JsonPath)}: ${describeIssue(issue, document)} — an inventory is an object { "models": [ ... ] }`,
      path: formatJsonPath(issue.path as JsonPath),
      line: locator.line(issue.path as JsonPath),
    });
  }

  let entries = (document as { models: unknown[] }).models;
  let shared: Uint8Array | undefined;
  if (reused) {
    // A valid skeleton means a valid document, whose entries the walk found exactly.
    const expanded = reused.expand(entries);
    if (!expanded) return parseInventory(text, file);
    ({ entries, shared } = expanded);
    const same = reference && sameNamesInOrder(entries, reference);
    if (same) return { file, ...same, usable: true, locator };
  }
  return { file, ...validateEntries(entries, locator, shared), usable: true, locator };
}

/**
 * When a clean reference has valid models with the same names at the same positions — every
 * diff that edits models in place — its index describes these entries too, and is shared
 * rather than rebuilt: 100k map insertions saved.
 */
function sameNamesInOrder(entries: unknown[], reference: Inventory) {
  const theirs = reference.models;
  if (reference.problems.length > 0 || entries.length !== theirs.length) return null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry === theirs[i]) continue;
    if (!isValidModel(entry) || entry.name !== theirs[i]!.name) return null;
  }
  return {
    models: entries as Model[],
    sourceIndex: reference.sourceIndex,
    indexByName: reference.indexByName,
    invalidFields: new Map<string, ReadonlySet<string>>(),
    problems: [],
  };
}

/** Usable models (first per name, invalid fields dropped) and the problems of every entry. */
function validateEntries(
  entries: unknown[],
  locator: JsonLocator,
  /** 1 where the entry is a valid model already: one shared with a reference. */
  knownValid: Uint8Array | undefined,
) {
  const problems: InventoryProblem[] = [];
  const models: Model[] = [];
  const sourceIndex: number[] = [];
  const indexByName = new NameIndex(entries.length);
  const invalidFields = new Map<string, Set<string>>();

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    let model: Model | undefined;
    const checked =
      knownValid?.[i] === 1 || isValidModel(entry) ? undefined : modelSchema.safeParse(entry);
    if (!checked || checked.success) {
      model = entry as Model;
    } else {
      const name = readableName(entry);
      for (const issue of checked.error.issues) {
        const path: JsonPath = ['models', i, ...(issue.path as JsonPath)];
        problems.push({
          message: `${formatJsonPath(path)}: ${describeIssue(issue, entry)}`,
          path: formatJsonPath(path),
          line: locator.line(path),
          ...(name !== undefined && { model: name }),
        });
      }
      if (name !== undefined) {
        model = salvage(entry as Record<string, unknown>, checked.error);
        if (!indexByName.has(name)) {
          invalidFields.set(
            name,
            new Set(checked.error.issues.map((issue) => String(issue.path[0]))),
          );
        }
      }
    }
    if (!model) continue;

    // Positions follow `models`: the name goes in at models.length unless it is in already.
    const firstModel = indexByName.add(model.name);
    if (firstModel !== undefined) {
      const first = sourceIndex[firstModel]!;
      const path: JsonPath = ['models', i, 'name'];
      const firstLine = locator.line(['models', first, 'name']);
      problems.push({
        message:
          `${formatJsonPath(path)}: duplicate model name ${JSON.stringify(model.name)}, ` +
          `already defined at models[${first}]${firstLine ? ` (line ${firstLine})` : ''} — ` +
          'keep one entry per model; the first is used',
        path: formatJsonPath(path),
        line: locator.line(path),
        model: model.name,
      });
      continue;
    }
    models.push(model);
    sourceIndex.push(i);
  }
  return { models, sourceIndex, indexByName: indexByName.pack(), invalidFields, problems };
}

/** An inventory that does not exist at a commit: no models, no problems. */
export function emptyInventory(file: string): Inventory {
  return {
    file,
    models: [],
    sourceIndex: [],
    indexByName: new Map(),
    invalidFields: new Map(),
    problems: [],
    usable: true,
    locator: new JsonLocator(''),
  };
}

function syntaxProblem(text: string, locator: JsonLocator, parseError: Error): InventoryProblem {
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    // jsonc-parser recurses once per bracket: thousands deep, only V8's own message is left.
    if (!(error instanceof RangeError)) throw error;
    const offset = /at position (\d+)/.exec(parseError.message)?.[1];
    const line = offset === undefined ? undefined : locator.position(Number(offset)).line;
    return {
      message: `invalid JSON${line === undefined ? '' : ` at line ${line}`}: ${parseError.message}`,
      path: '(root)',
      ...(line !== undefined && { line }),
    };
  }
  const first = errors[0];
  if (!first) {
    return { message: '(root): not valid JSON', path: '(root)', line: 1 };
  }
  const { line, column } = locator.position(first.offset);
  const what = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return {
    message: `invalid JSON at line ${line}, column ${column}: ${what}`,
    path: '(root)',
    line,
  };
}

function readableName(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const name = (entry as { name?: unknown }).name;
  return typeof name === 'string' && name !== '' && name.length <= MAX_NAME_LENGTH
    ? name
    : undefined;
}

/** Keep a model whose name is readable, without the fields that failed validation. */
function salvage(entry: Record<string, unknown>, error: z.core.$ZodError): Model {
  const broken = new Set(error.issues.map((issue) => issue.path[0]));
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(entry)) {
    if (!broken.has(key)) copy[key] = entry[key];
  }
  if (typeof copy.path !== 'string') copy.path = '';
  if (typeof copy.layer !== 'string') copy.layer = '';
  return copy as Model;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const actual = valueAt(root, issue.path as JsonPath);
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return `missing required field (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${kindOf(actual)}`;
    case 'too_small':
      return issue.message;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
