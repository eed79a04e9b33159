/** What the column pipeline reads of a polyglot analysis, order-free: for comparing two answers. */
import type { RawAnalysis, RawReference } from '../../src/columns/analyze.js';

/** `skip`: column-use contexts left out (e.g. `order`, which the pipeline does not read). */
export function normalAnalysis(a: RawAnalysis, skip: readonly string[] = []) {
  const ref = (r: RawReference) =>
    `${(r.table ?? r.sourceName ?? '').toLowerCase()}.${r.column.toLowerCase()}:${r.sourceKind}:${r.confidence}`;
  return {
    columns: a.projections.map((p) => ({
      name: p.name?.toLowerCase(),
      star: p.isStar,
      upstream: [...new Set(p.upstream.map(ref))].sort(),
    })),
    uses: [
      ...new Set(
        (a.columnUses ?? [])
          .filter((u) => !skip.includes(u.context))
          .flatMap((u) => u.references.map((r) => `${u.context} ${ref(r)}`)),
      ),
    ].sort(),
    tables: [...new Set(a.baseTables.map((t) => (t.table ?? t.name).toLowerCase()))].sort(),
  };
}
