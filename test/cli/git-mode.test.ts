import { describe, expect, it } from 'vitest';
import { m } from '../helpers.js';
import { cli, TestRepo } from './run-cli.js';

const inventoryJson = (models: readonly unknown[]) => `${JSON.stringify({ models }, null, 2)}\n`;

describe('git mode behaves as the action', () => {
  const models = [
    m('stg_a', 'staging', { downstream_consumers: ['rep_a'] }),
    m('rep_a', 'reporting', { upstream_dependencies: ['stg_a'] }),
    m('stg_b', 'staging'),
  ];
  const repo = new TestRepo();
  repo.write({
    'dbt_model_inventory.json': inventoryJson(models),
    'models/staging/stg_a.sql': 'select 1',
    'models/reporting/rep_a.sql': 'select 2',
    'models/staging/stg_b.sql': 'select 3',
    // The base's policy: warnings fail; a layer of the head's choosing is no attribution layer.
    '.github/blast-radius.yml': 'fail-on: warning\nattribution-layers: [staging]\n',
  });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({
    'models/staging/stg_a.sql': 'select 10',
    // The branch loosens the policy: the CLI must not read it.
    '.github/blast-radius.yml': 'fail-on: never\n',
  });
  repo.commit('feature: edit stg_a');
  repo.git('checkout', '-q', 'main');
  repo.write({ 'models/staging/stg_b.sql': 'select 30' });
  repo.commit('main moves on: edit stg_b');

  it('compares from the merge base, not the base tip', async () => {
    const result = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'feature',
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout);
    // stg_b changed on main after the branch point: not this change's.
    expect(report.changes.map((c: { model: string }) => c.model)).toEqual(['stg_a']);
  });

  it("reads the repository's config at the base, and says both", async () => {
    const result = await cli(['diff', '--repo', repo.dir, '--base', 'main', '--head', 'feature']);
    // stg_a is in an attribution layer by the base's config, and warnings fail by it.
    expect(result.stdout).toContain('attribution/changed');
    expect(result.stdout).toContain('Verdict: FAIL (fail-on: warning)');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Note: Compared from the merge base of main and feature, [0-9a-f]{7}/,
    );
    expect(result.stdout).toMatch(
      /Note: Config: \.github\/blast-radius\.yml at main \([0-9a-f]{7}\)/,
    );
    const markdown = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'feature',
      '--format',
      'markdown',
    ]);
    expect(markdown.stdout).toMatch(/^> ℹ️ /);
    expect(markdown.stdout).toContain('Compared from the merge base of main and feature');
    expect(markdown.stdout).toContain('.github/blast-radius.yml at main');
  });

  it('uses --config instead when given', async () => {
    const result = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'feature',
      '--config',
      '/dev/null',
    ]);
    expect(result.stdout).toContain('Note: Config: /dev/null (--config).');
    expect(result.stdout).toContain('Verdict: PASS (fail-on: error)');
  });

  it("locates a mistake in the repository's config at the commit", async () => {
    const broken = new TestRepo();
    broken.write({
      'dbt_model_inventory.json': inventoryJson(models),
      '.github/blast-radius.yml': 'inventory: dbt_model_inventory.json\nfail-on: Warning\n',
    });
    broken.commit('base');
    const result = await cli(['diff', '--repo', broken.dir, '--base', 'HEAD', '--head', 'HEAD']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'blast-radius: HEAD:.github/blast-radius.yml:2: fail-on: "Warning" is not one of error, warning, never — did you mean "warning"?\n',
    );
  });

  it('audits a commit with the config at that commit', async () => {
    const result = await cli(['audit', '--repo', repo.dir, '--ref', 'main']);
    expect(result.stdout).toContain('(fail-on: warning)');
    expect(result.stdout).toContain('Note: Config: .github/blast-radius.yml at main');
  });
});
