// Synthetic inventories shaped like the seed: a layered DAG (staging → identity → signal →
// attribution → channel → aggregation → reporting, plus unordered "other"), about three edges
// per model, a few hub models that reach a large share of the graph, and most models without
// dependency lists of their own (their edges are declared by the models that do have lists).
// Deterministic for a given size and seed.

const LAYERS = [
  ['staging', 0.34],
  ['other', 0.2],
  ['identity', 0.02],
  ['signal', 0.04],
  ['attribution', 0.03],
  ['channel', 0.01],
  ['aggregation', 0.06],
  ['reporting', 0.3],
];
/** Position in the flow; "other" sits between staging and the marts, unordered by the rules. */
const FLOW = {
  staging: 0,
  other: 1,
  identity: 1,
  signal: 2,
  attribution: 3,
  channel: 4,
  aggregation: 5,
  reporting: 6,
};
const WITH_LISTS = 0.2;
const EDGES_PER_MODEL = 3;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateInventory(size, seed = 1) {
  const random = mulberry32(seed);
  const models = [];
  for (const [layer, share] of LAYERS) {
    const count = Math.max(1, Math.round(size * share));
    for (let i = 0; i < count && models.length < size; i++) {
      const name = `${layer === 'staging' ? 'stg' : layer.slice(0, 4)}_${String(models.length).padStart(7, '0')}`;
      models.push({
        name,
        path: `models/${layer}/${name.slice(-3)}/${name}.sql`,
        layer,
        description: `Synthetic ${layer} model ${models.length}.`,
        hasLists: random() < WITH_LISTS,
        up: [],
        down: [],
      });
    }
  }
  // Candidate upstreams: models of an earlier flow position. Hubs: the first few models of each
  // position (event and identity tables in real projects) are picked far more often, and always
  // carry lists. A model without lists of its own can only be linked from a model that has them.
  const byFlow = Array.from({ length: 7 }, () => []);
  for (const model of models) byFlow[FLOW[model.layer]].push(model);
  for (const pool of byFlow) pool.slice(0, 5).forEach((hub) => (hub.hasLists = true));
  const listedByFlow = byFlow.map((pool) => pool.filter((model) => model.hasLists));
  const pickUpstream = (flow, listedOnly) => {
    const earlier = Math.floor(random() * flow);
    const pool = (listedOnly ? listedByFlow : byFlow)[earlier];
    if (pool.length === 0) return undefined;
    const hub = random() < 0.15;
    const index = hub
      ? Math.floor(random() * Math.min(5, pool.length))
      : Math.floor(random() ** 1.5 * pool.length);
    return pool[index];
  };
  for (const model of models) {
    const flow = FLOW[model.layer];
    if (flow === 0) continue;
    // Staging models have no model upstreams, so the others take a little more than the mean.
    const wanted = 1 + Math.floor(random() * (EDGES_PER_MODEL * 3 - 1));
    const seen = new Set();
    for (let k = 0; k < wanted; k++) {
      const upstream = pickUpstream(flow, !model.hasLists);
      if (!upstream || seen.has(upstream)) continue;
      seen.add(upstream);
      if (model.hasLists) model.up.push(upstream.name);
      if (upstream.hasLists) upstream.down.push(model.name);
    }
  }
  // A few external sources feed the staging layer, as in the seed.
  for (let i = 0; i < byFlow[0].length; i += 50) {
    const model = byFlow[0][i];
    model.hasLists = true;
    model.up.push(`raw_source_${i % 40}.table_${i}`);
  }
  return {
    models: models.map((model) => {
      const out = {
        name: model.name,
        path: model.path,
        layer: model.layer,
        description: model.description,
      };
      if (model.hasLists) {
        out.upstream_dependencies = model.up;
        out.downstream_consumers = model.down;
        if (FLOW[model.layer] >= 1 && FLOW[model.layer] <= 4 && model.layer !== 'other') {
          out.attribution_concepts = ['first-touch attribution'];
        }
      }
      return out;
    }),
  };
}
