// npm run bench [-- --sizes 1000,10000,100000 --runs 5 --corpus]
// Measures whole processes — the bundled CLI exactly as users run it — against the floor of a
// Node process that only reads and JSON.parses both inventories, run in interleaved rounds.
// Reports medians of wall time and peak RSS, and of each round's ratio to the floor. See
// docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateInventory, mulberry32 } from './generate.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    scenarios: { type: 'string', default: 'one,percent,hub,all,all-edited' },
    corpus: { type: 'boolean', default: false },
    out: { type: 'string', default: '.bench' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const scenarios = values.scenarios.split(',');
const work = resolve(values.out);
const cli = resolve('dist/cli.js');
const hook = resolve('scripts/bench/rss-hook.mjs');
const floorScript = resolve('scripts/bench/floor.mjs');
const rssFile = join(work, 'rss');
mkdirSync(work, { recursive: true });

/**
 * Runs each command once per round, round after round, so that every command sees the machine
 * in the same state: a shared cloud machine drifts by 10–30% within minutes, which would land in
 * the ratio if the floor and the engine were measured minutes apart. Returns each command's
 * wall times and peak RSS, one sample per round.
 */
function interleaved(commands) {
  const samples = commands.map(() => ({ wall: [], rss: [] }));
  for (let round = 0; round < runs; round++) {
    commands.forEach((command, i) => {
      const { ms, rss } = runOnce(command.args, command.env, command.ok);
      samples[i].wall.push(ms);
      samples[i].rss.push(rss);
    });
  }
  return samples;
}

/** `ok`: the exit statuses that count as a run (the CLI exits 1 on a failing verdict; a floor
 * must exit 0 — a crashed floor would be a fast one). */
function runOnce(args, env = {}, ok = [0, 1]) {
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', hook, ...args], {
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!ok.includes(result.status)) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return { ms, rss: Number(readFileSync(rssFile, 'utf8')) };
}

/**
 * The engine against the floor, measured in the same rounds. The floor is the faster of two
 * ways to read (by median); a ratio is the median of the rounds' own ratios, the figure least
 * moved by drift.
 */
function measureAgainstFloor(files, engineRuns) {
  const [utf8, bytes, ...engines] = interleaved([
    { args: [floorScript, 'utf8', ...files], ok: [0] },
    { args: [floorScript, 'bytes', ...files], ok: [0] },
    ...engineRuns.map((args) => ({ args })),
  ]);
  const floor = median(utf8.wall) <= median(bytes.wall) ? utf8 : bytes;
  const summary = (run) => ({
    ms: median(run.wall),
    rss: median(run.rss),
    ratio: median(run.wall.map((ms, i) => ms / floor.wall[i])),
    rssRatio: median(run.rss.map((rss, i) => rss / floor.rss[i])),
  });
  return {
    floor: { ms: median(floor.wall), rss: median(floor.rss) },
    engines: engines.map(summary),
  };
}

function measure(args, env = {}) {
  const [run] = interleaved([{ args, env }]);
  return { ms: median(run.wall), rss: median(run.rss) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => (bytes / 1048576).toFixed(0);
const times = (r) => `${r.toFixed(2)}×`;

function scenarioFiles(size) {
  const dir = join(work, String(size));
  mkdirSync(dir, { recursive: true });
  const base = generateInventory(size);
  const basePath = join(dir, 'base.json');
  writeFileSync(basePath, JSON.stringify(base));
  const random = mulberry32(size);
  const pick = (layer) =>
    base.models.find((m, i) => m.layer === layer && i % 7 === 3) ?? base.models[0];
  const out = {};
  const write = (name, head, changed) => {
    const headPath = join(dir, `${name}-head.json`);
    writeFileSync(headPath, JSON.stringify(head));
    writeFileSync(join(dir, `${name}-changed.txt`), changed.map((p) => `M\t${p}`).join('\n'));
    out[name] = { base: basePath, head: headPath, changed: join(dir, `${name}-changed.txt`) };
  };
  if (scenarios.includes('one')) write('one', base, [pick('signal').path]);
  if (scenarios.includes('percent')) {
    // 1% of models edited, a tenth of them also rewired to a new upstream.
    const head = structuredClone(base);
    const changed = [];
    for (const model of head.models) {
      if (random() >= 0.01) continue;
      changed.push(model.path);
      if (model.upstream_dependencies && random() < 0.1)
        model.upstream_dependencies.push(head.models[0].name);
    }
    write('percent', head, changed);
  }
  if (scenarios.includes('hub')) write('hub', base, [base.models[0].path]);
  // Every model's SQL changed, the inventory untouched (the usual shape of a sweeping refactor).
  if (scenarios.includes('all'))
    write(
      'all',
      base,
      base.models.map((m) => m.path),
    );
  // The worst case: every inventory entry edited as well, so no entry text is shared.
  if (scenarios.includes('all-edited'))
    write(
      'all-edited',
      {
        ...base,
        models: base.models.map((m) => ({ ...m, description: `${m.description} (edited)` })),
      },
      base.models.map((m) => m.path),
    );
  return out;
}

function supportsMarkdown() {
  const probe = spawnSync(process.execPath, [cli, 'diff', '--help'], { encoding: 'utf8' });
  return (
    /markdown/.test(probe.stdout) &&
    spawnSync(process.execPath, [
      cli,
      'diff',
      '--head-file',
      'examples/demo/head.json',
      '--format',
      'markdown',
    ]).status !== 2
  );
}

const markdown = supportsMarkdown();
const rows = [];
console.log(
  `# ${cpus().length} × ${cpus()[0]?.model}, ${mb(totalmem())} MiB, Node ${process.version}, ${runs} interleaved rounds, medians (× = median of per-round ratios)\n`,
);
console.log(
  '| models | scenario | input MB | floor ms | floor MB | json ms | × | json MB | × | markdown ms | × |',
);
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const files = scenarioFiles(size);
  for (const [name, f] of Object.entries(files)) {
    const inputMb = (statSync(f.base).size + statSync(f.head).size) / 1048576;
    const diffArgs = [
      cli,
      'diff',
      '--base-file',
      f.base,
      '--head-file',
      f.head,
      '--changed-files',
      f.changed,
    ];
    const formats = markdown ? ['json', 'markdown'] : ['json'];
    const { floor, engines } = measureAgainstFloor(
      [f.base, f.head],
      formats.map((format) => [...diffArgs, '--format', format]),
    );
    const [json, md] = engines;
    const row = `| ${size.toLocaleString('en-US')} | ${name} | ${inputMb.toFixed(1)} | ${floor.ms.toFixed(0)} | ${mb(floor.rss)} | ${json.ms.toFixed(0)} | ${times(json.ratio)} | ${mb(json.rss)} | ${times(json.rssRatio)} | ${md ? md.ms.toFixed(0) : '–'} | ${md ? times(md.ratio) : '–'} |`;
    rows.push(row);
    console.log(row);
  }
}

if (values.corpus) {
  const corpus = resolve('..', 'shared', 'corpus');
  const index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8'));
  console.log('\n| corpus pair | floor ms | json ms | × | json MB |');
  console.log('|---|---:|---:|---:|---:|');
  for (const pair of index.pairs) {
    const [b, h, c] = [pair.baseFile, pair.headFile, pair.changedFiles].map((p) => join(corpus, p));
    const { floor, engines } = measureAgainstFloor(
      [b, h],
      [[cli, 'diff', '--base-file', b, '--head-file', h, '--changed-files', c, '--format', 'json']],
    );
    const [json] = engines;
    console.log(
      `| ${pair.repo}${pair.pr === null ? `@${pair.head.slice(0, 8)}` : `#${pair.pr}`} | ${floor.ms.toFixed(0)} | ${json.ms.toFixed(0)} | ${times(json.ratio)} | ${mb(json.rss)} |`,
    );
  }
}

const action = resolve('dist/index.js');
if (existsSync(action)) {
  // The action's no-op path: an event it does not handle, with no network.
  const start = measure([action], {
    GITHUB_EVENT_NAME: 'bench-noop',
    GITHUB_ACTIONS: 'true',
    'INPUT_GITHUB-TOKEN': 'x',
  });
  console.log(
    `\naction bundle: ${(statSync(action).size / 1024).toFixed(0)} KiB, cold start ${start.ms.toFixed(0)} ms, ${mb(start.rss)} MB peak`,
  );
}
console.log(`\ncli bundle: ${(statSync(cli).size / 1024).toFixed(0)} KiB`);
