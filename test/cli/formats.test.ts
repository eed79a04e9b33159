import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(argv: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
  });
  return { code, stdout, stderr };
}

const DEMO = [
  'diff',
  '--base-file',
  'examples/demo/base.json',
  '--head-file',
  'examples/demo/head.json',
  '--changed-files',
  'examples/demo/changed.txt',
  '--config',
  'examples/demo/blast-radius.yml',
];

describe('markdown formats on the command line', () => {
  it('diff --format markdown prints the PR comment', async () => {
    const { code, stdout, stderr } = await run([...DEMO, '--format', 'markdown']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      '<!-- dbt-blast-radius inventory=examples/demo/head.json -->',
    );
    expect(stdout).toContain('### 🟠 4 warnings — 4 models changed (2 metadata-only)');
    // Concepts come from the head inventory the CLI read.
    expect(stdout).toContain('| `canonical_users` | identity 🎯 | channel classification');
  });

  it('diff --format summary prints the job summary, byte-identical on every run', async () => {
    const first = await run([...DEMO, '--format', 'summary']);
    const second = await run([...DEMO, '--format', 'summary']);
    expect(first.stdout.startsWith('## dbt blast radius: `examples/demo/head.json`')).toBe(true);
    expect(first.stdout).toBe(second.stdout);
  });

  it('audit --format markdown (and summary) print the audit report', async () => {
    const args = ['audit', '--file', 'test/fixtures/seed-inventory.json'];
    const markdown = await run([...args, '--format', 'markdown']);
    const summary = await run([...args, '--format', 'summary']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('#### Recommendations');
    expect(summary.stdout).toBe(markdown.stdout);
  });

  it('keeps exit codes: 1 on policy failure with markdown too, 2 on a bad format', async () => {
    const failing = await run([...DEMO, '--format', 'markdown', '--fail-on', 'warning']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('❌ **This check fails**');
    const bad = await run([...DEMO, '--format', 'html']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'blast-radius: --format must be one of text, json, markdown, summary, got "html"\n',
    );
  });

  it('keeps --format json stdout pure JSON', async () => {
    const { stdout } = await run([...DEMO, '--format', 'json']);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('names the compared commits in git mode', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'blast-radius-cli-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      }).trim();
    git('init', '-q');
    const inventory = readFileSync('examples/demo/base.json', 'utf8');
    writeFileSync(join(repo, 'dbt_model_inventory.json'), inventory);
    mkdirSync(join(repo, 'models/intermediate/users'), { recursive: true });
    const sql = join(repo, 'models/intermediate/users/int_identity__resolution.sql');
    writeFileSync(sql, 'select 1\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(sql, 'select 2\n');
    git('commit', '-qam', 'head');
    const base = git('rev-parse', 'HEAD~1');
    const head = git('rev-parse', 'HEAD');
    const { code, stdout } = await run(
      ['diff', '--repo', repo, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'markdown'],
      repo,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`<sub>base \`${base.slice(0, 7)}\` → head \`${head.slice(0, 7)}\``);
  });
});
