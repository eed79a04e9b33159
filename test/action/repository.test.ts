import { describe, expect, it } from 'vitest';
import { diffTrees } from '../../src/action/repository.js';

const blob = (path: string, sha: string) => ({ path, type: 'blob', sha });

describe('diffTrees', () => {
  it('gives what git diff --name-status gives: modified, added, removed, pure renames', () => {
    const base = [
      { path: 'models', type: 'tree', sha: 't1' },
      blob('models/a.sql', '1'),
      blob('models/b.sql', '2'),
      blob('models/old.sql', '3'),
      blob('vendor/x.txt', '4'),
    ];
    const head = [
      { path: 'models', type: 'tree', sha: 't2' },
      blob('models/a.sql', '1'),
      blob('models/b.sql', '22'),
      blob('models/new/old.sql', '3'),
      blob('models/c.sql', '5'),
      { path: 'sub', type: 'commit', sha: '6' },
    ];
    expect(diffTrees(base, head)).toEqual([
      { status: 'M', path: 'models/b.sql' },
      { status: 'A', path: 'models/c.sql' },
      { status: 'R', oldPath: 'models/old.sql', path: 'models/new/old.sql', similarity: 100 },
      { status: 'D', path: 'vendor/x.txt' },
    ]);
  });

  it('is linear: 100,000 entries', () => {
    const base = Array.from({ length: 100_000 }, (_, i) => blob(`f/${i}`, `s${i}`));
    const head = base.map((entry, i) => (i % 1000 === 0 ? { ...entry, sha: 'changed' } : entry));
    expect(diffTrees(base, head)).toHaveLength(100);
  });
});
