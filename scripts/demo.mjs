// `npm run demo`: the bundled example as a real pull request. Builds a throwaway git repository
// — commit 1: the demo dbt project (examples/demo/project), the base inventory and the config;
// commit 2: the head inventory and the PR's edited files (examples/demo/pr) — and runs
// `blast-radius diff` in git mode on it, so the radius comes from the inventory and the code.
// Extra arguments go to the CLI (default: --format text). Needs `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'examples/demo');
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('demo: dist/cli.js is missing — run npm run build first');
  process.exit(2);
}

const repo = mkdtempSync(join(tmpdir(), 'blast-radius-demo-'));
const git = (...args) =>
  execFileSync('git', args, {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Demo',
      GIT_AUTHOR_EMAIL: 'demo@example.com',
      GIT_COMMITTER_NAME: 'Demo',
      GIT_COMMITTER_EMAIL: 'demo@example.com',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    },
  });
const copy = (from, to) => {
  mkdirSync(dirname(join(repo, to)), { recursive: true });
  cpSync(join(demo, from), join(repo, to), { recursive: true });
};

let status;
try {
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  copy('project', '.');
  copy('base.json', 'dbt_model_inventory.json');
  copy('blast-radius.yml', '.github/blast-radius.yml');
  git('add', '-A');
  git('commit', '-q', '-m', 'base: the dbt project and its inventory');
  git('checkout', '-q', '-b', 'pr');
  copy('head.json', 'dbt_model_inventory.json');
  copy('pr', '.');
  git('add', '-A');
  git('commit', '-q', '-m', 'PR: identity resolution filter, click ids from Bing too');

  const extra = process.argv.slice(2);
  const args = ['diff', '--repo', repo, '--base', 'main', '--head', 'pr'];
  if (!extra.some((arg) => arg === '--format' || arg.startsWith('--format='))) {
    args.push('--format', 'text');
  }
  const result = spawnSync(process.execPath, [cli, ...args, ...extra], { stdio: 'inherit' });
  status = result.status ?? 2;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
process.exit(status);
