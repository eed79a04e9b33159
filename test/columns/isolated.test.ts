/**
 * The isolated renderer (src/columns/isolated.ts): column analysis in a separate Node process
 * under the permission model, with no environment, whose answer is read as untrusted data.
 * The child is built from the current source for the test (never the committed bundle).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffScans, scanRepository } from '../../src/project/index.js';
import { analyzeColumnImpact, inProcessRunner } from '../../src/columns/index.js';
import {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  warmWorkers,
  type LineageRequest,
} from '../../src/isolation/isolated.js';
import { columnLineage } from '../../src/columns/lineage.js';
import { polyglotUrl } from '../../src/columns/polyglot.js';

// Inside the repository, so the child resolves nothing from outside what it is allowed to read.
const work = mkdtempSync(join(resolve('node_modules'), '.blast-radius-isolated-'));
const childScript = join(work, 'columns-child.js');
const outside = join(work, '..', `.blast-radius-secret-${process.pid}`);

beforeAll(async () => {
  await build({
    entryPoints: ['src/isolation/child.ts'],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    external: ['@polyglot-sql/sdk', '@polyglot-sql/sdk/*'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  // polyglot beside the child, as dist/vendor/polyglot is beside the bundle.
  mkdirSync(join(work, 'vendor'), { recursive: true });
  symlinkSync(dirname(fileURLToPath(polyglotUrl())), join(work, 'vendor', 'polyglot'));
  writeFileSync(outside, 'secret');
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

const PROJECT = "name: shop\nversion: '1.0'\n";
const files = (stg: string) =>
  new Map(
    Object.entries({
      'dbt_project.yml': PROJECT,
      'models/stg_users.sql': stg,
      'models/user_emails.sql': "select user_id, email from {{ ref('stg_users') }}\n",
      'models/user_names.sql': "select user_id, upper(name) as n from {{ ref('stg_users') }}\n",
    }),
  );

function input(baseSql: string, headSql: string) {
  const baseFiles = files(baseSql);
  const headFiles = files(headSql);
  const base = scanRepository(baseFiles);
  const head = scanRepository(headFiles);
  return { base, head, changes: diffScans(base, head), baseFiles, headFiles };
}

describe('isolation flags', () => {
  it('use --permission where Node has it, the experimental flag before', () => {
    expect(isolationFlags(['/a', '/b/'], new Set(['--permission']))).toEqual([
      '--permission',
      '--allow-fs-read=/a/',
      '--allow-fs-read=/b/',
      '--allow-worker',
      '--max-old-space-size=4096',
      '--max-semi-space-size=64',
      '--no-warnings',
    ]);
    expect(isolationFlags(['/a'], new Set(['--experimental-permission']))[0]).toBe(
      '--experimental-permission',
    );
  });

  it('on this Node: no file outside, no process, no environment; workers inherit it', () => {
    const probe = join(work, 'probe.mjs');
    writeFileSync(
      probe,
      `import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
const tryIt = (f) => { try { f(); return 'allowed'; } catch (e) { return e.code ?? String(e); } };
const out = {
  read: tryIt(() => readFileSync(${JSON.stringify(outside)})),
  proc: tryIt(() => readFileSync('/proc/self/environ')),
  spawn: tryIt(() => execFileSync('true')),
  env: Object.keys(process.env).length,
};
const w = new Worker("const { parentPort } = require('node:worker_threads'); let r; try { require('node:fs').readFileSync(${JSON.stringify(JSON.stringify(outside)).slice(1, -1)}); r = 'allowed'; } catch (e) { r = e.code; } parentPort.postMessage(r);", { eval: true });
w.on('message', (m) => { out.worker = m; console.log(JSON.stringify(out)); w.terminate(); });
`,
    );
    const result = spawnSync(process.execPath, [...isolationFlags([work]), probe], {
      env: {},
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      read: 'ERR_ACCESS_DENIED',
      proc: 'ERR_ACCESS_DENIED',
      spawn: 'ERR_ACCESS_DENIED',
      env: 0,
      worker: 'ERR_ACCESS_DENIED',
    });
  });
});

describe('isolatedColumnImpact', () => {
  it('gives the same impact as the in-process analysis', async () => {
    const change = input(
      'select 1 as user_id, name, email from raw\n',
      'select 1 as user_id, name, lower(email) as email from raw\n',
    );
    const runner = inProcessRunner();
    const expected = await analyzeColumnImpact(change, { runner });
    await runner.close();
    const isolated = await isolatedColumnImpact(
      { input: change, options: { timeoutMs: 20_000 } },
      { childScript },
    );
    expect(isolated).toEqual(expected);
    expect(isolated.changes).toEqual([
      expect.objectContaining({ model: 'stg_users', category: 'column' }),
    ]);
    expect(Object.fromEntries(isolated.models.map((m) => [m.model, m.reach]))).toEqual({
      user_emails: 'columns',
      user_names: 'unaffected',
    });
  }, 60_000);

  it('exports the same column lineage as the in-process analysis', async () => {
    const headFiles = files('select 1 as user_id, name, email from raw\n');
    const scan = scanRepository(headFiles);
    const runner = inProcessRunner();
    const strip = ({ timing: _timing, ...rest }: Awaited<ReturnType<typeof columnLineage>>) => rest;
    const expected = await columnLineage({ ref: 'HEAD', scan, files: headFiles }, { runner });
    await runner.close();
    const isolated = await isolatedColumnLineage(
      { input: { ref: 'HEAD', scan, files: headFiles }, options: { timeoutMs: 20_000 } },
      { childScript },
    );
    expect(strip(isolated)).toEqual({ ...strip(expected), limits: isolated.limits });
    expect(isolated.models.find((m) => m.name === 'user_emails')?.columns).toEqual([
      expect.objectContaining({ name: 'user_id' }),
      expect.objectContaining({ name: 'email' }),
    ]);
  }, 60_000);

  it('starts the child before the request is ready: warmed workers serve it, or it is killed', async () => {
    const headFiles = files('select 1 as user_id, name, email from raw\n');
    const scan = scanRepository(headFiles);
    const runner = inProcessRunner();
    const strip = ({ timing: _timing, ...rest }: Awaited<ReturnType<typeof columnLineage>>) => rest;
    const expected = await columnLineage(
      { ref: 'HEAD', scan, files: headFiles },
      { runner, workers: warmWorkers() },
    );
    await runner.close();
    // the request arrives later (the CLI scanning meanwhile); the warmed pool fits it
    const later = new Promise<LineageRequest>((resolve) =>
      setTimeout(
        () =>
          resolve({
            input: { ref: 'HEAD', scan, files: headFiles },
            options: { workers: warmWorkers() },
          }),
        300,
      ),
    );
    const isolated = await isolatedColumnLineage(later, { childScript });
    expect(strip(isolated)).toEqual(strip(expected));
    // and one that does not fit it (another timeout): the child answers with its own pool
    const other = await isolatedColumnLineage(
      Promise.resolve({
        input: { ref: 'HEAD', scan, files: headFiles },
        options: { workers: 1, timeoutMs: 20_000 },
      }),
      { childScript },
    );
    expect(strip(other).models).toEqual(strip(expected).models);
    // a request that fails to come: its error, and no child left behind
    await expect(
      isolatedColumnLineage(Promise.reject(new Error('no dbt_project.yml')), { childScript }),
    ).rejects.toThrow('no dbt_project.yml');
  }, 60_000);

  it('refuses a child that overruns, crashes, floods or answers garbage, in one line', async () => {
    const fake = (name: string, code: string) => {
      const path = join(work, name);
      writeFileSync(path, code);
      return path;
    };
    const request = { input: input('select 1 as a\n', 'select 2 as a\n'), options: {} };
    const slow = fake('slow.mjs', 'setInterval(() => {}, 1000);\n');
    await expect(
      isolatedColumnImpact(request, { childScript: slow, killAfterMs: 500 }),
    ).rejects.toThrow(/ran longer than/);
    const crash = fake('crash.mjs', "throw new Error('boom');\n");
    await expect(isolatedColumnImpact(request, { childScript: crash })).rejects.toThrow(
      /exited \(code 1\) without an answer: .*boom/,
    );
    const flood = fake(
      'flood.mjs',
      "import { writeSync } from 'node:fs';\nconst b = Buffer.alloc(1 << 20);\nfor (let i = 0; i < 8; i++) writeSync(3, b);\n",
    );
    await expect(
      isolatedColumnImpact(request, { childScript: flood, maxResponseBytes: 1 << 20 }),
    ).rejects.toThrow(/more than 1048576 bytes/);
    const forged = fake(
      'forged.mjs',
      "import { writeSync } from 'node:fs';\nwriteSync(3, JSON.stringify({ result: { changes: [{ model: 'x', category: 'safe', reasons: ['trust me'] }] } }));\n",
    );
    // v8's format is refused: a 38-byte sparse array would cost the checker hours.
    const sparse = fake(
      'sparse.mjs',
      "import { writeSync } from 'node:fs';\nimport { serialize } from 'node:v8';\nconst a = []; a.length = 2 ** 32 - 1;\nwriteSync(3, serialize({ result: { changes: a } }));\n",
    );
    await expect(isolatedColumnImpact(request, { childScript: sparse })).rejects.toThrow(
      /unreadable/,
    );
    await expect(isolatedColumnImpact(request, { childScript: forged })).rejects.toThrow(
      /not a column impact \(changes\.0\.category/,
    );
    await expect(
      isolatedColumnImpact(request, { childScript: join(work, 'missing.mjs') }),
    ).rejects.toThrow(/without an answer/);
  }, 60_000);

  it("checks a lineage's models line by line, and that the last line accounts for them", async () => {
    const lineageRequest = {
      input: { ref: 'HEAD', scan: scanRepository(files('select 1 as a\n')), files: new Map() },
      options: {},
    };
    const model = (name: string) => ({
      name,
      kind: 'model',
      project: 'p',
      path: `models/${name}.sql`,
      status: 'complete',
      reads: [],
      columns: [{ name: 'a', transform: 'a', upstream: [] }],
      rowAffecting: [],
    });
    const last = (models: number, streamed: number) => ({
      result: {
        schemaVersion: 1,
        mode: 'lineage-columns',
        ref: 'HEAD',
        dialects: {},
        limits: { timeoutMs: 1, totalMs: 1 },
        summary: {
          models,
          analysed: models,
          complete: models,
          partial: 0,
          unknown: 0,
          unknownByReason: {},
        },
        models: [],
        timing: { wall: 0, render: 0, parse: 0, analysis: 0, structure: 0 },
      },
      streamed,
    });
    const answering = (name: string, lines: unknown[]) => {
      const path = join(work, name);
      // the lines in separate writes, split mid-line, as a pipe may deliver them
      const text = lines.map((l) => JSON.stringify(l)).join('\n');
      writeFileSync(
        path,
        `import { writeSync } from 'node:fs';\nconst t = ${JSON.stringify(text)};\nfor (let i = 0; i < t.length; i += 7) writeSync(3, t.slice(i, i + 7));\n`,
      );
      return path;
    };
    const good = await isolatedColumnLineage(lineageRequest, {
      childScript: answering('good.mjs', [model('zeta'), model('alpha'), last(2, 2)]),
    });
    expect(good.models.map((m) => m.name)).toEqual(['alpha', 'zeta']);
    await expect(
      isolatedColumnLineage(lineageRequest, {
        childScript: answering('bad-model.mjs', [{ ...model('x'), status: 'fine' }, last(1, 1)]),
      }),
    ).rejects.toThrow(/not a model of a column lineage \(status/);
    await expect(
      isolatedColumnLineage(lineageRequest, {
        childScript: answering('missing-model.mjs', [model('x'), last(2, 2)]),
      }),
    ).rejects.toThrow(/1 models sent, 2 said, 2 in its summary/);
    await expect(
      isolatedColumnLineage(lineageRequest, {
        childScript: answering('twice.mjs', [model('x'), model('x'), last(2, 2)]),
      }),
    ).rejects.toThrow(/a model sent twice/);
    await expect(
      isolatedColumnLineage(lineageRequest, {
        childScript: answering('miscounted.mjs', [
          model('x'),
          { ...model('y'), status: 'unknown', unknown: 'render: no' },
          last(2, 2),
        ]),
      }),
    ).rejects.toThrow(/counts by status differ/);
    await expect(
      isolatedColumnLineage(lineageRequest, {
        childScript: answering('long-key.mjs', [
          { ...model('x'), ['k'.repeat(100_000)]: 1 },
          last(1, 1),
        ]),
      }),
    ).rejects.toThrow(/^.{0,300}$/);
    const inline = last(1, 0);
    await expect(
      isolatedColumnLineage(lineageRequest, {
        childScript: answering('inline.mjs', [
          { ...inline, result: { ...inline.result, models: [model('x')] } },
        ]),
      }),
    ).rejects.toThrow(/models in its last line/);
    const stuck = join(work, 'stuck-mid-line.mjs');
    writeFileSync(
      stuck,
      "import { writeSync } from 'node:fs';\nwriteSync(3, '{\"name\":');\nsetInterval(() => {}, 1000);\n",
    );
    await expect(
      isolatedColumnLineage(lineageRequest, { childScript: stuck, killAfterMs: 500 }),
    ).rejects.toThrow(/ran longer than/);
    const garbage = join(work, 'garbage-line.mjs');
    writeFileSync(garbage, "import { writeSync } from 'node:fs';\nwriteSync(3, '{nope\\n{}');\n");
    await expect(isolatedColumnLineage(lineageRequest, { childScript: garbage })).rejects.toThrow(
      /unreadable/,
    );
  }, 60_000);
});
