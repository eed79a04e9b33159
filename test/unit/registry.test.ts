// The rule registry (src/rules/registry.ts): every rule registered once, beside its code, with a
// check for each run it declares; the docs table says exactly what the registry says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAuditReport } from '../../src/audit/audit.js';
import { configSchema, defaultConfig } from '../../src/config/schema.js';
import { RULE_NAMES, RULES, type RuleName } from '../../src/rules/catalog.js';
import { rulesTable, rulesTableIn, tableRows } from '../../src/rules/docs-table.js';
import { CHECKS, RULE_SPECS } from '../../src/rules/registry.js';
import { MODES, type RuleSpec } from '../../src/rules/rule.js';
import { diff, inventoryOf, m } from '../helpers.js';

const specs: readonly RuleSpec[] = RULE_SPECS;

describe('the rule registry', () => {
  it('registers each rule once, keyed by its id, in the order RULE_NAMES lists', () => {
    const ids = specs.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(RULE_NAMES).toEqual(ids);
    for (const spec of specs) expect(RULES[spec.id as RuleName]).toBe(spec);
  });

  it('gives every rule a category (its id prefix), modes, a summary and a fix hint', () => {
    for (const spec of specs) {
      expect(spec.id.split('/')[0], spec.id).toBe(spec.category);
      expect(spec.modes.length, spec.id).toBeGreaterThan(0);
      expect(new Set(spec.modes).size, spec.id).toBe(spec.modes.length);
      for (const mode of spec.modes) expect(MODES).toContain(mode);
      expect(spec.summary.trim(), spec.id).not.toBe('');
      expect(spec.fix.trim(), spec.id).not.toBe('');
    }
  });

  it('has a check for every run a rule declares, and none for a run it does not', () => {
    const problems: string[] = [];
    const reportedBy = new Map<string, number>();
    for (const check of CHECKS) {
      for (const rule of check.rules) {
        reportedBy.set(rule, (reportedBy.get(rule) ?? 0) + 1);
        const spec = RULES[rule];
        if (!spec) {
          problems.push(`a check reports the unregistered rule ${rule}`);
          continue;
        }
        for (const mode of MODES) {
          if (check[mode] && !(spec.modes as readonly string[]).includes(mode))
            problems.push(`${rule}: a check runs in ${mode}, which the rule does not declare`);
        }
      }
    }
    for (const spec of specs) {
      const count = reportedBy.get(spec.id) ?? 0;
      if (spec.planned) {
        if (count > 0) problems.push(`${spec.id} is planned but a check reports it`);
        continue;
      }
      if (count !== 1) problems.push(`${spec.id} is reported by ${count} checks, not one`);
      for (const mode of spec.modes) {
        if (!CHECKS.some((check) => check.rules.includes(spec.id as RuleName) && check[mode]))
          problems.push(`${spec.id} declares ${mode}, but no check runs it there`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('registers the rules of code lineage ahead of their code', () => {
    expect(RULES['lineage/inventory-drift']).toMatchObject({
      severity: 'warning',
      category: 'lineage',
      modes: ['diff', 'audit'],
    });
    expect(RULES['lineage/dynamic-ref'].severity).toBe('notice');
    expect(RULES['lineage/ambiguous-ref'].severity).toBe('warning');
    expect(RULES['project/invalid']).toMatchObject({ severity: 'warning', category: 'project' });
  });

  it('lets the configuration set the severity of every registered rule', () => {
    const rules = Object.fromEntries(RULE_NAMES.map((rule) => [rule, 'off']));
    expect(configSchema.parse({ rules }).rules).toEqual(rules);
  });

  it('reports, in a diff and an audit, only rules that declare that run', () => {
    const head = [
      m('stg_a', 'staging', { downstream_consumers: ['id_b', 'ghost'] }),
      m('id_b', 'identity', {
        description: 'changed',
        upstream_dependencies: ['stg_a', 'rep_c'],
        downstream_consumers: ['rep_c'],
      }),
      m('rep_c', 'reporting', {
        upstream_dependencies: ['id_b', 'old_x'],
        downstream_consumers: [],
      }),
    ];
    const base = [
      m('stg_a', 'staging', { downstream_consumers: ['id_b'] }),
      m('id_b', 'identity', { upstream_dependencies: ['stg_a'], downstream_consumers: ['rep_c'] }),
      m('rep_c', 'reporting', { upstream_dependencies: ['id_b'] }),
      m('old_x', 'staging'),
    ];
    const config = {
      exposures: [{ name: 'Dashboards', models: ['rep_*'] }],
      'max-blast-radius': 0,
      ignore: ['models/nothing/**'],
    };
    const report = diff({
      base,
      head,
      changed: ['models/identity/id_b.sql', 'macros/util.sql'],
      config,
    });
    const audit = buildAuditReport(
      {
        inventoryPath: 'inventory.json',
        ref: 'main',
        inventory: inventoryOf(head),
        toolVersion: '0',
      },
      { ...defaultConfig(), ...config },
    );
    for (const [mode, findings] of [
      ['diff', report.findings],
      ['audit', audit.findings],
    ] as const) {
      const rules = new Set(findings.map((finding) => finding.rule));
      expect(rules.size, mode).toBeGreaterThan(4);
      for (const rule of rules) expect(RULES[rule].modes, `${rule} in ${mode}`).toContain(mode);
    }
  });
});

describe('the rules table of docs/configuration.md', () => {
  const doc = readFileSync('docs/configuration.md', 'utf8');
  const table = rulesTableIn(doc);

  it('is marked', () => {
    expect(table).toBeDefined();
  });

  it('documents every registered rule with its default severity, and no other', () => {
    const documented = Object.fromEntries(
      tableRows(table ?? '')
        .slice(1)
        .map(([rule, severity]) => [rule!.replace(/`/g, ''), severity]),
    );
    const registered = Object.fromEntries(specs.map((spec) => [spec.id, spec.severity]));
    expect(documented, 'run "npm run docs:rules"').toEqual(registered);
  });

  it('says exactly what the registry says (run "npm run docs:rules" after a change)', () => {
    expect(tableRows(table ?? '')).toEqual(tableRows(rulesTable(specs)));
  });
});
