/**
 * Changes from code (pure): two scans of the same repository in, one change per node out, with
 * the reasons of DESIGN's "Changes from code" table:
 * - `sql` (code tokens differ) / `sql-format` (only whitespace or comments: does not anchor);
 * - `macro`: a macro it calls, directly or through other macros, changed (named in `macros`);
 * - `var`: a var it reads has another value in dbt_project.yml (named in `vars`);
 * - `config`, `contract`, `seed`; `docs` (metadata only: does not anchor).
 * Macros themselves are reported (reasons `sql` / `sql-format`) but never anchor: their callers
 * do. `renames` (old path → new path, from `git diff -M`) pairs a removed node with the added one
 * at the new path: `moved` when nothing else changed. Sorted by node id; external nodes skipped.
 */
import type { ChangeReason, CodeChange, CodeNode, NodeId, ProjectScan } from './types.js';
import { ANCHORING } from './types.js';
import { sameAspect, stableJson } from './fingerprint.js';

export function diffScans(
  base: ProjectScan,
  head: ProjectScan,
  renames: ReadonlyMap<string, string> = new Map(),
): CodeChange[] {
  const b = index(base);
  const h = index(head);

  // macros whose body changed, appeared or disappeared
  const changedMacros = new Set<NodeId>();
  for (const [id, n] of h)
    if (
      n.kind === 'macro' &&
      (!b.has(id) || !sameAspect(b.get(id)!.fingerprints, n.fingerprints, 'sql'))
    )
      changedMacros.add(id);
  for (const [id, n] of b) if (n.kind === 'macro' && !h.has(id)) changedMacros.add(id);

  const reach = (scanIndex: Map<NodeId, CodeNode>, start: NodeId[]): Set<NodeId> => {
    const seen = new Set<NodeId>();
    const stack = [...start];
    while (stack.length) {
      const m = stack.pop()!;
      if (seen.has(m)) continue;
      seen.add(m);
      for (const c of scanIndex.get(m)?.macros ?? []) stack.push(c);
    }
    return seen;
  };

  const changes: CodeChange[] = [];
  const pairedBase = new Set<NodeId>();
  const pairedHead = new Map<NodeId, NodeId>(); // head id → base id
  if (renames.size) {
    const addedByPath = new Map<string, CodeNode[]>();
    for (const [id, n] of h) if (!b.has(id)) pushTo(addedByPath, n.path, n);
    for (const [id, n] of b) {
      if (h.has(id)) continue;
      const to = renames.get(n.path);
      if (!to) continue;
      const cand = addedByPath.get(to)?.find((x) => x.kind === n.kind && !pairedHead.has(x.id));
      if (cand) {
        pairedBase.add(id);
        pairedHead.set(cand.id, id);
      }
    }
  }

  const compare = (before: CodeNode, after: CodeNode): CodeChange | undefined => {
    const reasons: ChangeReason[] = [];
    const fb = before.fingerprints;
    const fa = after.fingerprints;
    if (!sameAspect(fb, fa, 'sql')) reasons.push('sql');
    else if (!sameAspect(fb, fa, 'format')) reasons.push('sql-format');
    const extra: Partial<CodeChange> = {};
    if (after.kind !== 'macro') {
      const reached = new Set([...reach(h, after.macros), ...reach(b, before.macros)]);
      const names = [...reached].filter((m) => changedMacros.has(m));
      if (names.length) {
        reasons.push('macro');
        extra.macros = names.map((m) => (h.get(m) ?? b.get(m))!.display).sort();
      }
      const vars = [...new Set([...before.vars, ...after.vars])].filter((v) => {
        const x = base.vars[before.project]?.[v];
        const y = head.vars[after.project]?.[v];
        return x !== y && stableJson(x) !== stableJson(y);
      });
      if (vars.length) {
        reasons.push('var');
        extra.vars = vars.sort();
      }
    }
    if (!sameAspect(fb, fa, 'config')) reasons.push('config');
    if (!sameAspect(fb, fa, 'contract')) reasons.push('contract');
    if (!sameAspect(fb, fa, 'seed')) reasons.push('seed');
    if (!sameAspect(fb, fa, 'docs')) reasons.push('docs');
    const moved = before.path !== after.path;
    if (reasons.length === 0 && !moved && before.id === after.id) return undefined;
    const anchors = after.kind !== 'macro' && reasons.some((r) => ANCHORING.has(r));
    return {
      node: after.id,
      kind: reasons.length === 0 ? 'moved' : 'modified',
      reasons: order(reasons),
      ...extra,
      ...(before.id !== after.id ? { previous: before.id } : {}),
      anchors,
    };
  };

  for (const [id, n] of h) {
    const prev = b.get(id) ?? (pairedHead.has(id) ? b.get(pairedHead.get(id)!) : undefined);
    if (!prev) {
      changes.push({ node: id, kind: 'added', reasons: [], anchors: n.kind !== 'macro' });
      continue;
    }
    const c = compare(prev, n);
    if (c) changes.push(c);
  }
  for (const [id, n] of b)
    if (!h.has(id) && !pairedBase.has(id))
      changes.push({ node: id, kind: 'removed', reasons: [], anchors: n.kind !== 'macro' });
  return changes.sort((x, y) => (x.node < y.node ? -1 : x.node > y.node ? 1 : 0));
}

const ORDER: ChangeReason[] = [
  'sql',
  'sql-format',
  'macro',
  'var',
  'config',
  'contract',
  'seed',
  'docs',
];
function order(reasons: ChangeReason[]): ChangeReason[] {
  return ORDER.filter((r) => reasons.includes(r));
}

function index(scan: ProjectScan): Map<NodeId, CodeNode> {
  const m = new Map<NodeId, CodeNode>();
  for (const n of scan.nodes) if (!n.external) m.set(n.id, n);
  return m;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
