// npm run bench:columns [-- --runs 1 --sizes 500,2000 --budget 7200]
// Full column lineage (`lineage --columns --format json`) against the model-level scan
// (`lineage --format json`) of the same commit, with the bundled CLI as a user runs it:
// - spellbook's head (five dbt projects, ~7,450 models; needs ../shared);
// - generated projects of growing size (a chain of joins with fixed columns), to see that time
//   and memory grow linearly.
// Whole processes, wall time and peak RSS (workers included), medians of --runs rounds; the
// summary line of the column run and where its time went (BLAST_RADIUS_DEBUG's timing line).
// Takes minutes (spellbook's column run, ~10–20 minutes on a loaded 2-core machine). No test
// asserts these.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedRepo } from './generated-repo.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    sizes: { type: 'string', default: '500,2000' },
    budget: { type: 'string', default: '7200' },
    out: { type: 'string', default: '.bench/columns' },
    cli: { type: 'string', default: 'dist/cli.js' },
  },
});
const runs = Number(values.runs);
const work = resolve(values.out);
const cli = resolve(values.cli);
const hook = resolve('scripts/bench/rss-hook.mjs');
mkdirSync(work, { recursive: true });

/**
 * Peak RSS of a process tree: the column work runs in an isolated child process (and its
 * polyglot worker threads), which a hook in the CLI's own process does not see. GNU time reports
 * the largest resident set among the process and its descendants (wait4's rusage); without it,
 * the hook's figure is the CLI process alone, and the table says so.
 */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** One whole process: wall ms, peak RSS MB, stdout size MB, stderr text. */
function once(args) {
  const rssFile = join(work, 'rss.txt');
  const treeRssFile = join(work, 'tree-rss.txt');
  const outFile = join(work, 'out.json');
  rmSync(rssFile, { force: true });
  rmSync(treeRssFile, { force: true });
  const timed = gnuTime ? `"${gnuTime}" -f %M -o "${treeRssFile}" ` : '';
  const start = process.hrtime.bigint();
  const result = spawnSync(
    'sh',
    ['-c', `${timed}"${process.execPath}" --import "${hook}" "$@" > "${outFile}"`, 'sh', ...args],
    {
      env: { ...process.env, BENCH_RSS_FILE: rssFile, BLAST_RADIUS_DEBUG: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = gnuTime
    ? (Number(readFileSync(treeRssFile, 'utf8').trim().split('\n').pop()) * 1024) / 1048576
    : Number(readFileSync(rssFile, 'utf8')) / 1048576;
  return { ms, rss, outMb: statSync(outFile).size / 1048576, stderr: result.stderr, outFile };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function against(repo, ref) {
  const model = [];
  const columns = [];
  let last;
  for (let round = 0; round < runs; round++) {
    model.push(once([cli, 'lineage', '--repo', repo, '--ref', ref, '--format', 'json']));
    last = once([
      cli,
      'lineage',
      '--columns',
      '--columns-budget',
      values.budget,
      '--repo',
      repo,
      '--ref',
      ref,
      '--format',
      'json',
    ]);
    columns.push(last);
  }
  const summary = JSON.parse(readFileSync(last.outFile, 'utf8')).summary;
  const timing = /columns: (.*)/.exec(last.stderr)?.[1] ?? '';
  return {
    modelMs: median(model.map((r) => r.ms)),
    modelRss: median(model.map((r) => r.rss)),
    columnsMs: median(columns.map((r) => r.ms)),
    columnsRss: median(columns.map((r) => r.rss)),
    outMb: last.outMb,
    summary,
    timing,
  };
}

function report(label, r) {
  const s = r.summary;
  const reasons = Object.entries(s.unknownByReason)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  console.log(
    `| ${label} | ${(r.modelMs / 1000).toFixed(1)} s | ${r.modelRss.toFixed(0)} MB | ${(r.columnsMs / 1000).toFixed(1)} s | ${(r.columnsMs / r.modelMs).toFixed(1)}× | ${r.columnsRss.toFixed(0)} MB | ${r.outMb.toFixed(1)} MB | ${s.models} models: ${s.complete} complete, ${s.partial} partial, ${s.unknown} unknown${reasons ? ` (${reasons})` : ''} |`,
  );
  if (r.timing) console.log(`|  ↳ ${r.timing} | | | | | | | |`);
}

console.log(
  `# ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 1048576).toFixed(0)} MiB, Node ${process.version}, ${runs} round(s), medians; MB = peak RSS ${gnuTime ? 'of the largest process of the tree (GNU time): the isolated column child included' : "of the CLI's own process only (no /usr/bin/time here: the isolated column child is not counted)"}\n`,
);
console.log(
  '| what | model-level | MB | columns | × | MB | JSON | result |\n|---|---:|---:|---:|---:|---:|---:|---|',
);

const bundle = resolve('..', 'shared', 'corpus', 'projects', 'spellbook.bundle');
if (existsSync(bundle)) {
  const repo = join(work, 'spellbook.git');
  if (!existsSync(repo)) execFileSync('git', ['clone', '-q', '--mirror', bundle, repo]);
  const head = execFileSync('git', ['-C', repo, 'rev-parse', 'head'], { encoding: 'utf8' }).trim();
  report('spellbook head', against(repo, head));
} else {
  console.log('| (spellbook skipped: ../shared/corpus/projects is not here) | | | | | | | |');
}

/** A generated project: staging models over a source, then a chain of joins with fixed columns. */
function generated(size) {
  return generatedRepo(join(work, `generated-${size}`), (write) => {
    write('dbt_project.yml', "name: 'generated'\nmodel-paths: ['models']\n");
    write(
      'models/_sources.yml',
      'version: 2\nsources:\n  - name: raw\n    tables:\n      - name: events\n        columns:\n          - name: id\n          - name: v\n          - name: w\n          - name: at\n',
    );
    for (let i = 0; i < size; i++) {
      const sql =
        i < 10
          ? `with e as (select * from {{ source('raw', 'events') }})\nselect id, v, w, at from e where at is not null\n`
          : `with a as (select * from {{ ref('m_${i - 10}') }}), b as (select * from {{ ref('m_${(i * 7) % (i - 5)}') }})\n` +
            `select a.id, a.v + b.v as v, coalesce(a.w, b.w) as w, max(a.at) over (partition by a.id) as at\nfrom a join b on a.id = b.id\n`;
      write(`models/layer_${i % 20}/m_${i}.sql`, sql);
    }
  });
}

for (const size of values.sizes.split(',').filter(Boolean).map(Number)) {
  report(`generated ${size.toLocaleString('en-US')} models`, against(generated(size), 'HEAD'));
}
