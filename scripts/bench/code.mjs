// npm run bench:code [-- --runs 3 --sizes 5000,50000 --baseline ../other/dist/cli.js]
// Code lineage against its floor: reading the same blobs with one `git cat-file --batch`.
// - spellbook's head (five dbt projects, ~7,500 models; needs ../shared): the bundled CLI's
//   `lineage --format json` against `git ls-tree` + one `cat-file --batch` of the same files;
// - a diff of spellbook PR 9918 in git mode against the floor of reading both trees;
// - generated projects of growing size (a chain of refs, a macro, sources), to see linearity.
// Whole processes, interleaved rounds, medians (see docs/performance.md). No test asserts these.
// `--baseline` runs another build of the CLI in the same rounds (engine ÷ baseline per round):
// on a shared, loaded machine a speed-up is only comparable under the same conditions.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedRepo } from './generated-repo.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '5000,50000' },
    out: { type: 'string', default: '.bench/code' },
    baseline: { type: 'string' },
  },
});
const runs = Number(values.runs);
const work = resolve(values.out);
const cli = resolve('dist/cli.js');
const baseline = values.baseline ? resolve(values.baseline) : undefined;
mkdirSync(work, { recursive: true });

const DBT_FILE = /\.(sql|py|ya?ml|csv|md)$/i;

/** The floor: list the trees and read every dbt file's blob once, with one cat-file process. */
function floorScript(repo, commits) {
  const script = join(work, 'floor.mjs');
  writeFileSync(
    script,
    `import { execFileSync } from 'node:child_process';
const [repo, ...commits] = process.argv.slice(2);
const blobs = new Set();
for (const commit of commits) {
  const out = execFileSync('git', ['-C', repo, 'ls-tree', '-r', '-z', commit], { maxBuffer: 1 << 30 }).toString();
  for (const line of out.split('\\0')) {
    const tab = line.indexOf('\\t');
    if (tab > 0 && ${DBT_FILE}.test(line.slice(tab + 1))) blobs.add(line.slice(12, tab));
  }
}
execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input: [...blobs].join('\\n') + '\\n', maxBuffer: 2 ** 31 - 1 });
`,
  );
  return [script, repo, ...commits];
}

/** One whole process. The CLI exits 1 for a failing verdict; the floor must exit 0 (a crashed
 * floor would be a fast floor). */
function timeOnce(args, okStatuses = [0, 1]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (!okStatuses.includes(result.status))
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Floor and engine in interleaved rounds; the ratio is the median of each round's ratio. */
function against(floor, engine) {
  const f = [];
  const e = [];
  const b = [];
  for (let round = 0; round < runs; round++) {
    f.push(timeOnce(floor, [0]));
    e.push(timeOnce(engine));
    if (baseline) b.push(timeOnce([baseline, ...engine.slice(1)]));
  }
  return {
    floor: median(f),
    engine: median(e),
    ratio: median(e.map((ms, i) => ms / f[i])),
    ...(baseline && {
      baseline: median(b),
      baselineRatio: median(b.map((ms, i) => ms / f[i])),
      speedup: median(b.map((ms, i) => ms / e[i])),
    }),
  };
}

const row = (label, r) =>
  console.log(
    `| ${label} | ${r.floor.toFixed(0)} | ${r.engine.toFixed(0)} | ${r.ratio.toFixed(2)}× |` +
      (baseline
        ? ` ${r.baseline.toFixed(0)} | ${r.baselineRatio.toFixed(2)}× | ${r.speedup.toFixed(2)}× |`
        : ''),
  );

console.log(
  `# ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 1048576).toFixed(0)} MiB, Node ${process.version}, ${runs} interleaved rounds, medians\n`,
);
console.log(
  `| what | floor ms | engine ms | × |${baseline ? ' baseline ms | baseline × | speed-up |' : ''}`,
);
console.log(`|---|---:|---:|---:|${baseline ? '---:|---:|---:|' : ''}`);

const bundle = resolve('..', 'shared', 'corpus', 'projects', 'spellbook.bundle');
if (existsSync(bundle)) {
  const repo = join(work, 'spellbook.git');
  if (!existsSync(repo)) execFileSync('git', ['clone', '-q', '--mirror', bundle, repo]);
  const head = execFileSync('git', ['-C', repo, 'rev-parse', 'head'], { encoding: 'utf8' }).trim();
  row(
    'spellbook head: lineage --format json',
    against(floorScript(repo, [head]), [
      cli,
      'lineage',
      '--repo',
      repo,
      '--ref',
      head,
      '--format',
      'json',
    ]),
  );
  const pr = 'pair/9918';
  const prHead = execFileSync('git', ['-C', repo, 'rev-parse', pr], { encoding: 'utf8' }).trim();
  const prBase = execFileSync('git', ['-C', repo, 'rev-parse', `${pr}~1`], {
    encoding: 'utf8',
  }).trim();
  row(
    'spellbook PR 9918: diff in git mode',
    against(floorScript(repo, [prBase, prHead]), [
      cli,
      'diff',
      '--repo',
      repo,
      '--base',
      prBase,
      '--head',
      prHead,
      '--format',
      'json',
    ]),
  );
} else {
  console.log('| (spellbook skipped: ../shared/corpus/projects is not here) | | | |');
}

/** A generated project: staging models over sources, then chains of refs, one shared macro. */
function generated(size) {
  return generatedRepo(join(work, `generated-${size}`), (write) => {
    write(
      'dbt_project.yml',
      "name: 'generated'\nmodel-paths: ['models']\nmacro-paths: ['macros']\n",
    );
    write(
      'macros/ids.sql',
      '{% macro click_id(r) %}coalesce({{ r }}.gclid, {{ r }}.fbclid){% endmacro %}\n',
    );
    write(
      'models/staging/_sources.yml',
      'version: 2\nsources:\n  - name: raw\n    tables:\n      - name: events\n',
    );
    for (let i = 0; i < size; i++) {
      const reads =
        i < 10
          ? ["{{ source('raw', 'events') }}"]
          : [`{{ ref('m_${i - 10}') }}`, `{{ ref('m_${(i * 7) % (i - 5)}') }}`];
      write(
        `models/layer_${i % 20}/m_${i}.sql`,
        `select {{ click_id('a') }} as click, a.* from ${reads[0]} a${reads[1] ? ` join ${reads[1]} b using (id)` : ''}\n`,
      );
    }
  });
}

for (const size of values.sizes.split(',').map(Number)) {
  const repo = generated(size);
  row(
    `generated ${size.toLocaleString('en-US')} models: lineage --format json`,
    against(floorScript(repo, ['HEAD']), [
      cli,
      'lineage',
      '--repo',
      repo,
      '--ref',
      'HEAD',
      '--format',
      'json',
    ]),
  );
}
