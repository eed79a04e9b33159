import { modelLine, type Inventory } from '../inventory/parse.js';
import type { Model } from '../inventory/schema.js';
import { compareNames, type LineageGraph } from '../lineage/graph.js';
import { stronglyConnected } from '../lineage/traverse.js';
import type { Finding } from './catalog.js';

/** Edge u→v as one model declares it. */
interface Declaration {
  readonly from: string;
  readonly to: string;
  /** The model whose list holds the edge, its index in the inventory, the list and position. */
  readonly declaredBy: number;
  readonly field: 'upstream_dependencies' | 'downstream_consumers';
  readonly position: number;
}

const listSets = new WeakMap<readonly string[], Set<string>>();

/** Membership in a model's list; long lists (hubs) get a cached set so checks stay O(1). */
function listHas(list: readonly string[], name: string): boolean {
  if (list.length < 16) return list.includes(name);
  let set = listSets.get(list);
  if (!set) listSets.set(list, (set = new Set(list)));
  return set.has(name);
}

function* declarations(models: readonly Model[]): Generator<Declaration> {
  for (let i = 0; i < models.length; i++) {
    const model = models[i]!;
    const up = model.upstream_dependencies ?? [];
    for (let k = 0; k < up.length; k++) {
      yield {
        from: up[k]!,
        to: model.name,
        declaredBy: i,
        field: 'upstream_dependencies',
        position: k,
      };
    }
    const down = model.downstream_consumers ?? [];
    for (let k = 0; k < down.length; k++) {
      yield {
        from: model.name,
        to: down[k]!,
        declaredBy: i,
        field: 'downstream_consumers',
        position: k,
      };
    }
  }
}

export interface ConsistencyOptions {
  /** Only report what is not already true of this (base) inventory; null reports everything. */
  readonly baseline: readonly Model[] | null;
  readonly layerOrder: readonly string[];
  /** Names that are removed models: references to them are broken, not unknown. */
  readonly removed?: ReadonlySet<string>;
}

/** Asymmetric edges, unknown references and layer-order violations. */
export function consistencyFindings(inventory: Inventory, options: ConsistencyOptions): Finding[] {
  const models = inventory.models;
  const index = new Map<string, number>();
  models.forEach((model, i) => index.set(model.name, i));
  const rank = new Map<string, number>();
  options.layerOrder.forEach((layer, i) => rank.set(layer, i));
  const old = options.baseline && baselineFacts(options.baseline);

  const findings: Finding[] = [];
  const at = (d: Declaration) => ({
    file: inventory.file,
    line: modelLine(inventory, d.declaredBy, d.field, d.position) ?? null,
  });
  const reportedEdges = new Set<string>();

  for (const d of declarations(models)) {
    const declarer = models[d.declaredBy]!;
    const other = d.field === 'upstream_dependencies' ? d.from : d.to;
    const otherIndex = index.get(other);

    if (otherIndex === undefined) {
      if (options.removed?.has(other)) continue;
      const key = `${declarer.name}\u0000${other}`;
      if (old?.references.has(key)) continue;
      findings.push({
        rule: 'lineage/unknown-reference',
        severity: 'notice',
        model: declarer.name,
        message: `\`${declarer.name}\`.${d.field} lists \`${other}\`, which is not a model of the inventory (kept as an external node)`,
        ...at(d),
      });
      continue;
    }

    const otherModel = models[otherIndex]!;
    const mirrorField =
      d.field === 'upstream_dependencies' ? 'downstream_consumers' : 'upstream_dependencies';
    const mirror = otherModel[mirrorField];
    if (mirror && !listHas(mirror, declarer.name)) {
      const key = `${d.from}\u0000${d.to}\u0000${d.field}`;
      if (!old?.asymmetric.has(key)) {
        findings.push({
          rule: 'lineage/asymmetric-edge',
          severity: 'notice',
          model: other,
          message: `\`${d.from}\` → \`${d.to}\` is listed in \`${declarer.name}\`.${d.field} but not in \`${other}\`.${mirrorField}`,
          file: inventory.file,
          line: modelLine(inventory, otherIndex, mirrorField) ?? null,
        });
      }
    }

    const edgeKey = `${d.from}\u0000${d.to}`;
    const fromLayer = (d.field === 'upstream_dependencies' ? otherModel : declarer).layer;
    const toLayer = (d.field === 'upstream_dependencies' ? declarer : otherModel).layer;
    const fromRank = rank.get(fromLayer);
    const toRank = rank.get(toLayer);
    if (fromRank === undefined || toRank === undefined || fromRank <= toRank) continue;
    if (reportedEdges.has(edgeKey) || old?.edges.has(edgeKey)) continue;
    reportedEdges.add(edgeKey);
    findings.push({
      rule: 'layer/order-violation',
      severity: 'warning',
      model: d.to,
      message:
        `${old ? 'new edge' : 'edge'} \`${d.from}\` (${fromLayer}) → \`${d.to}\` (${toLayer}) runs against the layer order ` +
        `${options.layerOrder.join(' < ')}: ${article(toLayer)} model should not depend on ${article(fromLayer)} model`,
      ...at(d),
    });
  }
  return findings;
}

function baselineFacts(models: readonly Model[]) {
  const byName = new Map<string, Model>();
  for (const model of models) byName.set(model.name, model);
  const edges = new Set<string>();
  const references = new Set<string>();
  const asymmetric = new Set<string>();
  for (const d of declarations(models)) {
    edges.add(`${d.from}\u0000${d.to}`);
    const declarer = models[d.declaredBy]!;
    const other = d.field === 'upstream_dependencies' ? d.from : d.to;
    const otherModel = byName.get(other);
    if (!otherModel) {
      references.add(`${declarer.name}\u0000${other}`);
      continue;
    }
    const mirror =
      otherModel[
        d.field === 'upstream_dependencies' ? 'downstream_consumers' : 'upstream_dependencies'
      ];
    if (mirror && !listHas(mirror, declarer.name))
      asymmetric.add(`${d.from}\u0000${d.to}\u0000${d.field}`);
  }
  return { edges, references, asymmetric };
}

/** One finding per cycle of the graph, naming its members. */
export function cycleFindings(
  graph: LineageGraph,
  inventory: Inventory,
  baseline: LineageGraph | null,
): Finding[] {
  const oldCycles = new Set(
    (baseline ? cycles(baseline) : []).map((names) => names.join('\u0000')),
  );
  const index = new Map<string, number>();
  inventory.models.forEach((model, i) => index.set(model.name, i));

  const findings: Finding[] = [];
  for (const names of cycles(graph)) {
    const first = names[0]!;
    const modelIndex = names.map((name) => index.get(name)).find((i) => i !== undefined);
    const existed = oldCycles.has(names.join('\u0000'));
    findings.push({
      rule: 'lineage/cycle',
      severity: 'error',
      model: first,
      message:
        names.length === 1
          ? `\`${first}\` depends on itself`
          : `cycle through ${names.length} models: ${names.map((n) => `\`${n}\``).join(', ')}${existed ? ' (already present at base)' : ''}`,
      file: inventory.file,
      line: modelIndex === undefined ? null : (modelLine(inventory, modelIndex) ?? null),
      related: names,
    });
  }
  return findings;
}

/** Members of each cycle (strongly connected component with a cycle), each sorted by name. */
export function cycles(graph: LineageGraph): string[][] {
  const { component, count, cyclic } = stronglyConnected(graph);
  const members: string[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < component.length; v++) {
    if (cyclic[component[v]!]) members[component[v]!]!.push(graph.table.names[v]!);
  }
  return members
    .filter((names) => names.length > 0)
    .map((names) => names.sort(compareNames))
    .sort((a, b) => compareNames(a[0]!, b[0]!));
}

function article(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
