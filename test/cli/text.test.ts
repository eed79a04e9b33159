/* eslint-disable no-control-regex -- the tests look for raw control characters */
import { describe, expect, it } from 'vitest';
import { annotationsFor } from '../../src/action/annotations.js';
import { buildAuditReport } from '../../src/audit/audit.js';
import { defaultConfig } from '../../src/config/schema.js';
import { renderAuditText, renderDiffText } from '../../src/render/text.js';
import { diff, inventoryOf, m } from '../helpers.js';
import { cli, tempDir, writeFiles } from './run-cli.js';

const ESC = '\u001b';
const hostile = `x${ESC}[2J${ESC}[32mVerdict: PASS${ESC}]52;c;aGk=\u0007\u202eevil\nFAKE`;

/** A removed model still referenced: an error finding whose message carries the names. */
function hostileReport() {
  const base = [
    m(hostile, 'identity'),
    m('reader', 'reporting', { upstream_dependencies: [hostile] }),
  ];
  const head = [m('reader', 'reporting', { upstream_dependencies: [hostile] })];
  return diff({ base, head, changed: [`models/identity/${hostile}.sql`] });
}

describe('text output neutralises control characters', () => {
  it('shows ESC, OSC, bidi controls and newlines from names as visible escapes', () => {
    const text = renderDiffText(hostileReport());
    expect(text).toContain(hostile.length > 0 ? '\\x1b[2J\\x1b[32mVerdict: PASS' : '');
    expect(text).toContain('\\u202eevil\\nFAKE');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // Only the renderer's own newlines: no line starts with the PR's "FAKE".
    expect(text.split('\n').some((line) => line.startsWith('FAKE'))).toBe(false);
  });

  it('neutralises them in annotations too', () => {
    const { annotations } = annotationsFor(hostileReport().findings);
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) {
      expect(`${a.message}${a.file ?? ''}`).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    }
    expect(annotations.map((a) => a.message).join('\n')).toContain('\\x1b[2J');
  });
});

describe('text diff layout', () => {
  const chain = [
    m('small', 'staging', { downstream_consumers: ['leaf'] }),
    m('big', 'staging', { downstream_consumers: ['mid'] }),
    m('mid', 'signal', { upstream_dependencies: ['big'], downstream_consumers: ['leaf'] }),
    m('leaf', 'reporting', { upstream_dependencies: ['mid', 'small'] }),
  ];
  const report = diff({
    base: chain,
    head: chain,
    changed: ['models/staging/small.sql', 'models/staging/big.sql'],
  });

  it('lists changed models by reach, then name, with labelled, aligned columns', () => {
    const text = renderDiffText(report);
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Changed models'));
    expect(lines[header + 1]).toMatch(/^\s+model\s+layer\s+reach\s+direct\s+change$/);
    expect(lines[header + 2]).toMatch(/^\s+~\s+big\s+staging\s+2\s+1\s+sql$/);
    expect(lines[header + 3]).toMatch(/^\s+~\s+small\s+staging\s+1\s+1\s+sql$/);
    // Aligned: the reach column ends at the same place on every row.
    const end = (line: string) => line.indexOf('reach') + 'reach'.length;
    expect(lines[header + 2]![end(lines[header + 1]!) - 1]).toBe('2');
    expect(lines[header + 3]![end(lines[header + 1]!) - 1]).toBe('1');
    const radius = lines.findIndex((l) => l.startsWith('Blast radius'));
    expect(lines[radius + 2]).toMatch(/^\s+depth\s+model\s+layer\s+reached via$/);
  });

  it('names each file once in file mode', () => {
    const text = renderDiffText({
      ...report,
      inventory: {
        path: 'head.json',
        base: { ref: null, file: 'base.json', models: 4, usable: true },
        head: { ref: null, file: 'head.json', models: 4, usable: true },
      },
    });
    expect(text.split('\n')[0]).toBe('dbt blast radius — base.json → head.json');
  });

  it('clips long finding messages and names, saying how much was cut', () => {
    const long = `m_${'x'.repeat(500)}`;
    const models = [m(long, 'identity', { attribution_concepts: ['c'] })];
    const text = renderDiffText(
      diff({ base: models, head: models, changed: [`models/identity/${long}.sql`] }),
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(450);
    expect(text).toMatch(/…\s+\(\+\d+ characters\)/);
  });

  it('says what to do for warnings and errors', () => {
    const text = renderDiffText(hostileReport());
    expect(text).toContain('What to do:\n  - lineage/broken-reference: ');
  });

  it('counts the changes the config ignores', () => {
    const models = [m('a', 'staging'), m('b', 'staging')];
    const ignored = diff({
      base: models,
      head: models,
      changed: ['models/staging/a.sql', 'models/staging/b.sql'],
      config: { ignore: ['models/staging/a.sql'] },
    });
    expect(ignored.summary.ignored).toBe(1);
    expect(renderDiffText(ignored)).toContain('Note: 1 change ignored by config');
    const none = diff({ base: models, head: models, changed: ['models/staging/b.sql'] });
    expect(none.summary).not.toHaveProperty('ignored');
  });
});

describe('text audit', () => {
  const audit = (models: unknown[]) =>
    buildAuditReport(
      {
        inventoryPath: 'inventory.json',
        ref: null,
        file: 'inventory.json',
        inventory: inventoryOf(models),
        toolVersion: '0',
      },
      defaultConfig(),
    );

  it('has no empty attribution map when no layer is an attribution layer', () => {
    const text = renderAuditText(
      audit([m('a', 'staging', { downstream_consumers: ['b'] }), m('b', 'reporting')]),
    );
    expect(text).toContain('Attribution map: no model is in an attribution layer');
    expect(text).not.toMatch(/Attribution map:\n\n/);
    expect(text).toContain('Audit: PASS');
    expect(text).not.toContain('before merging');
  });

  it('wraps long lists instead of one long line', () => {
    const models = Array.from({ length: 40 }, (_, i) => m(`orphan_model_number_${i}`, 'staging'));
    const text = renderAuditText(audit(models));
    expect(text).toContain('… and 15 more');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(110);
  });

  it('escapes control characters in the one line on stderr', async () => {
    const result = await cli(['audit', '--file', `no${ESC}[2Jfile.json`], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('blast-radius: cannot read no\\x1b[2Jfile.json: no such file\n');
  });

  it('prints recommendations in the CLI', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'inv.json': JSON.stringify({ models: [m('a', 'staging'), m('b', 'identity')] }),
    });
    const result = await cli(['audit', '--file', 'inv.json'], dir);
    expect(result.stdout).toMatch(/\nRecommendations:\n {2}- /);
    expect(result.stdout).toContain('attribution_concepts');
  });
});
