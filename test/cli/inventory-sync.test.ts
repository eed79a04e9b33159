// `blast-radius inventory sync` on a real git repository: patch, write, check, idempotence.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const root = mkdtempSync(join(tmpdir(), 'blast-radius-sync-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const INVENTORY = `{
  "models": [
    {
      "name": "stg_orders",
      "path": "models/stg_orders.sql",
      "layer": "staging",
      "description": "Orders, cleaned.",
      "owner": "data-team"
    },
    {
      "name": "orders",
      "path": "models/orders.sql",
      "layer": "signal",
      "description": "One row per order.",
      "upstream_dependencies": ["stg_orders"],
      "attribution_concepts": ["click ID enrichment"]
    },
    {
      "name": "gone",
      "path": "models/gone.sql",
      "layer": "reporting",
      "description": "Its file was deleted."
    }
  ]
}
`;

function repo(): string {
  const dir = mkdtempSync(join(root, 'repo-'));
  const files: Record<string, string> = {
    'dbt_project.yml': "name: 'shop'\nmodel-paths: ['models']\n",
    'models/stg_orders.sql': 'select 1 as id\n',
    'models/stg_users.sql': 'select 1 as user_id\n',
    'models/orders.sql':
      "select * from {{ ref('stg_orders') }} join {{ ref('stg_users') }} using (id)\n",
    'models/marts/revenue.sql': "select * from {{ ref('orders') }}\n",
    'dbt_model_inventory.json': INVENTORY,
    '.github/blast-radius.yml':
      "layers:\n  'models/marts/**': reporting\n  'models/stg_*': staging\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
  return dir;
}

async function sync(dir: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['inventory', 'sync', '--repo', dir, ...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('blast-radius inventory sync', () => {
  it('prints the smallest patch, which git apply accepts', async () => {
    const dir = repo();
    const { code, stdout } = await sync(dir);
    expect(code).toBe(0);
    expect(stdout).toContain('--- a/dbt_model_inventory.json');
    expect(stdout).toContain('+      "upstream_dependencies": ["stg_orders", "stg_users"],');
    expect(stdout).toContain('"name": "revenue"');
    expect(stdout).toContain('-      "name": "gone",');
    writeFileSync(join(dir, 'sync.patch'), stdout);
    execFileSync('git', ['-C', dir, 'apply', '--check', 'sync.patch']);
  });

  it('--write keeps every curated field and formatting; a second run and --check change nothing', async () => {
    const dir = repo();
    expect((await sync(dir, '--check')).code).toBe(1);
    expect((await sync(dir, '--write')).code).toBe(0);
    const after = readFileSync(join(dir, 'dbt_model_inventory.json'), 'utf8');
    expect(after).toContain('"owner": "data-team"');
    expect(after).toContain('"attribution_concepts": ["click ID enrichment"]');
    expect(after).not.toContain('"gone"');
    const revenue = JSON.parse(after).models.find((m: { name: string }) => m.name === 'revenue');
    expect(revenue).toMatchObject({ path: 'models/marts/revenue.sql', layer: 'reporting' });
    expect((await sync(dir, '--check')).code).toBe(0);
    expect((await sync(dir, '--write')).code).toBe(0);
    expect(readFileSync(join(dir, 'dbt_model_inventory.json'), 'utf8')).toBe(after);
  });

  it('reads a commit with --ref and says what it would change as text', async () => {
    const dir = repo();
    const { code, stdout } = await sync(dir, '--ref', 'main', '--format', 'text');
    expect(code).toBe(0);
    expect(stdout).toMatch(/dbt_model_inventory\.json: \d+ changes/);
    expect(stdout).toContain('add revenue');
  });

  it('says where the inventory is missing, in one line', async () => {
    const dir = repo();
    const { code, stderr } = await sync(dir, '--inventory', 'nope.json');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('nope.json does not exist');
  });
});
