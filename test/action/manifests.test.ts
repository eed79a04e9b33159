// The action's manifest step (src/action/manifests.ts): files in the workspace, read with care.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifests } from '../../src/action/manifests.js';

const dir = mkdtempSync(join(tmpdir(), 'blast-radius-manifests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const manifest = JSON.stringify({
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
  nodes: {},
});
writeFileSync(join(dir, 'manifest.json'), manifest);
writeFileSync(join(dir, 'secret.txt'), 'root:x:0:0:secret');
symlinkSync(join(dir, 'secret.txt'), join(dir, 'link.json'));
mkdirSync(join(dir, 'folder.json'));

describe('readManifests', () => {
  it('reads the head manifest for both sides, relative to the workspace', async () => {
    const read = await readManifests(dir, { 'head-manifest-path': 'manifest.json' });
    expect(read?.head.schema).toBe(12);
    expect(read?.base).toBe(read?.head);
    expect(await readManifests(dir, {})).toBeUndefined();
  });

  it('refuses what is not a regular file, and never shows a file it cannot parse', async () => {
    await expect(readManifests(dir, { 'head-manifest-path': 'link.json' })).rejects.toThrow(
      /symbolic link/,
    );
    await expect(readManifests(dir, { 'head-manifest-path': 'folder.json' })).rejects.toThrow(
      /not a regular file/,
    );
    await expect(readManifests(dir, { 'head-manifest-path': 'secret.txt' })).rejects.toThrow(
      /not JSON/,
    );
    await expect(readManifests(dir, { 'head-manifest-path': 'secret.txt' })).rejects.not.toThrow(
      /root/,
    );
    await expect(readManifests(dir, { 'base-manifest-path': 'manifest.json' })).rejects.toThrow(
      /needs "head-manifest-path"/,
    );
  });
});
