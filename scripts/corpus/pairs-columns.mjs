// npm run corpus:columns [-- --cli dist/cli.js --work <dir> --timeout 240 --only jaffle-shop,tuva]
// Column analysis of every real PR pair of the corpus (../shared/corpus/projects/*.bundle, see
// its README): for each `pair/<id>` branch, `blast-radius diff --base pair/<id>~1 --head pair/<id>
// --columns --format json` through the bundled CLI, one pair at a time (the machine is shared),
// and a markdown table per project: modified models, categories, unknown reasons, the model-level
// radius against the models the column radius still reaches, wall time. Dev tool: the corpus is
// test data outside the repository; without it this prints a message and exits 0. The raw JSON
// reports are kept in the work folder (default: <tmp>/blast-radius-pairs) for review.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    cli: { type: 'string', default: 'dist/cli.js' },
    corpus: { type: 'string', default: '../shared/corpus/projects' },
    work: { type: 'string', default: join(tmpdir(), 'blast-radius-pairs') },
    timeout: { type: 'string', default: '240' },
    only: { type: 'string' },
  },
});

const corpus = resolve(values.corpus);
if (!existsSync(corpus)) {
  console.log(`corpus:columns: no corpus at ${corpus} (../shared is absent); nothing to do.`);
  process.exit(0);
}
const cli = resolve(values.cli);
if (!existsSync(cli)) {
  console.error(`corpus:columns: ${cli} not found (npm run build, or --cli PATH)`);
  process.exit(2);
}
const timeoutMs = Number(values.timeout) * 1000;
const work = resolve(values.work);
mkdirSync(work, { recursive: true });
const only = values.only ? new Set(values.only.split(',')) : null;

const git = (dir, ...args) =>
  execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

/** Runs the CLI in its own process group; past the timeout the whole group is killed. */
function runDiff(repo, id) {
  const args = [
    cli,
    'diff',
    '--repo',
    repo,
    '--base',
    `pair/${id}~1`,
    '--head',
    `pair/${id}`,
    '--columns',
    '--format',
    'json',
  ];
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({
        code,
        timedOut,
        seconds: Number(process.hrtime.bigint() - start) / 1e9,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

const CATEGORIES = ['cosmetic', 'additive', 'column', 'model-wide', 'unknown'];

/**
 * An unknown reason without the model-specific detail, so that like reasons group: positions and
 * durations become N, long quoted text "…" (short `names` stay: they say which macro or variable);
 * "base: X" and "head: X" alike become "both: X".
 */
function reasonKey(reasons) {
  const key = (r) =>
    r
      .replace(/\s+/g, ' ')
      .replace(/"[^"]{25,}"|'[^']{25,}'|`[^`]{41,}`/g, '…')
      .replace(/\b(line|col(?:umn)?|position|offset) \d+/gi, '$1 N')
      .replace(/\d+(\.\d+)?\s*(ms|s)\b/g, 'N $2')
      .slice(0, 160);
  const [first = '(no reason)', second] = reasons;
  if (second && first.startsWith('base: ') && second === `head: ${first.slice(6)}`)
    return key(`both: ${first.slice(6)}`);
  return key(first);
}

function summarise(report) {
  const modified = report.changes.filter((c) => c.kind === 'modified');
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  let classified = 0;
  const unknown = new Map();
  const other = new Map();
  for (const change of modified) {
    if (!change.category) {
      const key = change.metadataOnly ? 'metadata' : change.reasons.join('+');
      other.set(key, (other.get(key) ?? 0) + 1);
      continue;
    }
    classified++;
    counts[change.category]++;
    if (change.category === 'unknown') {
      const key = reasonKey(change.categoryReasons ?? []);
      unknown.set(key, [...(unknown.get(key) ?? []), change.model]);
    }
  }
  const reach = { full: 0, columns: 0, unaffected: 0, none: 0 };
  for (const model of report.impact.models) reach[model.reach ?? 'none']++;
  return {
    changes: report.changes.length,
    modified: modified.length,
    classified,
    other: [...other].map(([key, n]) => `${n} ${key}`).join(', '),
    counts,
    unknown,
    impacted: report.summary.impacted,
    affected: report.summary.affected,
    reach,
  };
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

const bundles = readdirSync(corpus)
  .filter((f) => f.endsWith('.bundle'))
  .sort();
console.log(
  `# Column analysis of the corpus's PR pairs\n\n${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, CLI ${cli}, timeout ${values.timeout} s per pair, sequential\n`,
);
const totals = { pairs: 0, modified: 0, classified: 0, impacted: 0, affected: 0, failed: 0 };
const totalCounts = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));

for (const file of bundles) {
  const project = basename(file, '.bundle');
  if (only && !only.has(project)) continue;
  const repo = join(work, `${project}.git`);
  if (!existsSync(repo))
    execFileSync('git', ['clone', '-q', '--mirror', join(corpus, file), repo], {
      stdio: 'inherit',
    });
  const ids = git(repo, 'for-each-ref', '--format=%(refname:strip=3)', 'refs/heads/pair/')
    .split('\n')
    .filter(Boolean);

  console.log(`\n## ${project}\n`);
  console.log(
    '| pair | changes | modified (classified) | not classified | cosmetic | additive | column | model-wide | unknown | radius | affected | ruled out | wall |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const notes = [];
  for (const id of ids) {
    const run = await runDiff(repo, id);
    writeFileSync(join(work, `${project}-${id}.json`), run.stdout);
    const wall = `${run.seconds.toFixed(0)} s`;
    totals.pairs++;
    let report;
    try {
      if (run.timedOut || (run.code !== 0 && run.code !== 1)) throw new Error('no report');
      report = JSON.parse(run.stdout);
    } catch {
      totals.failed++;
      const why = run.timedOut
        ? `killed after ${values.timeout} s`
        : `exit ${run.code}: ${cell(run.stderr.trim().split('\n')[0] ?? '').slice(0, 160)}`;
      console.log(`| #${id} | – | – | – | – | – | – | – | – | – | – | – | ${wall} (${why}) |`);
      continue;
    }
    const s = summarise(report);
    totals.modified += s.modified;
    totals.classified += s.classified;
    totals.impacted += s.impacted;
    for (const c of CATEGORIES) totalCounts[c] += s.counts[c];
    const hasAffected = typeof s.affected === 'number';
    if (hasAffected) totals.affected += s.affected;
    else totals.affected += s.impacted;
    const ruledOut = hasAffected ? `${s.impacted - s.affected}` : '– (no reach)';
    const pct =
      hasAffected && s.impacted > 0
        ? ` (${Math.round((100 * (s.impacted - s.affected)) / s.impacted)}%)`
        : '';
    console.log(
      `| #${id} | ${s.changes} | ${s.modified} (${s.classified}) | ${s.other} | ${CATEGORIES.map((c) => s.counts[c] || '').join(' | ')} | ${s.impacted} | ${hasAffected ? `${s.affected} (${s.reach.full} full, ${s.reach.columns} columns)` : '–'} | ${ruledOut}${pct} | ${wall} |`,
    );
    for (const [reason, models] of s.unknown)
      notes.push(
        `- #${id} unknown ×${models.length}: ${cell(reason)} (${models.slice(0, 4).map(cell).join(', ')}${models.length > 4 ? ', …' : ''})`,
      );
  }
  if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
}

console.log(
  `\n**Total**: ${totals.pairs} pairs (${totals.failed} without a report), ${totals.modified} modified models, ${totals.classified} classified: ${CATEGORIES.map((c) => `${totalCounts[c]} ${c}`).join(', ')}; radius ${totals.impacted} models, of which ${totals.affected} still affected (${totals.impacted - totals.affected} ruled out).\nRaw reports: ${work}`,
);
