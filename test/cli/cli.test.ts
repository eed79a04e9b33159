import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, m, pathOf, seedModels } from '../helpers.js';
import { cli, cliProcess, tempDir, TestRepo, writeFiles } from './run-cli.js';

const inventoryJson = (models: readonly unknown[]) => `${JSON.stringify({ models }, null, 2)}\n`;
const seed = seedModels();

describe('blast-radius diff (file mode)', () => {
  const dir = tempDir();
  const identity = pathOf(seed, 'int_identity__resolution');
  writeFiles(dir, {
    'base.json': inventoryJson(seed),
    'head.json': inventoryJson(seed),
    'changed.txt': `${identity}\n`,
    'broken.json': '{"models": [\n  {"name": "a",\n}',
  });

  it('prints only the report JSON on stdout and exits 0 on pass', async () => {
    const result = await cli(
      [
        'diff',
        '--base-file',
        'base.json',
        '--head-file',
        'head.json',
        '--changed-files',
        'changed.txt',
        '--format',
        'json',
      ],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'dbt-blast-radius' },
      mode: 'diff',
      inventory: {
        path: 'head.json',
        base: { ref: null, file: 'base.json', models: 226 },
        head: { ref: null, file: 'head.json', models: 226 },
      },
      summary: { changed: 1, impacted: 72, verdict: 'pass' },
    });
  });

  it('is byte-identical across runs', async () => {
    const args = [
      'diff',
      '--base-file',
      'base.json',
      '--head-file',
      'head.json',
      '--changed-files',
      'changed.txt',
      '--format',
      'json',
    ];
    expect((await cli(args, dir)).stdout).toBe((await cli(args, dir)).stdout);
  });

  it('exits 1 on a policy failure', async () => {
    const result = await cli(
      [
        'diff',
        '--base-file',
        'base.json',
        '--head-file',
        'head.json',
        '--changed-files',
        'changed.txt',
        '--fail-on',
        'warning',
      ],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Verdict: FAIL \(fail-on: warning\)/m);
  });

  it('turns warnings into notices when acknowledged', async () => {
    const result = await cli(
      [
        'diff',
        '--base-file',
        'base.json',
        '--head-file',
        'head.json',
        '--changed-files',
        'changed.txt',
        '--fail-on',
        'warning',
        '--acknowledged',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warnings acknowledged, counted as notices');
  });

  it('prints the report of an unreadable head inventory, fails it and exits 2', async () => {
    const result = await cli(
      ['diff', '--base-file', 'base.json', '--head-file', 'broken.json', '--format', 'json'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'blast-radius: not a usable inventory: broken.json: invalid JSON at line 3, column 1: property name expected\n',
    );
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([
      {
        rule: 'inventory/invalid',
        severity: 'error',
        model: null,
        message: 'broken.json: invalid JSON at line 3, column 1: property name expected',
        file: 'broken.json',
        line: 3,
      },
    ]);
    expect(report.changes).toEqual([]);
    expect(report.inventory.head.usable).toBe(false);
    const never = await cli(
      [
        'diff',
        '--base-file',
        'base.json',
        '--head-file',
        'broken.json',
        '--format',
        'json',
        '--fail-on',
        'never',
      ],
      dir,
    );
    expect(never.code).toBe(2);
    expect(JSON.parse(never.stdout).summary.verdict).toBe('fail');
  });

  it('treats a missing base as every model added', async () => {
    const result = await cli(['diff', '--head-file', 'head.json', '--format', 'json'], dir);
    const report = JSON.parse(result.stdout);
    expect(report.inventory.base).toBeNull();
    expect(report.summary.changed).toBe(226);
    expect(report.changes.every((c: { kind: string }) => c.kind === 'added')).toBe(true);
  });

  it('treats a missing head as every model removed', async () => {
    const report = JSON.parse(
      (await cli(['diff', '--base-file', 'base.json', '--format', 'json'], dir)).stdout,
    );
    expect(report.summary.changed).toBe(226);
    expect(report.changes.every((c: { kind: string }) => c.kind === 'removed')).toBe(true);
  });
});

describe('unusable invocations exit 2 with one clear line', () => {
  const dir = tempDir();
  writeFiles(dir, {
    'a.json': inventoryJson([]),
    'bad.yml': 'fail_on: warning\n',
    'typo.yml': 'fail-on: Warning\n',
  });
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /^Usage: blast-radius/],
    [
      'unknown command',
      ['dif'],
      /^blast-radius: unknown command "dif" — expected diff, audit, lineage or inventory sync/,
    ],
    [
      'unknown flag',
      ['diff', '--base-fil', 'a.json'],
      /^blast-radius: unknown option --base-fil for "diff" — did you mean --base-file\?/,
    ],
    [
      'missing value',
      ['diff', '--base-file'],
      /^blast-radius: Option '--base-file <value>' argument missing/,
    ],
    [
      'bad format',
      ['diff', '--head-file', 'a.json', '--format', 'jsn'],
      /^blast-radius: --format must be one of text, json, markdown, summary, got "jsn" — did you mean json\?/,
    ],
    [
      'abbreviated format',
      ['diff', '--head-file', 'a.json', '--format', 'md'],
      /^blast-radius: --format must be one of text, json, markdown, summary, got "md" — did you mean markdown\?/,
    ],
    [
      'config enum typo',
      ['diff', '--head-file', 'a.json', '--config', 'typo.yml'],
      /^blast-radius: typo\.yml:1: fail-on: "Warning" is not one of error, warning, never — did you mean "warning"\?\n$/,
    ],
    [
      'bad fail-on',
      ['diff', '--head-file', 'a.json', '--fail-on', 'warnings'],
      /^blast-radius: --fail-on must be one of error, warning, never, got "warnings" — did you mean warning\?/,
    ],
    [
      'mixed modes',
      ['diff', '--base', 'HEAD', '--head-file', 'a.json'],
      /^blast-radius: use either --base\/--head \(git mode\) or --base-file\/--head-file/,
    ],
    [
      'half git mode',
      ['diff', '--base', 'HEAD'],
      /^blast-radius: git mode needs both --base and --head \(missing --head\)/,
    ],
    [
      'missing file',
      ['diff', '--base-file', 'nope.json', '--head-file', 'a.json'],
      /^blast-radius: cannot read nope\.json: no such file\n$/,
    ],
    [
      'directory',
      ['diff', '--head-file', '.'],
      /^blast-radius: cannot read \.: it is a directory\n$/,
    ],
    [
      'bad config',
      ['diff', '--head-file', 'a.json', '--config', 'bad.yml'],
      /^blast-radius: bad\.yml:1: fail_on: unknown key "fail_on" — did you mean "fail-on"\?[^\n]*\n$/,
    ],
    [
      'positional',
      ['audit', 'a.json'],
      /^blast-radius: unexpected argument "a\.json" — "audit" takes only options/,
    ],
    [
      'missing repo',
      ['diff', '--base', 'a', '--head', 'b', '--repo', 'nope'],
      /^blast-radius: .*nope does not exist \(--repo DIR\)\n$/,
    ],
    [
      'not a repo',
      ['diff', '--base', 'a', '--head', 'b', '--repo', '.'],
      /^blast-radius: .* is not a git repository/,
    ],
  ];
  for (const [name, args, expected] of cases) {
    it(name, async () => {
      const result = await cli(args, dir);
      expect(result.code).toBe(2);
      expect(result.stdout === '' ? result.stderr : result.stdout).toMatch(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('loads a config file in the bundled CLI (the YAML parser is loaded on demand)', () => {
    const result = cliProcess(['diff', '--head-file', 'a.json', '--config', 'bad.yml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^blast-radius: bad\.yml:1: fail_on: unknown key "fail_on"/);
    const demo = cliProcess(
      [
        'diff',
        '--base-file',
        'examples/demo/base.json',
        '--head-file',
        'examples/demo/head.json',
        '--changed-files',
        'examples/demo/changed.txt',
        '--config',
        'examples/demo/blast-radius.yml',
      ],
      process.cwd(),
    );
    expect(demo.stderr).toBe('');
    expect(demo.stdout).toContain('exposure/reached');
  });

  it('never prints a stack trace from the bundled CLI', () => {
    const result = cliProcess(
      ['diff', '--base-file', 'missing.json', '--head-file', 'a.json'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('blast-radius: cannot read missing.json: no such file\n');
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const models = Array.from({ length: 3000 }, (_, i) =>
      m(`model_${i}`, 'staging', { downstream_consumers: [`model_${i + 1}`] }),
    );
    writeFileSync(join(dir, 'large.json'), inventoryJson(models));
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${join(process.cwd(), 'dist/cli.js')}" audit --file large.json --format json | head -c 10`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.stdout).toBe('{\n  "schem');
    expect(result.stderr).toBe('');
  });
});

describe('blast-radius diff (git mode)', () => {
  const models = [
    m('stg_events', 'staging', { downstream_consumers: ['int_identity'] }),
    m('int_identity', 'identity', {
      upstream_dependencies: ['stg_events'],
      downstream_consumers: ['conversions'],
    }),
    m('conversions', 'reporting', { upstream_dependencies: ['int_identity'] }),
  ];
  const repo = new TestRepo();
  repo.write({
    'dbt_model_inventory.json': inventoryJson(models),
    'models/staging/stg_events.sql': 'select 1',
    'models/identity/int_identity.sql': 'select 2',
    'models/reporting/conversions.sql': 'select 3',
  });
  const base = repo.commit('base');
  repo.write({ 'models/staging/stg_events.sql': 'select 10' });
  const sqlChange = repo.commit('edit staging sql');
  repo.move('models/reporting/conversions.sql', 'models/marts/conversions.sql');
  repo.write({
    'dbt_model_inventory.json': inventoryJson(
      models.map((model) =>
        model.name === 'conversions' ? { ...model, path: 'models/marts/conversions.sql' } : model,
      ),
    ),
  });
  const renamed = repo.commit('move conversions');

  it('reads the inventory and changed files from git', async () => {
    const result = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      sqlChange,
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.inventory).toEqual({
      path: 'dbt_model_inventory.json',
      base: { ref: base, models: 3, usable: true },
      head: { ref: sqlChange, models: 3, usable: true },
    });
    expect(
      report.changes.map((c: { model: string; reasons: string[] }) => [c.model, c.reasons]),
    ).toEqual([['stg_events', ['sql']]]);
    expect(report.impact.models.map((i: { model: string }) => i.model)).toEqual([
      'int_identity',
      'conversions',
    ]);
  });

  it('sees a renamed, unedited model file as a move: reported, anchoring nothing', async () => {
    const report = JSON.parse(
      (
        await cli([
          'diff',
          '--repo',
          repo.dir,
          '--base',
          sqlChange,
          '--head',
          renamed,
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(report.changes).toEqual([
      {
        model: 'conversions',
        kind: 'moved',
        layer: 'reporting',
        reasons: ['path'],
        metadataOnly: true,
        fields: {
          path: {
            before: 'models/reporting/conversions.sql',
            after: 'models/marts/conversions.sql',
          },
        },
      },
    ]);
  });

  it('accepts symbolic refs and a custom inventory path', async () => {
    const result = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      'HEAD~2',
      '--head',
      'HEAD',
      '--inventory',
      'dbt_model_inventory.json',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('dbt blast radius — dbt_model_inventory.json (HEAD~2 → HEAD)');
  });

  it('names an unknown ref', async () => {
    const result = await cli(['diff', '--repo', repo.dir, '--base', 'nope', '--head', 'HEAD']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^blast-radius: unknown git ref "nope" in .* — check the name \(git branch -a, git log --oneline\), or fetch it: git fetch origin\n$/,
    );
  });

  it('gives a remote ref the fetch command for it', async () => {
    const result = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      'origin/main',
      '--head',
      'HEAD',
    ]);
    expect(result.stderr).toContain('or fetch it: git fetch origin main\n');
    expect(result.stderr).not.toContain('fetch-depth');
  });

  it('says when the inventory exists at neither commit', async () => {
    const result = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      'HEAD',
      '--inventory',
      'nope.json',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope\.json exists at neither/);
  });

  it('audits the inventory at a ref', async () => {
    const result = await cli(['audit', '--repo', repo.dir, '--ref', 'HEAD', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.mode).toBe('audit');
    expect(report.audit.hubs[0]).toEqual({
      model: 'stg_events',
      layer: 'staging',
      direct: 1,
      reach: 2,
    });
  });
});

describe('blast-radius audit', () => {
  it('audits the seed inventory', async () => {
    const result = await cli([
      'audit',
      '--file',
      fixturePath('seed-inventory.json'),
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.inventory.head.models).toBe(226);
    expect(report.audit.layers.find((l: { layer: string }) => l.layer === 'staging')).toEqual({
      layer: 'staging',
      models: 72,
      withDescription: 72,
      withDependencies: 0,
      withConcepts: 0,
      attribution: false,
    });
    expect(report.audit.hubs).toHaveLength(10);
    expect(report.audit.hubs[2]).toEqual({
      model: 'int_identity__resolution',
      layer: 'identity',
      direct: 4,
      reach: 72,
    });
    expect(report.audit.attributionMap).toHaveLength(21);
    expect(
      report.findings.filter((f: { rule: string }) => f.rule === 'layer/order-violation'),
    ).toHaveLength(4);
  });

  it('prints the text report', async () => {
    const text = (await cli(['audit', '--file', fixturePath('seed-inventory.json')])).stdout;
    expect(text).toContain('226 models, 5 external nodes, 193 edges');
    expect(text).toContain('Attribution map:');
  });

  it('runs the bundled demo: a rewiring into the ad syncs and an identity change', async () => {
    const demo = (file: string) => join('examples', 'demo', file);
    const result = await cli([
      'diff',
      '--base-file',
      demo('base.json'),
      '--head-file',
      demo('head.json'),
      '--changed-files',
      demo('changed.txt'),
      '--config',
      demo('blast-radius.yml'),
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(0);
    expect(report.changes.map((c: { model: string }) => c.model)).toEqual([
      'conversion_events',
      'int_identity__resolution',
      'int_user__website_visits',
      'users',
    ]);
    // The rewiring anchors at its consumer: conversion_events is now fed by the visits model.
    const consumer = report.changes.find((c: { model: string }) => c.model === 'conversion_events');
    expect(consumer.inputs.added).toContain('int_user__website_visits');
    expect(consumer.metadataOnly).toBe(false);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('exposure/reached');
  });
});
