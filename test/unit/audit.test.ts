import { describe, expect, it } from 'vitest';
import { buildAuditReport } from '../../src/audit/audit.js';
import { defaultConfig, type Config } from '../../src/config/schema.js';
import { parseInventory } from '../../src/inventory/parse.js';
import { renderAudit } from '../../src/render/markdown/audit.js';
import { isSourceName, nodeKind } from '../../src/rules/consistency.js';
import { inventoryOf, m } from '../helpers.js';

function audit(models: readonly unknown[], config: Partial<Config> = {}, minified = false) {
  const inventory = minified
    ? parseInventory(JSON.stringify({ models }), 'inventory.json')
    : inventoryOf(models);
  return buildAuditReport(
    { inventoryPath: 'inventory.json', ref: 'main', inventory, toolVersion: '0.0.0-test' },
    { ...defaultConfig(), ...config },
  );
}

/** Many models that read the same source tables and one seed, as real projects do. */
function sourceHeavy(count: number) {
  return Array.from({ length: count }, (_, i) =>
    m(`stg_${i}`, 'staging', {
      upstream_dependencies: [`raw_app.table_${i}`, 'raw_app.users', 'country_codes'],
    }),
  );
}

describe('the audit of a source-heavy project', () => {
  it('counts schema.table names as sources, not unknown references', () => {
    const report = audit(sourceHeavy(40), { 'attribution-layers': [] });
    expect(report.audit.externals).toBe(42);
    expect(report.audit.sources).toBe(41);
    const unknown = report.findings.filter((f) => f.rule === 'lineage/unknown-reference');
    // One finding for the one unknown name, not one per referencing model.
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ model: 'stg_0', severity: 'notice' });
    expect(unknown[0]?.message).toBe(
      '`country_codes` is listed by 40 models (`stg_0`, `stg_1`, `stg_2` and 37 more) but is not a model of the inventory (kept as an external node)',
    );
    expect(unknown[0]?.related).toHaveLength(40);
  });

  it('caps the referencing models a grouped finding carries', () => {
    const report = audit(sourceHeavy(120), { 'attribution-layers': [] });
    const [unknown] = report.findings.filter((f) => f.rule === 'lineage/unknown-reference');
    expect(unknown?.message).toContain('listed by 120 models');
    expect(unknown?.related).toHaveLength(50);
  });

  it('gives the JSON path of a finding in a minified inventory, where every line is 1', () => {
    const report = audit(sourceHeavy(3), { 'attribution-layers': [] }, true);
    const [unknown] = report.findings.filter((f) => f.rule === 'lineage/unknown-reference');
    expect(unknown).toMatchObject({ line: 1, jsonPath: 'models[0].upstream_dependencies[2]' });
    const markdown = renderAudit(report);
    expect(markdown).toContain('(at `models[0].upstream_dependencies[2]`)');
    expect(markdown).not.toContain(', line 1)');
  });

  it('puts the tables before the findings, and judges no merge', () => {
    const models = [...sourceHeavy(5), m('rep', 'reporting', { downstream_consumers: ['stg_0'] })];
    const markdown = renderAudit(audit(models, { 'attribution-layers': [] }));
    const at = (heading: string) => {
      const i = markdown.indexOf(heading);
      expect(i, heading).toBeGreaterThan(-1);
      return i;
    };
    expect(at('#### Models by layer')).toBeLessThan(at('#### Consistency findings'));
    expect(at('#### Metadata coverage by layer')).toBeLessThan(at('#### Consistency findings'));
    expect(markdown).toContain('The inventory passes the audit');
    expect(markdown).not.toMatch(/merg/i);
    expect(markdown).not.toContain('This check');
    // Advice the inventory format lets a user follow: no "declare sources" it has no field for.
    expect(markdown).toContain('write each source as `source_name.table_name`');
    expect(markdown).not.toContain('declare sources');
  });
});

describe('node kinds', () => {
  it('tells models, sources and unknown names apart', () => {
    const models = new Set(['orders', 'odd.model']);
    expect(nodeKind('orders', models)).toBe('model');
    expect(nodeKind('odd.model', models)).toBe('model');
    expect(nodeKind('raw.orders', models)).toBe('source');
    expect(nodeKind('seed_countries', models)).toBe('unknown');
    expect(['.x', 'x.', '.', 'a.b.c'].map(isSourceName)).toEqual([false, false, false, true]);
  });
});
