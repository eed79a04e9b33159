import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  engines: { node: string };
};

describe('the npm package', () => {
  it('runs by its own name and by the short one', () => {
    expect(pkg.bin).toEqual({
      'blast-radius': 'dist/cli.js',
      [pkg.name]: 'dist/cli.js',
    });
  });

  it('packs the bundle its bins point to', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as [{ files: { path: string }[] }];
    const files = new Set(packed.files.map((file) => file.path));
    for (const bin of Object.values(pkg.bin)) expect(files).toContain(bin);
    expect([...files].some((file) => file.startsWith('dist/chunks/'))).toBe(true);
    expect([...files].some((file) => file.startsWith('src/'))).toBe(false);
    expect(readFileSync(Object.values(pkg.bin)[0]!, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('declares the Node version its dependencies need', () => {
    expect(pkg.engines.node).toBe('>=22');
  });
});
