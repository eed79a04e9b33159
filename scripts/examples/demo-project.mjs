// Writes examples/demo/project/: a small dbt project behind the demo inventory, so the demo shows
// lineage read from code. Every model of examples/demo/base.json gets a SQL file at its path that
// selects from what the inventory says feeds it — and a few things the inventory never recorded:
// refs it lacks (one literal, one built in Jinja), a shared macro that the attribution models call
// (`get_click_ids`), a var, a source, seeds, and one model file with no inventory entry.
// Deterministic; run it again after editing the demo inventory: `node scripts/examples/demo-project.mjs`.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const OUT = 'examples/demo/project';
const { models } = JSON.parse(await readFile('examples/demo/base.json', 'utf8'));
const byName = new Map(models.map((model) => [model.name, model]));

// What each model reads, from both dependency lists of the inventory.
const inputs = new Map(
  models.map((model) => [model.name, new Set(model.upstream_dependencies ?? [])]),
);
for (const model of models) {
  for (const consumer of model.downstream_consumers ?? []) inputs.get(consumer)?.add(model.name);
}

/** Refs only the code has: the inventory's lists omit them. */
const HIDDEN_LITERAL = { int_identity__resolution: ['stg_backend__stytch_fingerprints'] };
/** Built in Jinja with a loop over a list literal. */
const HIDDEN_JINJA = {
  int_identity__resolution: ['stg_backend__user_auth_provider', 'stg_backend__payment_methods'],
};
/** Models that call the shared click-ID macro. */
const CALLS_CLICK_IDS = new Set([
  'int_user__attribution_resolved',
  'int_conversion_events__posthog',
  'paid_budget__event_conversions',
  'paid_budget__user_conversions',
]);
const READS_LOOKBACK = new Set(['int_user_id__attribution_history']);
const SOURCES = { staging_posthog: ['persons', 'sessions'] };
const SEEDS = ['event_registry', 'paid_budget_monthly_budgets'];
/** A model file the inventory does not list (the inventory's drift). */
const UNLISTED = {
  name: 'finance__user_balance',
  path: 'models/marts/finance/finance__user_balance.sql',
  reads: ['stg_backend__credit_transactions'],
};

function relation(name) {
  if (name.includes('.')) {
    const [source, table] = name.split('.');
    return `{{ source('${source}', '${table}') }}`;
  }
  return `{{ ref('${name}') }}`;
}

function alias(name, i) {
  return `${name.replace(/[^a-z0-9_]/gi, '_').slice(0, 24)}_${i + 1}`;
}

function modelSql(model) {
  const reads = [...(inputs.get(model.name) ?? [])].sort();
  const literal = HIDDEN_LITERAL[model.name] ?? [];
  const jinja = HIDDEN_JINJA[model.name] ?? [];
  const lines = [];
  lines.push(`-- ${model.description ?? model.name}`);
  const materialized = model.layer === 'staging' ? 'view' : 'table';
  lines.push(`{{ config(materialized='${materialized}') }}`);
  lines.push('');
  const froms = [...reads, ...literal].map((name, i) => ({
    name,
    alias: alias(name.split('.').pop(), i),
  }));
  if (jinja.length > 0) {
    lines.push(`{% set identity_inputs = [${jinja.map((n) => `'${n}'`).join(', ')}] %}`);
    lines.push('');
  }
  if (froms.length === 0 && jinja.length === 0) {
    lines.push('select cast(null as varchar) as user_id, current_timestamp as loaded_at');
    return lines.join('\n') + '\n';
  }
  lines.push('with');
  const ctes = froms.map(
    (from) => `${from.alias} as (\n    select * from ${relation(from.name)}\n)`,
  );
  if (jinja.length > 0) {
    ctes.push(
      [
        'extra_identities as (',
        '    {% for input in identity_inputs %}',
        "    select user_id, '{{ input }}' as matched_by from {{ ref(input) }}",
        '    {% if not loop.last %}union all{% endif %}',
        '    {% endfor %}',
        ')',
      ].join('\n'),
    );
  }
  lines.push(ctes.join(',\n\n'));
  lines.push('');
  const first = froms[0]?.alias ?? 'extra_identities';
  const columns = [`    ${first}.user_id`];
  if (CALLS_CLICK_IDS.has(model.name))
    columns.push(`    {{ get_click_ids('${first}') }} as click_id`);
  if (READS_LOOKBACK.has(model.name))
    columns.push(`    {{ var('attribution_lookback_days') }} as lookback_days`);
  columns.push(`    ${first}.loaded_at`);
  lines.push('select');
  lines.push(columns.join(',\n'));
  lines.push(`from ${first}`);
  for (const from of froms.slice(1)) {
    lines.push(`left join ${from.alias} on ${from.alias}.user_id = ${first}.user_id`);
  }
  if (jinja.length > 0 && froms.length > 0)
    lines.push(`left join extra_identities on extra_identities.user_id = ${first}.user_id`);
  return lines.join('\n') + '\n';
}

const files = new Map();
files.set(
  'dbt_project.yml',
  [
    "name: 'acme_analytics'",
    "version: '1.0.0'",
    "profile: 'acme_analytics'",
    "model-paths: ['models']",
    "macro-paths: ['macros']",
    "seed-paths: ['seeds']",
    'vars:',
    '  attribution_lookback_days: 90',
    'models:',
    '  acme_analytics:',
    '    +materialized: view',
    '',
  ].join('\n'),
);
files.set(
  'macros/click_ids.sql',
  [
    '{# The click ID a conversion is attributed to: the first one the visit carried. #}',
    '{% macro get_click_ids(relation) -%}',
    '    coalesce({{ relation }}.gclid, {{ relation }}.fbclid, {{ relation }}.rdt_cid)',
    '{%- endmacro %}',
    '',
  ].join('\n'),
);
files.set(
  'models/staging/posthog/_sources.yml',
  [
    'version: 2',
    'sources:',
    ...Object.entries(SOURCES).flatMap(([source, tables]) => [
      `  - name: ${source}`,
      '    tables:',
      ...tables.map((table) => `      - name: ${table}`),
    ]),
    '',
  ].join('\n'),
);
for (const seed of SEEDS) files.set(`seeds/${seed}.csv`, 'id,name\n1,example\n');
for (const model of models) files.set(model.path, modelSql(model));
files.set(
  UNLISTED.path,
  modelSql({
    name: UNLISTED.name,
    layer: 'reporting',
    description: 'Balance per user.',
    upstream_dependencies: UNLISTED.reads,
  }),
);
for (const name of [...inputs.values()].flatMap((set) => [...set])) {
  if (!byName.has(name) && !name.includes('.') && !SEEDS.includes(name) && name !== UNLISTED.name)
    throw new Error(
      `the demo inventory reads ${name}, which is neither a model, a source nor a seed`,
    );
}

// The pull request of the demo (examples/demo/pr/, laid over the project): identity resolution
// drops users without a backend id, and the click-ID macro learns Bing's msclkid.
const IDENTITY = 'models/intermediate/users/int_identity__resolution.sql';
const pr = new Map([
  [IDENTITY, files.get(IDENTITY) + 'where stg_kilocode__user_ident_1.user_id is not null\n'],
  [
    'macros/click_ids.sql',
    files
      .get('macros/click_ids.sql')
      .replace('{{ relation }}.fbclid,', '{{ relation }}.fbclid, {{ relation }}.msclkid,'),
  ],
]);

async function write(root, entries) {
  await rm(root, { recursive: true, force: true });
  for (const [path, text] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}
await write(OUT, files);
await write('examples/demo/pr', pr);
console.log(`Wrote ${files.size} files to ${OUT}/ and ${pr.size} to examples/demo/pr/.`);
