import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type * as z from '../util/zod.js';
import { formatJsonPath, JsonLocator, stringMember, type JsonPath } from './locate.js';
import {
  inventorySchema,
  isInventoryShape,
  isValidModel,
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
 * valid entries are not parsed again but share its model object (see reuseIdenticalEntries):
 * the result is the same, and a base that differs from its head in 1% of the models costs a
 * fraction of a full parse.
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

  const reused = reference?.usable ? reuseIdenticalEntries(locator, reference) : null;
  let document: unknown;
  try {
    document = JSON.parse(reused ? reused.skeleton : text);
  } catch {
    return unusable(syntaxProblem(text, locator));
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

  const entries = (document as { models: unknown[] }).models;
  if (reused) {
    // A valid skeleton means a valid document, whose entries the scan found exactly.
    if (entries.length !== reused.models.length) return parseInventory(text, file);
    reused.models.forEach((model, i) => {
      if (model) entries[i] = model;
    });
  }
  return { file, ...validateEntries(entries, locator, reused?.models), usable: true, locator };
}

/** Usable models (first per name, invalid fields dropped) and the problems of every entry. */
function validateEntries(
  entries: unknown[],
  locator: JsonLocator,
  knownValid: readonly (Model | undefined)[] | undefined,
) {
  const problems: InventoryProblem[] = [];
  const models: Model[] = [];
  const sourceIndex: number[] = [];
  const indexByName = new Map<string, number>();
  const invalidFields = new Map<string, Set<string>>();

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    let model: Model | undefined;
    const checked =
      knownValid?.[i] !== undefined || isValidModel(entry)
        ? undefined
        : modelSchema.safeParse(entry);
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

    const firstModel = indexByName.get(model.name);
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
    indexByName.set(model.name, models.length);
    models.push(model);
    sourceIndex.push(i);
  }
  return { models, sourceIndex, indexByName, invalidFields, problems };
}

/** Give up reusing after this many entries without an identical twin, unless most matched. */
const MISMATCH_TOLERANCE = 64;

/**
 * Finds the entries of `locator`'s document whose text equals that of a valid entry of
 * `reference`, and a skeleton of the document with each of them replaced by `{}`. Parsing the
 * skeleton validates the whole document: an identical entry is a valid JSON object, and swapping
 * one object for another at the same place cannot change whether the text parses. Entries are
 * paired by position first, then — past an insertion, a removal or an edit — by the name found
 * with a scan of the entry. Null when there is nothing to gain (no scan, nothing alike).
 * O(document length).
 */
function reuseIdenticalEntries(
  locator: JsonLocator,
  reference: Inventory,
): { skeleton: string; models: (Model | undefined)[] } | null {
  const spans = locator.modelEntries();
  const theirSpans = reference.locator.modelEntries();
  if (!spans || !theirSpans) return null;
  const text = locator.text;
  const theirText = reference.locator.text;

  // The reference's entries that are valid as they stand, by position in its document.
  const theirs: (Model | undefined)[] = new Array(theirSpans.length / 2);
  const salvaged = reference.invalidFields;
  reference.models.forEach((model, i) => {
    if (salvaged.size === 0 || !salvaged.has(model.name)) theirs[reference.sourceIndex[i]!] = model;
  });
  const identical = (start: number, end: number, k: number) => {
    const theirStart = theirSpans[2 * k]!;
    const theirEnd = theirSpans[2 * k + 1]!;
    return (
      theirs[k] !== undefined &&
      end - start === theirEnd - theirStart &&
      text.slice(start, end) === theirText.slice(theirStart, theirEnd)
    );
  };

  const count = spans.length / 2;
  const models: (Model | undefined)[] = new Array(count);
  const pieces: string[] = [];
  let copied = 0;
  let matched = 0;
  let missed = 0;
  let expected = 0; // position in the reference of the entry after the last one paired
  for (let j = 0; j < count; j++) {
    const start = spans[2 * j]!;
    const end = spans[2 * j + 1]!;
    let k = expected;
    if (k >= theirs.length || !identical(start, end, k)) {
      const name = stringMember(text, start, 'name');
      const position = name === undefined ? undefined : reference.indexByName.get(name);
      if (position === undefined) {
        // Not in the reference (or unreadable): the next entry pairs where this one would have.
        k = -1;
      } else {
        k = reference.sourceIndex[position]!;
        expected = k + 1;
        if (!identical(start, end, k)) k = -1;
      }
    } else {
      expected = k + 1;
    }
    if (k === -1) {
      if (++missed > MISMATCH_TOLERANCE && missed > matched) return null;
      continue;
    }
    models[j] = theirs[k];
    matched++;
    pieces.push(text.slice(copied, start), '{}');
    copied = end;
  }
  if (matched === 0) return null;
  pieces.push(text.slice(copied));
  return { skeleton: pieces.join(''), models };
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

function syntaxProblem(text: string, locator: JsonLocator): InventoryProblem {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
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
  return typeof name === 'string' && name !== '' ? name : undefined;
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
