// Inventory sync on real projects: the corpus inventories against their repositories' code at
// the same commit. A sync leaves no drift, a second sync changes nothing, the patch applies with
// git apply, and every curated field survives. Runs when ../shared is present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree } from '../../src/git/tree-files.js';
import { parseInventory } from '../../src/inventory/parse.js';
import { codeView } from '../../src/lineage/code-view.js';
import { scanRepository } from '../../src/project/index.js';
import { applySync, driftFindings, planSync, unifiedPatch } from '../../src/sync/index.js';

const CORPUS = resolve('..', 'shared', 'corpus');
const present = existsSync(join(CORPUS, 'projects', 'jaffle-shop.bundle'));
const work = present ? mkdtempSync(join(tmpdir(), 'blast-radius-corpus-sync-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The smaller projects: spellbook's scan alone takes longer than this whole file should. */
const PROJECTS = ['jaffle-shop', 'across-analytics', 'mattermost-data-warehouse'];

describe.skipIf(!present)('inventory sync on the corpus projects', () => {
  for (const key of PROJECTS) {
    it(`${key}: sync leaves no drift, is idempotent, keeps curated fields, and git apply takes it`, async () => {
      const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as {
        repos: { key: string; file: string }[];
      };
      const file = index.repos.find((r) => r.key === key)!.file;
      const before = readFileSync(join(CORPUS, file), 'utf8');
      const repo = join(work, key);
      execFileSync('git', [
        'clone',
        '-q',
        '--mirror',
        join(CORPUS, 'projects', `${key}.bundle`),
        repo,
      ]);
      const { files } = await readTree(repo, 'head');
      const view = codeView(scanRepository(files));

      const after = applySync(before, planSync(before, view));
      expect(applySync(after, planSync(after, view)), 'a second sync').toBe(after);
      const synced = parseInventory(after, 'inventory.json');
      expect(synced.problems).toEqual([]);
      expect(driftFindings(synced, view), 'drift after sync').toEqual([]);

      // Curated fields of the entries that stay are untouched.
      const kept = new Map(synced.models.map((m) => [m.name, m]));
      for (const model of parseInventory(before, 'inventory.json').models) {
        const now = kept.get(model.name);
        if (!now) continue;
        expect([now.layer, now.description, now.attribution_concepts], model.name).toEqual([
          model.layer,
          model.description,
          model.attribution_concepts,
        ]);
      }

      const patch = unifiedPatch('inventory.json', before, after);
      const tree = join(work, `${key}-apply`);
      execFileSync('git', ['init', '-q', tree]);
      writeFileSync(join(tree, 'inventory.json'), before);
      writeFileSync(join(tree, 'sync.patch'), patch);
      if (patch !== '') execFileSync('git', ['-C', tree, 'apply', 'sync.patch']);
      expect(readFileSync(join(tree, 'inventory.json'), 'utf8')).toBe(after);
    }, 60_000);
  }
});
