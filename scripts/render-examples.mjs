// Renders the seed-based scenarios of scripts/examples/scenarios.ts into docs/examples/, so the
// README and reviewers can see real output, and screenshots each as GitHub shows it (headless
// Chromium, GitHub's stylesheet, mermaid: scripts/browser/github-page.mjs) into a .png beside it.
// `--check` renders into memory and fails when the committed .md files differ: CI's guard
// against examples that no longer match the renderer. It never compares the screenshots, whose
// bytes vary with fonts and browser versions.
import { build } from 'esbuild';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const OUT = 'docs/examples';
const check = process.argv.includes('--check');

// The scenarios are TypeScript over the engine's sources: bundle them to run them here.
const temp = await mkdtemp(join(tmpdir(), 'blast-radius-examples-'));
let examples;
try {
  const outfile = join(temp, 'scenarios.mjs');
  await build({
    entryPoints: ['scripts/examples/scenarios.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const scenarios = await import(pathToFileURL(outfile).href);
  examples = scenarios.examples(await readFile('test/fixtures/seed-inventory.json', 'utf8'));
} finally {
  await rm(temp, { recursive: true, force: true });
}

const files = new Map();
for (const example of examples) files.set(example.file, example.render());
files.set(
  'README.md',
  [
    '# Examples',
    '',
    'Real output of `blast-radius` on scenarios built from the seed inventory',
    '(`test/fixtures/seed-inventory.json`), with fixed commits and run link. Regenerate with',
    '`npm run examples`; CI runs `npm run examples -- --check`.',
    '',
    ...examples.map((example) => `- [${example.title}](${example.file})`),
    '',
  ].join('\n'),
);

if (check) {
  const stale = [];
  const committed = (await readdir(OUT).catch(() => [])).filter((f) => f.endsWith('.md'));
  for (const file of committed) if (!files.has(file)) stale.push(`${file} (no longer rendered)`);
  for (const [file, text] of files) {
    const current = await readFile(join(OUT, file), 'utf8').catch(() => null);
    if (current !== text) stale.push(file);
  }
  if (stale.length > 0) {
    console.error(
      `docs/examples/ is stale (${stale.join(', ')}): run "npm run examples" and commit it.`,
    );
    process.exit(1);
  }
  console.log(`docs/examples/ is up to date (${files.size} files).`);
} else {
  await mkdir(OUT, { recursive: true });
  // Only the renderings are replaced: screenshots stay when no browser can retake them.
  for (const file of await readdir(OUT))
    if (file.endsWith('.md')) await rm(join(OUT, file), { force: true });
  for (const [file, text] of files) await writeFile(join(OUT, file), text);
  console.log(`Wrote ${files.size} files to ${OUT}/.`);
  await screenshots();
}

/** A screenshot of each example comment at the column's width, every <details> closed. */
async function screenshots() {
  const { launch, measure } = await import('./browser/github-page.mjs');
  const { browser, reason } = await launch();
  if (!browser) {
    console.log(`Screenshots not retaken (${reason}); the committed ones are kept.`);
    return;
  }
  try {
    const wanted = new Set();
    for (const [file, text] of files) {
      // The pull-request comments only: what a reviewer sees on the PR page.
      if (!text.startsWith('<!-- dbt-blast-radius')) continue;
      const png = file.replace(/\.md$/, '.png');
      wanted.add(png);
      await measure(browser, text, { screenshot: join(OUT, png) });
    }
    for (const file of await readdir(OUT))
      if (file.endsWith('.png') && !wanted.has(file)) await rm(join(OUT, file), { force: true });
    console.log(`Took ${wanted.size} screenshots into ${OUT}/.`);
  } finally {
    await browser.close();
  }
}
