import { describe, expect, it } from 'vitest';
import { buildAuditReport } from '../../src/audit/audit.js';
import { defaultConfig, type Config } from '../../src/config/schema.js';
import { renderAudit } from '../../src/render/markdown/audit.js';
import { configFindings } from '../../src/rules/config-rules.js';
import { diff, inventoryOf, m } from '../helpers.js';

const models = [
  m('stg_events', 'staging'),
  m('conversion_events__signup', 'signal', { upstream_dependencies: ['stg_events'] }),
  m('conversion_events__purchase', 'signal', { upstream_dependencies: ['stg_events'] }),
  m('last_touch', 'attribution', { upstream_dependencies: ['conversion_events__signup'] }),
  m('admin_users', 'reporting', { path: 'models/admin/admin_users.sql' }),
];

const config = (settings: Partial<Config>): Config => ({
  ...defaultConfig(),
  'attribution-layers': ['signal', 'attribution'],
  ...settings,
});

const matchesNothing = (findings: readonly { rule: string }[]) =>
  findings.filter((f) => f.rule === 'config/matches-nothing');

describe('config/matches-nothing', () => {
  it('warns about an exposure pattern with a typo, with a did-you-mean', () => {
    const findings = configFindings(
      config({
        exposures: [
          { name: 'Ad syncs', models: ['conversion_events__signup', 'conversion_event__*'] },
        ],
      }),
      models,
      { file: '.github/blast-radius.yml', lineOf: (path) => (path[0] === 'exposures' ? 7 : 1) },
    );
    expect(findings.map(({ parts: _parts, ...rest }) => rest)).toEqual([
      {
        rule: 'config/matches-nothing',
        severity: 'warning',
        model: null,
        message:
          'exposure "Ad syncs": the pattern `conversion_event__*` (exposures[0].models[1] in .github/blast-radius.yml) matches no model name, so the exposure is never reported — did you mean `conversion_events__*`?',
        file: '.github/blast-radius.yml',
        line: 7,
        jsonPath: 'exposures[0].models[1]',
      },
    ]);
  });

  it('suggests the closest model name for a pattern without glob characters', () => {
    const [finding] = configFindings(
      config({ exposures: [{ name: 'x', models: ['last_touh'] }] }),
      models,
    );
    expect(finding?.message).toContain('did you mean `last_touch`?');
    expect(finding).toMatchObject({ file: null, line: null });
  });

  it('warns about an ignore glob that matches no model path', () => {
    const findings = configFindings(
      config({ ignore: ['models/admn/**', 'models/admin/**'] }),
      models,
    );
    expect(findings.map((f) => [f.jsonPath, f.message])).toEqual([
      [
        'ignore[0]',
        'the ignore pattern `models/admn/**` (ignore[0]) matches no model path, so it ignores nothing — did you mean `models/admin/**`?',
      ],
    ]);
  });

  it('warns about an attribution layer no model has', () => {
    const findings = configFindings(
      config({ 'attribution-layers': ['signal', 'atribution'] }),
      models,
    );
    expect(findings.map((f) => [f.severity, f.jsonPath, f.message])).toEqual([
      [
        'warning',
        'attribution-layers[1]',
        'the attribution layer `atribution` (attribution-layers[1]) is the layer of no model, so no model is checked as attribution there — did you mean `attribution`?',
      ],
    ]);
  });

  it('says once, as a notice, when no model is in any default attribution layer', () => {
    const plain = [m('orders', 'marts'), m('stg_orders', 'staging')];
    const findings = configFindings(defaultConfig(), plain);
    expect(findings.map((f) => [f.severity, f.jsonPath])).toEqual([
      ['notice', 'attribution-layers'],
    ]);
    // Defaults partly present are the tool's guess, not a typo: nothing to say.
    expect(configFindings(defaultConfig(), models)).toEqual([]);
    expect(configFindings({ ...defaultConfig(), 'attribution-layers': [] }, plain)).toEqual([]);
  });

  it('leaves an empty inventory to the inventory rules', () => {
    expect(configFindings(config({ ignore: ['x/**'] }), [])).toEqual([]);
  });

  it('says nothing when every setting matches', () => {
    expect(
      configFindings(
        config({
          exposures: [{ name: 'x', models: ['conversion_events__*'] }],
          ignore: ['**/admin/**'],
        }),
        models,
      ),
    ).toEqual([]);
  });

  it('keeps the suggestion search bounded on a hostile inventory', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      m(`${'x'.repeat(150)}_${i}`, `layer_${i}`),
    );
    const findings = configFindings(
      config({
        exposures: [{ name: 'x', models: [`${'x'.repeat(150)}_y*`] }],
        'attribution-layers': ['nope'],
      }),
      many,
    );
    expect(findings.map((f) => f.jsonPath)).toEqual([
      'exposures[0].models[0]',
      'attribution-layers[0]',
    ]);
  });

  it('is part of the audit and of the diff', () => {
    const settings = config({ exposures: [{ name: 'Ad syncs', models: ['conversion_event__*'] }] });
    const audit = buildAuditReport(
      {
        inventoryPath: 'inventory.json',
        ref: 'main',
        inventory: inventoryOf(models),
        toolVersion: '0.0.0-test',
        config: { file: 'blast-radius.yml' },
      },
      settings,
    );
    expect(matchesNothing(audit.findings)).toMatchObject([
      { severity: 'warning', file: 'blast-radius.yml', jsonPath: 'exposures[0].models[0]' },
    ]);
    expect(audit.summary.warnings).toBe(1);
    const markdown = renderAudit(audit);
    expect(markdown).toContain('#### Consistency findings (1)');
    expect(markdown).toContain('did you mean `conversion_events__*`?');
    expect(markdown).not.toContain('(at `exposures');
    expect(markdown).toContain(
      '1. 1 configuration setting selects no model, so the check it configures is off',
    );

    const report = diff({
      base: models,
      head: models,
      changed: ['models/staging/stg_events.sql'],
      config: { ...settings, 'fail-on': 'warning' },
    });
    expect(matchesNothing(report.findings)).toHaveLength(1);
    expect(report.summary.verdict).toBe('fail');

    // Default attribution layers that match nothing: said by the audit, not on every diff.
    const plain = [m('orders', 'marts'), m('stg_orders', 'staging')];
    expect(diff({ base: plain, head: plain }).findings).toEqual([]);
  });
});
