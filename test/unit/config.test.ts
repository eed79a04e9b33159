import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/schema.js';

const errorOf = async (yaml: string) => {
  try {
    await parseConfig(yaml, '.github/blast-radius.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a config error');
};

describe('config', () => {
  it('holds every default in one schema', () => {
    expect(defaultConfig()).toEqual({
      inventory: 'dbt_model_inventory.json',
      'attribution-layers': ['identity', 'signal', 'attribution', 'channel'],
      'layer-order': [
        'staging',
        'identity',
        'signal',
        'attribution',
        'channel',
        'aggregation',
        'reporting',
      ],
      'fail-on': 'error',
      rules: {},
      exposures: [],
      'max-blast-radius': null,
      ignore: [],
      'acknowledge-label': 'blast-radius-acknowledged',
      comment: 'auto',
      'comment-author': 'github-actions[bot]',
      suggestions: 'auto',
      layers: {},
      lineage: ['auto'],
      columns: { analyse: true, dialect: null, vars: {}, 'max-models': 200 },
      'per-change-budget': 25_000_000,
    });
  });

  it('checks the columns key, with the line and a did-you-mean', async () => {
    const config = await parseConfig(
      'columns:\n  dialect: bigquery\n  vars:\n    claims_enabled: true\n',
      '.github/blast-radius.yml',
    );
    expect(config.columns).toEqual({
      analyse: true,
      dialect: 'bigquery',
      vars: { claims_enabled: true },
      'max-models': 200,
    });
    await expect(
      parseConfig('columns:\n  dialekt: bigquery\n', '.github/blast-radius.yml'),
    ).rejects.toThrow(/did you mean "dialect"/);
    await expect(
      parseConfig('columns:\n  dialect: oracle\n', '.github/blast-radius.yml'),
    ).rejects.toThrow(/columns\.dialect/);
  });

  it('reads YAML and lets overrides win', async () => {
    const config = await parseConfig(
      'fail-on: warning\nmax-blast-radius: 50\nrules:\n  lineage/asymmetric-edge: off\nexposures:\n  - name: Ads\n    models: ["conversion_events__*"]\n',
      'c.yml',
      { 'fail-on': 'never' },
    );
    expect(config['fail-on']).toBe('never');
    expect(config['max-blast-radius']).toBe(50);
    expect(config.rules).toEqual({ 'lineage/asymmetric-edge': 'off' });
    expect(config.exposures).toEqual([{ name: 'Ads', models: ['conversion_events__*'] }]);
  });

  it('treats an empty file as all defaults', async () => {
    expect(await parseConfig('', 'c.yml')).toEqual(defaultConfig());
  });

  it('rejects unknown keys with a did-you-mean and the line', async () => {
    expect(await errorOf('inventory: inv.json\nfail_on: warning\n')).toBe(
      '.github/blast-radius.yml:2: fail_on: unknown key "fail_on" — did you mean "fail-on"? (allowed: inventory, attribution-layers, layer-order, fail-on, rules, exposures, max-blast-radius, ignore, acknowledge-label, comment, comment-author, suggestions, layers, lineage, columns, per-change-budget)',
    );
  });

  it('rejects unknown rules and bad severities with their paths and lines', async () => {
    const message = await errorOf('rules:\n  attribution/changd: error\n  lineage/cycle: loud\n');
    expect(message).toContain(
      'unknown rule "attribution/changd" — did you mean "attribution/changed"? (allowed: inventory/invalid,',
    );
    expect(message).toMatch(
      /^\.github\/blast-radius\.yml:2: rules\.attribution\/changd: unknown rule/,
    );
    expect(message.split('\n')[1]).toBe(
      '.github/blast-radius.yml:3: rules.lineage/cycle: "loud" is not one of error, warning, notice, off',
    );
  });

  it('explains wrong types and YAML syntax errors', async () => {
    expect(await errorOf('max-blast-radius: many\n')).toBe(
      '.github/blast-radius.yml:1: max-blast-radius: expected a whole number, or none for no limit; got "many"',
    );
    expect(await errorOf('exposures: [\n')).toMatch(
      /^\.github\/blast-radius\.yml:\d+:\d+: invalid YAML: /,
    );
    expect(await errorOf('- a\n- b\n')).toBe(
      '.github/blast-radius.yml: the config must be a mapping of keys to values',
    );
  });
});

describe('config as the README documents it', () => {
  it('accepts max-blast-radius: none and comma-separated name lists', async () => {
    const config = await parseConfig(
      'max-blast-radius: none\nattribution-layers: identity, signal ,attribution\nignore: "models/admin/**"\n',
      'c.yml',
    );
    expect(config['max-blast-radius']).toBeNull();
    expect(config['attribution-layers']).toEqual(['identity', 'signal', 'attribution']);
    expect(config.ignore).toEqual(['models/admin/**']);
    expect((await parseConfig('max-blast-radius: Off\n', 'c.yml'))['max-blast-radius']).toBeNull();
  });

  it('still rejects a list of only separators', async () => {
    expect(await errorOf('attribution-layers: " , "\n')).toMatch(
      /^\.github\/blast-radius\.yml:1: attribution-layers: /,
    );
  });

  it('gives enum typos a did-you-mean, one located line each', async () => {
    const message = await errorOf(
      'fail-on: Warning\ncomment: allways\nrules:\n  lineage/cycle: eror\n',
    );
    expect(message.split('\n')).toEqual([
      '.github/blast-radius.yml:1: fail-on: "Warning" is not one of error, warning, never — did you mean "warning"?',
      '.github/blast-radius.yml:2: comment: "allways" is not one of auto, always, never — did you mean "always"?',
      '.github/blast-radius.yml:4: rules.lineage/cycle: "eror" is not one of error, warning, notice, off — did you mean "error"?',
    ]);
  });

  it('says each unknown key on its own line with its own line number', async () => {
    const message = await errorOf('inventory: a.json\nfail_on: warning\nignor: []\n');
    const lines = message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\.github\/blast-radius\.yml:2: fail_on: unknown key "fail_on" — did you mean "fail-on"\?/,
    );
    expect(lines[1]).toMatch(
      /^\.github\/blast-radius\.yml:3: ignor: unknown key "ignor" — did you mean "ignore"\?/,
    );
  });
});
