// Derives the repository's seed fixture from a real inventory: keeps the structure (names,
// paths, layers, edges, attribution concepts) and replaces every description with generated
// text of our own. Key patterns are dropped. Usage:
//   node scripts/derive-fixture.mjs ../shared/seeds/dbt_model_inventory.json > test/fixtures/seed-inventory.json
import { readFileSync } from 'node:fs';

const source = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const words = (text) => text.replace(/_+/g, ' ').trim();

function describe(model) {
  const [prefix, ...rest] = model.name.split('__');
  const subject = words(rest.join(' ') || prefix);
  if (model.layer === 'staging') {
    const system = words(prefix.replace(/^(airbyte_)?stg_/, ''));
    return `Staging view over ${system}: ${subject}, typed and renamed.`;
  }
  const upstream = model.upstream_dependencies?.length ?? 0;
  const from =
    upstream > 0 ? ` Built from ${upstream} upstream model${upstream === 1 ? '' : 's'}.` : '';
  return `${model.layer[0].toUpperCase()}${model.layer.slice(1)} model for ${words(model.name)}.${from}`;
}

const models = source.models.map((model) => {
  const out = {
    name: model.name,
    path: model.path,
    layer: model.layer,
    description: describe(model),
  };
  for (const field of ['upstream_dependencies', 'downstream_consumers', 'attribution_concepts']) {
    if (model[field] !== undefined) out[field] = model[field];
  }
  return out;
});
process.stdout.write(`${JSON.stringify({ models }, null, 2)}\n`);
