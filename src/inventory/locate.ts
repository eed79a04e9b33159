import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

/** `models[12].upstream_dependencies` — the notation our messages use. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps JSON paths and offsets of one document to 1-based line numbers. The syntax tree is built
 * on first use only: most runs never need a line, and a 100k-model document costs a full parse.
 */
export class JsonLocator {
  private tree: Node | undefined | null = null;
  private lineStarts: number[] | null = null;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  /** Line of the value at `path`, or of its nearest existing ancestor. */
  line(path: JsonPath): number | undefined {
    if (this.tree === null) this.tree = parseTree(this.text, [], { disallowComments: true });
    if (!this.tree) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(this.tree, path.slice(0, depth) as (string | number)[]);
      if (node) return this.position(node.offset).line;
    }
    return undefined;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
