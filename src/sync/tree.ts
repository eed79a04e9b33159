import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { DOWNSTREAM, UPSTREAM, type DependencyField } from './types.js';

/** A string list field of an entry, with its syntax node. */
export interface ListNode {
  readonly node: Node;
  readonly items: readonly string[];
  /** The source text of each item, parallel to `items` (kept byte for byte when an item stays). */
  readonly raw: readonly string[];
}

/** One element of the `models` array that has a string `name`. */
export interface EntryNode {
  readonly index: number;
  readonly node: Node;
  readonly name: string;
  readonly path: string | undefined;
  readonly pathNode: Node | undefined;
  readonly lists: Partial<Record<DependencyField, ListNode>>;
}

export interface InventoryTree {
  /** The text without a leading BOM. */
  readonly text: string;
  readonly bom: boolean;
  readonly root: Node;
  readonly models: Node;
  /** First entry per name, in document order. Entries without a string name are skipped. */
  readonly entries: readonly EntryNode[];
}

export class SyncInputError extends Error {
  override readonly name = 'SyncInputError';
}

/**
 * Reads the inventory text as strict JSON into a syntax tree (offsets of every value). Throws
 * SyncInputError with the line of the first syntax error, or when there is no `models` array.
 */
export function readInventoryTree(rawText: string): InventoryTree {
  const bom = rawText.charCodeAt(0) === 0xfeff;
  const text = bom ? rawText.slice(1) : rawText;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const where = first ? ` (line ${lineOf(text, first.offset)})` : '';
    const what = first ? printParseErrorCode(first.error) : 'empty document';
    throw new SyncInputError(`the inventory is not valid JSON: ${what}${where}`);
  }
  const models = root.type === 'object' ? lastProperty(root, 'models') : undefined;
  if (!models || models.type !== 'array') {
    throw new SyncInputError('the inventory has no "models" array at its top level');
  }
  const entries: EntryNode[] = [];
  const seen = new Set<string>();
  (models.children ?? []).forEach((node, index) => {
    if (node.type !== 'object') return;
    const nameNode = lastProperty(node, 'name');
    if (nameNode?.type !== 'string' || typeof nameNode.value !== 'string') return;
    const name = nameNode.value;
    if (name === '' || seen.has(name)) return;
    seen.add(name);
    const pathNode = lastProperty(node, 'path');
    const lists: Partial<Record<DependencyField, ListNode>> = {};
    for (const field of [UPSTREAM, DOWNSTREAM] as const) {
      const list = lastProperty(node, field);
      if (list?.type !== 'array') continue;
      const children = list.children ?? [];
      if (!children.every((c) => c.type === 'string')) continue; // invalid: left alone
      lists[field] = {
        node: list,
        items: children.map((c) => c.value as string),
        raw: children.map((c) => text.slice(c.offset, c.offset + c.length)),
      };
    }
    entries.push({
      index,
      node,
      name,
      path: pathNode?.type === 'string' ? (pathNode.value as string) : undefined,
      pathNode: pathNode?.type === 'string' ? pathNode : undefined,
      lists,
    });
  });
  return { text, bom, root, models, entries };
}

/** The value node of the last property `key` of an object node (JSON.parse keeps the last). */
export function lastProperty(object: Node, key: string): Node | undefined {
  let found: Node | undefined;
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode?.value === key) found = value;
  }
  return found;
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
