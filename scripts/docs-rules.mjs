// Writes the rules table of docs/configuration.md from the rule registry (src/rules/registry.ts),
// between its markers. `--check` fails when the committed table differs; the unit test
// test/unit/registry.test.ts checks the same, so the docs cannot drift from the registry.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const DOC = 'docs/configuration.md';
const check = process.argv.includes('--check');

// The registry is TypeScript: bundle it to run it here.
const temp = await mkdtemp(join(tmpdir(), 'blast-radius-rules-'));
let registry;
try {
  const outfile = join(temp, 'rules.mjs');
  await build({
    stdin: {
      contents:
        "export { RULE_SPECS } from './src/rules/registry.ts';\nexport * from './src/rules/docs-table.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
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
  registry = await import(pathToFileURL(outfile).href);
} finally {
  await rm(temp, { recursive: true, force: true });
}

const doc = await readFile(DOC, 'utf8');
const current = registry.rulesTableIn(doc);
if (current === undefined) {
  console.error(
    `${DOC}: the markers ${registry.RULES_TABLE_BEGIN} … ${registry.RULES_TABLE_END} are missing.`,
  );
  process.exit(1);
}
const config = (await prettier.resolveConfig(DOC)) ?? {};
const table = (
  await prettier.format(registry.rulesTable(registry.RULE_SPECS), { ...config, parser: 'markdown' })
).trimEnd();
const begin = doc.indexOf(registry.RULES_TABLE_BEGIN) + registry.RULES_TABLE_BEGIN.length;
const next = `${doc.slice(0, begin)}\n\n${table}\n\n${doc.slice(begin + current.length)}`;
if (check) {
  if (next !== doc) {
    console.error(`${DOC}: the rules table differs from the registry: run "npm run docs:rules".`);
    process.exit(1);
  }
  console.log(`${DOC}: the rules table matches the registry.`);
} else {
  await writeFile(DOC, next);
  console.log(`${DOC}: wrote the rules table (${registry.RULE_SPECS.length} rules).`);
}
