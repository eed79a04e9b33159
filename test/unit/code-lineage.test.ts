// Code lineage in the engine: the project's code at both commits, united with the inventory.
import { describe, expect, it } from 'vitest';
import { configWith } from '../../src/config/load.js';
import { parseInventory } from '../../src/inventory/parse.js';
import { createScanCache, diffScans, scanRepository } from '../../src/project/index.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import { renderComment } from '../../src/render/markdown/comment.js';

type Files = Record<string, string>;

const PROJECT =
  "name: 'shop'\nmodel-paths: ['models']\nmacro-paths: ['macros']\nvars:\n  lookback: 30\n";

/** A small project: stg_orders → orders → revenue (attribution), a macro orders calls. */
function baseFiles(): Files {
  return {
    'dbt_project.yml': PROJECT,
    'macros/ids.sql':
      '{% macro click_id(r) %}coalesce({{ r }}.gclid, {{ r }}.fbclid){% endmacro %}\n',
    'models/stg_orders.sql': 'select 1 as id\n',
    'models/stg_users.sql': 'select 1 as user_id\n',
    'models/orders.sql': "select {{ click_id('o') }} as click from {{ ref('stg_orders') }} o\n",
    'models/revenue.sql': "select * from {{ ref('orders') }} where d > {{ var('lookback') }}\n",
    'models/report.sql': "select * from {{ ref('revenue') }}\n",
  };
}

const INVENTORY = {
  models: [
    { name: 'stg_orders', path: 'models/stg_orders.sql', layer: 'staging', description: '' },
    { name: 'stg_users', path: 'models/stg_users.sql', layer: 'staging', description: '' },
    {
      name: 'orders',
      path: 'models/orders.sql',
      layer: 'signal',
      description: '',
      upstream_dependencies: ['stg_orders'],
    },
    // revenue and report: the inventory never recorded their inputs.
    { name: 'revenue', path: 'models/revenue.sql', layer: 'attribution', description: '' },
    { name: 'report', path: 'models/report.sql', layer: 'reporting', description: '' },
  ],
};

function diff(base: Files, head: Files, inventory: object | null = INVENTORY) {
  const cache = createScanCache();
  const baseScan = scanRepository(new Map(Object.entries(base)), { cache });
  const headScan = scanRepository(new Map(Object.entries(head)), { cache });
  const text = inventory ? JSON.stringify(inventory, null, 2) : null;
  const parsed = text === null ? null : parseInventory(text, 'inventory.json');
  const changedFiles = Object.keys({ ...base, ...head })
    .filter((path) => base[path] !== head[path])
    .map((path) => ({
      status: base[path] === undefined ? 'A' : head[path] === undefined ? 'D' : 'M',
      path,
    }));
  return buildDiffReport(
    {
      inventoryPath: 'inventory.json',
      base: { ref: 'base', inventory: parsed },
      head: { ref: 'head', inventory: parsed },
      changedFiles,
      toolVersion: '0',
      code: { base: baseScan, head: headScan, changes: diffScans(baseScan, headScan) },
    },
    configWith({ 'attribution-layers': ['attribution'] }),
  );
}

describe('code lineage in the diff', () => {
  it('follows refs the inventory never recorded, and says which steps only the code proves', () => {
    const head = { ...baseFiles(), 'models/stg_orders.sql': 'select 2 as id\n' };
    const report = diff(baseFiles(), head);
    expect(report.changes.map((c) => [c.model, c.reasons])).toEqual([['stg_orders', ['sql']]]);
    const impacted = Object.fromEntries(report.impact.models.map((m) => [m.model, m]));
    expect(Object.keys(impacted).sort()).toEqual(['orders', 'report', 'revenue']);
    expect(impacted.orders!.notInInventory).toBeUndefined();
    expect(impacted.orders!.provenance).toEqual([['inventory', 'sql']]);
    expect(impacted.revenue!.notInInventory).toBe(true);
    expect(report.findings.map((f) => f.rule)).toContain('attribution/impacted');
    expect(report.lineage?.sources).toEqual(['inventory', 'code']);
  });

  it('a ref hidden past the Jinja limits fails the check, located (fail closed)', () => {
    const head = {
      ...baseFiles(),
      // the loop spends the whole work budget before the ref that would reach attribution
      'models/stg_users.sql':
        "{% for i in range(100000) %}{% for j in range(100) %}{% endfor %}{% endfor %}\nselect * from {{ ref('revenue') }}\n",
    };
    const report = diff(baseFiles(), head);
    const incomplete = report.findings.filter((f) => f.rule === 'lineage/incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({
      severity: 'error',
      file: 'models/stg_users.sql',
      line: 1,
    });
    expect(report.summary.verdict).toBe('fail');
    // the comment says where, so two files given up read apart
    expect(renderComment(report)).toContain('`models/stg_users.sql:1`: too much Jinja to evaluate');
    // a file already past the limit at the base, edited: what the edit put past it is unknown
    const appended = {
      ...head,
      'models/stg_users.sql': `${head['models/stg_users.sql']}union all select * from {{ ref('report') }}\n`,
    };
    expect(diff(head, appended).findings).toContainEqual(
      expect.objectContaining({ rule: 'lineage/incomplete', file: 'models/stg_users.sql' }),
    );
    // past the limit through a macro: the model's file is untouched, its code changed
    const loop = '{% for i in range(100000) %}{% for j in range(100) %}{% endfor %}{% endfor %}';
    const viaMacro = {
      ...baseFiles(),
      'macros/big.sql': `{% macro big() %}${loop}{% endmacro %}\n`,
      'models/revenue.sql': `${baseFiles()['models/revenue.sql']}{{ big() }}\n`,
    };
    const macroEdited = {
      ...viaMacro,
      'macros/big.sql': `{% macro big() %}${loop}{{ ref('stg_users') }}{% endmacro %}\n`,
    };
    const throughMacro = diff(viaMacro, macroEdited);
    expect(throughMacro.findings).toContainEqual(
      expect.objectContaining({ rule: 'lineage/incomplete', file: 'models/revenue.sql' }),
    );
    expect(throughMacro.summary.verdict).toBe('fail');
    // the same limit already at the base, in a file the change does not touch: not its doing
    expect(diff(head, { ...head, 'models/report.sql': 'select 2\n' }).findings).not.toContainEqual(
      expect.objectContaining({ rule: 'lineage/incomplete' }),
    );
  });

  it('a comment or whitespace edit anchors nothing', () => {
    const head = {
      ...baseFiles(),
      'models/orders.sql':
        "-- a comment\nselect   {{ click_id('o') }} as click\nfrom {{ ref('stg_orders') }} o\n",
    };
    const report = diff(baseFiles(), head);
    expect(report.changes.map((c) => [c.model, c.reasons, c.metadataOnly])).toEqual([
      ['orders', ['sql-format'], true],
    ]);
    expect(report.impact.models).toEqual([]);
  });

  it('a macro edit reaches the models that call it and their downstream', () => {
    const head = {
      ...baseFiles(),
      'macros/ids.sql':
        '{% macro click_id(r) %}coalesce({{ r }}.gclid, {{ r }}.msclkid, {{ r }}.fbclid){% endmacro %}\n',
    };
    const report = diff(baseFiles(), head);
    expect(report.changes.map((c) => [c.model, c.reasons, c.macros])).toEqual([
      ['orders', ['macro'], ['click_id']],
    ]);
    expect(report.impact.models.map((m) => m.model).sort()).toEqual(['report', 'revenue']);
    expect(report.lineage?.macros.map((m) => [m.macro, m.callers])).toEqual([['click_id', 1]]);
  });

  it("a var's new value reaches the models that read it", () => {
    const head = { ...baseFiles(), 'dbt_project.yml': PROJECT.replace('30', '90') };
    const report = diff(baseFiles(), head);
    expect(report.changes.map((c) => [c.model, c.reasons])).toEqual([['revenue', ['var']]]);
    expect(report.impact.models.map((m) => m.model)).toEqual(['report']);
  });

  it('reports the drift a change introduces: a new ref the inventory entry does not list', () => {
    const head = {
      ...baseFiles(),
      'models/orders.sql':
        "select {{ click_id('o') }} as click from {{ ref('stg_orders') }} o join {{ ref('stg_users') }} u on true\n",
    };
    const report = diff(baseFiles(), head);
    const drift = report.findings.filter((f) => f.rule === 'lineage/inventory-drift');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.message).toContain('stg_users');
    expect(drift[0]!.line).toBeGreaterThan(1);
    // Drift the base already had (revenue and report list nothing) is the audit's business.
    expect(drift[0]!.model).toBe('orders');
    // The fix, as a patch of the inventory and the command that writes it.
    expect(report.drift?.models).toEqual(['orders']);
    expect(report.drift?.patch).toMatch(/^\+ +"stg_users"/m);
    expect(report.drift?.patch).toContain('"stg_users"');
    expect(report.drift?.command).toBe(
      'blast-radius inventory sync --write --inventory inventory.json',
    );
  });

  it('works on the code alone when the repository has no inventory', () => {
    const head = { ...baseFiles(), 'models/stg_orders.sql': 'select 3 as id\n' };
    const report = diff(baseFiles(), head, null);
    expect(report.changes.map((c) => c.model)).toEqual(['stg_orders']);
    expect(report.impact.models.map((m) => m.model).sort()).toEqual([
      'orders',
      'report',
      'revenue',
    ]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('code lineage in the audit', () => {
  it('lists all drift and measures how true the inventory is to the code', async () => {
    const { buildAuditReport } = await import('../../src/audit/audit.js');
    const { renderAudit } = await import('../../src/render/markdown/index.js');
    const scan = scanRepository(new Map(Object.entries(baseFiles())));
    const inventory = parseInventory(JSON.stringify(INVENTORY, null, 2), 'inventory.json');
    const report = buildAuditReport(
      { inventoryPath: 'inventory.json', ref: 'main', inventory, toolVersion: '0', code: scan },
      configWith({ 'attribution-layers': ['attribution'] }),
    );
    const truth = report.audit.lineage!;
    // Code edges: stg_orders → orders (recorded), orders → revenue, revenue → report (not).
    expect([truth.coverage.total, truth.coverage.recorded]).toEqual([3, 1]);
    expect(truth.unlistedCount).toBe(0);
    const top = truth.underReported.models[0]!;
    expect(top.code).toBeGreaterThan(top.inventory);
    expect(report.findings.some((f) => f.rule === 'lineage/inventory-drift')).toBe(false);
    const markdown = renderAudit(report, {});
    expect(markdown).toContain('Lineage truth');
    expect(markdown).toContain('records 33% of the code');
  });
});

describe('names a reviewer cannot tell apart', () => {
  it('flags a new name that differs from another only by an invisible character', () => {
    const base = { models: [{ name: 'canonical_users', path: 'a.sql', layer: 'identity' }] };
    const head = {
      models: [...base.models, { name: 'canonical_users\u200b', path: 'b.sql', layer: 'identity' }],
    };
    const report = buildDiffReport(
      {
        inventoryPath: 'inventory.json',
        base: { ref: 'a', inventory: parseInventory(JSON.stringify(base), 'inventory.json') },
        head: { ref: 'b', inventory: parseInventory(JSON.stringify(head), 'inventory.json') },
        changedFiles: [],
        toolVersion: '0',
      },
      configWith({}),
    );
    const found = report.findings.filter((f) => f.rule === 'inventory/confusable-names');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
  });
});

describe('code lineage in the PR comment', () => {
  it('says why a model changed, marks code-only paths, lists cosmetic edits apart and shows the drift fix', async () => {
    const { renderComment } = await import('../../src/render/markdown/index.js');
    const head = {
      ...baseFiles(),
      'macros/ids.sql':
        '{% macro click_id(r) %}coalesce({{ r }}.gclid, {{ r }}.msclkid){% endmacro %}\n',
      'models/stg_users.sql': '-- reformatted\nselect   1 as user_id\n',
      'models/orders.sql':
        "select {{ click_id('o') }} as click from {{ ref('stg_orders') }} o join {{ ref('stg_users') }} u on true\n",
    };
    const markdown = renderComment(diff(baseFiles(), head), {});
    expect(markdown).toContain('calls `click_id`, which changed');
    expect(markdown).toContain('(not in the inventory)');
    expect(markdown).toContain('`stg_users` (staging) — whitespace or comments only (cosmetic)');
    expect(markdown).toContain('Inventory drift this change introduces: the fix (1 model)');
    expect(markdown).toMatch(/```diff\n[\s\S]*"stg_users"[\s\S]*```/);
    expect(markdown).toContain('`blast-radius inventory sync --write --inventory inventory.json`');
  });
});
