// Bundles the CLI into dist/ with esbuild. `--check` rebuilds into a temporary folder and fails
// when the committed dist/ differs: CI's guard against a stale bundle.
import { build } from 'esbuild';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// columns-child: the isolated renderer column analysis runs in (src/isolation/isolated.ts).
const ENTRIES = {
  cli: 'src/cli.ts',
  index: 'src/index.ts',
  'columns-child': 'src/isolation/child.ts',
};

// @actions/core imports its OIDC client, hence @actions/http-client and undici (800 KB), at the
// top of every run though only getIDToken needs them. These packages declare no side effects
// worth keeping, so modules whose exports go unused are dropped: the action starts faster.
const SIDE_EFFECT_FREE = /^(@actions\/core|@actions\/http-client|undici|tunnel)(\/|$)/;
const sideEffectFree = {
  name: 'side-effect-free',
  setup(bundle) {
    bundle.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
      if (args.pluginData?.resolved) return undefined;
      const result = await bundle.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolved: true },
      });
      return result.errors.length > 0 ? result : { ...result, sideEffects: false };
    });
  },
};
const check = process.argv.includes('--check');
const outdir = check ? await mkdtemp(join(tmpdir(), 'blast-radius-dist-')) : 'dist';

if (!check) await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  mainFields: ['module', 'main'],
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [sideEffectFree],
  // Column analysis loads polyglot (23 MB of WebAssembly) at runtime, only when asked: never
  // bundled, but copied as published into dist/vendor/polyglot/ (below), since the action runs
  // dist/ alone (see docs/column-impact.md).
  external: ['@polyglot-sql/sdk', '@polyglot-sql/sdk/*'],
  // Bundled CommonJS dependencies call require(); give them one in the ESM bundle.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// polyglot's Node entry, the modules it imports, its WebAssembly and its licence, as published.
const require = createRequire(import.meta.url);
const polyglotDir = dirname(require.resolve('@polyglot-sql/sdk/polyglot_sql.wasm'));
const vendor = join(outdir, 'vendor', 'polyglot');
await mkdir(vendor, { recursive: true });
const pending = ['index.node.js'];
const copied = new Set();
while (pending.length > 0) {
  const file = pending.pop();
  if (copied.has(file)) continue;
  copied.add(file);
  await copyFile(join(polyglotDir, file), join(vendor, file));
  const code = await readFile(join(polyglotDir, file), 'utf8');
  for (const [, spec] of code.matchAll(/from\s*["'](\.\/[^"']+)["']/g)) pending.push(spec.slice(2));
}
await copyFile(join(polyglotDir, 'polyglot_sql.wasm'), join(vendor, 'polyglot_sql.wasm'));
await copyFile(join(polyglotDir, '..', 'LICENSE'), join(vendor, 'LICENSE'));

if (check) {
  const stale = [];
  const files = async (dir) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1))
      .sort();
  const fresh = await files(outdir);
  const committed = await files('dist');
  if (fresh.join() !== committed.join()) stale.push(`files differ: [${committed}] vs [${fresh}]`);
  for (const file of fresh) {
    const a = await readFile(join(outdir, file));
    const b = await readFile(join('dist', file)).catch(() => null);
    if (b === null || !a.equals(b)) stale.push(file);
  }
  await rm(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run "npm run build" and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date.');
}
