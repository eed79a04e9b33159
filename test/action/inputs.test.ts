import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ActionInputError, MODES, readInputs } from '../../src/action/inputs.js';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { COMMENT_MODES, defaultConfig, FAIL_ON } from '../../src/config/schema.js';

/** core.getInput: an input that is not set reads as ''. */
const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const read = (values: Record<string, string> = {}) =>
  readInputs(inputs({ 'github-token': 'ghs_token', ...values }));

function inputError(values: Record<string, string>): string {
  try {
    readInputs(inputs(values));
  } catch (error) {
    expect(error).toBeInstanceOf(ActionInputError);
    return (error as Error).message;
  }
  throw new Error('readInputs did not throw');
}

const CONFIG_INPUTS = [
  'inventory-path',
  'comment',
  'fail-on',
  'attribution-layers',
  'acknowledge-label',
  'max-blast-radius',
  'comment-author',
  'lineage',
  'suggestions',
];

describe('readInputs: github-token', () => {
  it('is required, with a message that says what to pass', () => {
    for (const token of ['', '   ', '\n']) {
      const message = inputError({ 'github-token': token });
      expect(message).toContain('input "github-token" is empty');
      expect(message).toContain('${{ github.token }}');
      expect(message).toContain('pull-requests: write');
    }
  });

  it('is trimmed', () => {
    expect(read({ 'github-token': '  ghs_abc \n' }).token).toBe('ghs_abc');
  });

  it('is checked before the other inputs', () => {
    expect(inputError({ mode: 'bogus', comment: 'bogus' })).toContain('github-token');
  });
});

describe('readInputs: empty inputs are unset', () => {
  it('gives the invocation defaults of the schema and no overrides', () => {
    const result = read();
    expect(result.invocation).toEqual({ 'config-file': '.github/blast-radius.yml', mode: 'auto' });
    expect(result.invocation).not.toHaveProperty('base-ref', expect.anything());
    expect(result.invocation['head-ref']).toBeUndefined();
    for (const name of [
      'inventory',
      'comment',
      'fail-on',
      'attribution-layers',
      'acknowledge-label',
      'max-blast-radius',
      'comment-author',
      'lineage',
      'suggestions',
    ] as const) {
      expect(result.overrides[name], name).toBeUndefined();
    }
  });

  it('treats whitespace-only inputs as empty', () => {
    const blank = Object.fromEntries(
      [...CONFIG_INPUTS, 'config-file', 'mode', 'base-ref', 'head-ref'].map((n) => [n, ' \n\t ']),
    );
    expect(read(blank)).toEqual(read());
  });

  it('so the config file applies, then the schema defaults', async () => {
    const file = [
      'inventory: warehouse/inventory.json',
      'comment: always',
      'fail-on: warning',
      'attribution-layers: [signal]',
      'max-blast-radius: 50',
      'acknowledge-label: ok-to-merge',
    ].join('\n');
    const config = await parseConfig(file, 'blast-radius.yml', read().overrides);
    expect(config).toMatchObject({
      inventory: 'warehouse/inventory.json',
      comment: 'always',
      'fail-on': 'warning',
      'attribution-layers': ['signal'],
      'max-blast-radius': 50,
      'acknowledge-label': 'ok-to-merge',
      'comment-author': 'github-actions[bot]',
    });
    expect(await parseConfig(null, 'blast-radius.yml', read().overrides)).toEqual(defaultConfig());
  });

  it('while given inputs win over the config file', async () => {
    const { overrides } = read({
      'inventory-path': 'dbt/inv.json',
      comment: 'never',
      'fail-on': 'never',
      'attribution-layers': 'identity, channel',
      'max-blast-radius': 'none',
      'acknowledge-label': 'ack',
      'comment-author': 'my-app[bot]',
      suggestions: 'never',
    });
    const file = 'inventory: x.json\ncomment: always\nfail-on: warning\nmax-blast-radius: 5\n';
    expect(await parseConfig(file, 'blast-radius.yml', overrides)).toMatchObject({
      inventory: 'dbt/inv.json',
      comment: 'never',
      'fail-on': 'never',
      'attribution-layers': ['identity', 'channel'],
      'max-blast-radius': null,
      'acknowledge-label': 'ack',
      'comment-author': 'my-app[bot]',
      suggestions: 'never',
    });
  });
});

describe('readInputs: lineage', () => {
  it('overrides "lineage:" of the config file with a comma-separated list', async () => {
    const { overrides } = read({ lineage: 'inventory, code' });
    expect(overrides.lineage).toEqual(['inventory', 'code']);
    const config = await parseConfig('lineage: [auto]\n', 'blast-radius.yml', overrides);
    expect(config.lineage).toEqual(['inventory', 'code']);
    expect(read({ lineage: 'inventory' }).overrides.lineage).toEqual(['inventory']);
  });

  it('rejects an unknown source, and a list of only separators', () => {
    expect(inputError({ 'github-token': 't', lineage: 'code, manifest' })).toContain(
      'input "lineage" must be one of auto, inventory, code, got "manifest"',
    );
    expect(inputError({ 'github-token': 't', lineage: ' , ' })).toContain(
      'input "lineage" names no source',
    );
  });
});

describe('readInputs: invocation', () => {
  it('reads every mode', () => {
    for (const mode of MODES) expect(read({ mode }).invocation.mode).toBe(mode);
  });

  it('rejects an unknown mode, naming the input and the allowed values', () => {
    for (const mode of ['Diff', 'full', 'auto,diff']) {
      const message = inputError({ 'github-token': 't', mode });
      expect(message).toBe(`input "mode" must be one of auto, diff, audit, got "${mode}"`);
    }
  });

  it('reads config-file, base-ref and head-ref trimmed', () => {
    expect(
      read({ 'config-file': ' ci/br.yml ', 'base-ref': ' main\n', 'head-ref': 'v2' }).invocation,
    ).toEqual({ 'config-file': 'ci/br.yml', mode: 'auto', 'base-ref': 'main', 'head-ref': 'v2' });
  });
});

describe('readInputs: enums', () => {
  it('accepts every comment and fail-on value', () => {
    for (const comment of COMMENT_MODES) expect(read({ comment }).overrides.comment).toBe(comment);
    for (const failOn of FAIL_ON)
      expect(read({ 'fail-on': failOn }).overrides['fail-on']).toBe(failOn);
  });

  it('rejects others with the allowed values and the value given', () => {
    expect(inputError({ 'github-token': 't', comment: 'sometimes' })).toBe(
      'input "comment" must be one of auto, always, never, got "sometimes"',
    );
    expect(inputError({ 'github-token': 't', 'fail-on': 'Warning' })).toBe(
      'input "fail-on" must be one of error, warning, never, got "Warning"',
    );
    expect(inputError({ 'github-token': 't', suggestions: 'always' })).toBe(
      'input "suggestions" must be one of auto, never, got "always"',
    );
  });

  it('quotes the trimmed value', () => {
    expect(inputError({ 'github-token': 't', comment: '  off ' })).toContain('got "off"');
  });
});

describe('readInputs: max-blast-radius', () => {
  const radius = (value: string) =>
    read({ 'max-blast-radius': value }).overrides['max-blast-radius'];

  it('parses whole numbers', () => {
    expect(radius('0')).toBe(0);
    expect(radius('25')).toBe(25);
    expect(radius(' 150 ')).toBe(150);
    expect(radius('007')).toBe(7);
  });

  it('"none" and "off" disable the limit (null, not unset)', () => {
    expect(radius('none')).toBeNull();
    expect(radius('off')).toBeNull();
    expect(radius(' none\n')).toBeNull();
  });

  it('rejects anything else with a clear message', () => {
    for (const junk of [
      '-1',
      '1.5',
      '1e3',
      '10 models',
      'ten',
      'None',
      'OFF',
      '0x10',
      '+5',
      '١٢',
    ]) {
      expect(inputError({ 'github-token': 't', 'max-blast-radius': junk })).toBe(
        `input "max-blast-radius" must be a whole number (or "none"), got "${junk}"`,
      );
    }
  });

  it('a number too large for an integer is refused by the config, not silently rounded', async () => {
    const { overrides } = read({ 'max-blast-radius': '99999999999999999999' });
    await expect(parseConfig(null, 'blast-radius.yml', overrides)).rejects.toThrow(ConfigError);
  });

  it('round-trips every non-negative integer', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(radius(String(n))).toBe(n);
      }),
    );
  });
});

describe('readInputs: attribution-layers', () => {
  const layers = (value: string) =>
    read({ 'attribution-layers': value }).overrides['attribution-layers'];

  it('splits on commas and newlines, trimming and dropping empty items', () => {
    expect(layers('identity')).toEqual(['identity']);
    expect(layers('identity,signal')).toEqual(['identity', 'signal']);
    expect(layers('identity, signal ,  channel')).toEqual(['identity', 'signal', 'channel']);
    expect(layers('identity\nsignal\r\nchannel\n')).toEqual(['identity', 'signal', 'channel']);
    expect(layers('- identity')).toEqual(['- identity']);
    expect(layers('a,,b,\n,c')).toEqual(['a', 'b', 'c']);
  });

  it('rejects a list of separators only', () => {
    expect(() => layers(', ,')).toThrow('input "attribution-layers" names no layer (", ,")');
  });

  it('keeps the names of any comma/newline-joined list', () => {
    const name = fc.stringMatching(/^[a-z_][a-z0-9_ ]{0,8}[a-z0-9_]$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), fc.boolean(), (names, nl) => {
        expect(layers(names.join(nl ? '\n' : ', '))).toEqual(names);
      }),
    );
  });
});

describe('readInputs: other config inputs', () => {
  it('passes inventory-path, acknowledge-label and comment-author through, trimmed', () => {
    expect(
      read({
        'inventory-path': ' models/inventory.json ',
        'acknowledge-label': 'blast radius ok',
        'comment-author': 'dbt-bot[bot]',
      }).overrides,
    ).toMatchObject({
      inventory: 'models/inventory.json',
      'acknowledge-label': 'blast radius ok',
      'comment-author': 'dbt-bot[bot]',
    });
  });
});

describe('action.yml and readInputs agree', () => {
  const actionYml = parse(
    readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8'),
  ) as { inputs: Record<string, { description: string; default?: string }> };

  it('every declared input is read, and only declared inputs are read', () => {
    const asked = new Set<string>();
    readInputs((name) => {
      asked.add(name);
      return name === 'github-token' ? 't' : '';
    });
    expect([...asked].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it('only github-token has an action.yml default: the others come from the schema', () => {
    const withDefault = Object.entries(actionYml.inputs)
      .filter(([, input]) => input.default !== undefined)
      .map(([name]) => name);
    expect(withDefault).toEqual(['github-token']);
  });

  it('the defaults the descriptions state are the schema defaults', () => {
    const config = defaultConfig();
    const invocation = read().invocation;
    const stated: Record<string, string> = {
      'inventory-path': config.inventory,
      'config-file': invocation['config-file'],
      comment: config.comment,
      'fail-on': config['fail-on'],
      'attribution-layers': config['attribution-layers'].join(', '),
      'acknowledge-label': config['acknowledge-label'],
      'max-blast-radius': config['max-blast-radius'] === null ? 'none' : '',
      mode: invocation.mode,
      'comment-author': config['comment-author'],
      suggestions: config.suggestions,
    };
    for (const [name, value] of Object.entries(stated)) {
      expect(actionYml.inputs[name]?.description, name).toContain(`Default ${value}.`);
    }
  });
});
