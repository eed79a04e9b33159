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
      'per-change-budget': 25_000_000,
    });
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
      '.github/blast-radius.yml: invalid configuration\n✖ unknown key "fail_on" — did you mean "fail-on"? (allowed: inventory, attribution-layers, layer-order, fail-on, rules, exposures, max-blast-radius, ignore, acknowledge-label, comment, comment-author, per-change-budget) (line 2)',
    );
  });

  it('rejects unknown rules and bad severities with their paths and lines', async () => {
    const message = await errorOf('rules:\n  attribution/changd: error\n  lineage/cycle: loud\n');
    expect(message).toContain(
      'unknown rule "attribution/changd" — did you mean "attribution/changed"? (allowed: inventory/invalid,',
    );
    expect(message).toMatch(/radius\/threshold\) \(line 2\)\n {2}→ at rules\n/);
    expect(message).toMatch(
      /Invalid option: expected one of "error"\|"warning"\|"notice"\|"off" \(line 3\)\n {2}→ at rules\["lineage\/cycle"\]/,
    );
  });

  it('explains wrong types and YAML syntax errors', async () => {
    expect(await errorOf('max-blast-radius: many\n')).toMatch(
      /expected number, received string \(line 1\)\n {2}→ at \["max-blast-radius"\]/,
    );
    expect(await errorOf('exposures: [\n')).toMatch(
      /^\.github\/blast-radius\.yml: invalid YAML at line \d+, column \d+/,
    );
    expect(await errorOf('- a\n- b\n')).toBe(
      '.github/blast-radius.yml: the config must be a mapping of keys to values',
    );
  });
});
