// The core/adapter rule of docs/architecture.md, checked over the import graph: the functional
// core (parsing, lineage, diff, rules, rendering) imports no adapter, no file system, process,
// network or GitHub runtime; only the adapters (git, the GitHub API, the action runtime, the CLI)
// touch the outside world.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
/** Folders of src/ that are adapters; every other folder is core. */
const ADAPTERS = new Set(['action', 'cli', 'git', 'isolation']);
/** Entry points: they wire adapters together. */
const ENTRY_POINTS = new Set(['cli.ts', 'index.ts']);
/** What the core may not import. */
const OUTSIDE_WORLD = [
  /^node:(child_process|fs|fs\/promises|net|http|https|dns|tls|dgram|cluster|readline)$/,
  /^(child_process|fs|fs\/promises|net|http|https)$/,
  /^@actions\//,
  /^@octokit\//,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  const pattern =
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) specifiers.push((match[1] ?? match[2])!);
  return specifiers;
}

/** The top folder of src/ a file belongs to ('' for a file directly under src/). */
function areaOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0]! : '';
}

describe('the core/adapter rule (docs/architecture.md)', () => {
  const files = sourceFiles(SRC);
  const core = files.filter(
    (file) => !ADAPTERS.has(areaOf(file)) && !ENTRY_POINTS.has(relative(SRC, file)),
  );

  it('finds the source tree', () => {
    expect(core.length).toBeGreaterThan(20);
  });

  it('the core imports neither adapters nor the outside world', () => {
    const violations: string[] = [];
    for (const file of core) {
      for (const specifier of importsOf(file)) {
        const name = relative(SRC, file);
        if (OUTSIDE_WORLD.some((pattern) => pattern.test(specifier)))
          violations.push(`${name} imports ${specifier}`);
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          if (!target.startsWith(SRC) && !target.endsWith('.json'))
            violations.push(`${name} imports ${specifier} (outside src)`);
          else if (ADAPTERS.has(areaOf(target)))
            violations.push(`${name} imports the adapter ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('nothing in src imports the built bundle', () => {
    const violations = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /(^|\/)dist\//.test(specifier))
        .map((specifier) => `${relative(SRC, file)} imports ${specifier}`),
    );
    expect(violations).toEqual([]);
  });
});
