// Writes examples/demo/: a base inventory (the seed fixture), a head inventory with three
// changes, the changed files and a config. Run after changing test/fixtures/seed-inventory.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const base = JSON.parse(readFileSync('test/fixtures/seed-inventory.json', 'utf8'));
const head = structuredClone(base);
const model = (name) => head.models.find((m) => m.name === name);

// 1. The SQL of identity resolution changes (see changed.txt).
// 2. Website visits now also feed the unified conversion events: a rewiring into the ad syncs.
model('int_user__website_visits').downstream_consumers.push('conversion_events');
model('conversion_events').upstream_dependencies.push('int_user__website_visits');
// 3. A documentation-only edit: reported, anchors nothing.
model('users').description = 'One row per user: identity, plan, activity and first-touch channel.';

mkdirSync('examples/demo', { recursive: true });
const write = (file, data) =>
  writeFileSync(`examples/demo/${file}`, `${JSON.stringify(data, null, 2)}\n`);
write('base.json', base);
write('head.json', head);
writeFileSync(
  'examples/demo/changed.txt',
  `M\t${model('int_identity__resolution').path}\nM\tdbt_model_inventory.json\n`,
);
