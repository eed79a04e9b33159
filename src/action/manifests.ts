/**
 * The action's manifest step: dbt's target/manifest.json at each side, read from the workspace
 * (a step before this one writes it: `dbt parse`, or a production artifact). A manifest only adds
 * edges to the union, so it cannot shrink the radius; a path that was given but cannot be read
 * fails the run with the reason (the lineage asked for is incomplete), never silently dropped.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { ManifestError, manifestLineage, type ManifestLineage } from '../lineage/manifest.js';
import { ActionInputError, type Invocation } from './inputs.js';

/** Largest manifest read (dbt's manifests run to tens of MB; this bounds memory). */
export const MAX_MANIFEST_BYTES = 512 * 1024 * 1024;

export interface Manifests {
  readonly base: ManifestLineage;
  readonly head: ManifestLineage;
}

async function readBounded(path: string, input: string): Promise<string> {
  let handle;
  try {
    // Not through a symlink: the workspace may hold the pull request's files.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ActionInputError(
      `input "${input}": ${code === 'ENOENT' ? 'no such file' : code === 'ELOOP' ? 'a symbolic link, not read' : `cannot read it (${code ?? 'error'})`} at ${path} — run dbt parse (or download the manifest) in a step before this one`,
    );
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      throw new ActionInputError(
        `input "${input}": ${path} is not a regular file — point it at dbt's target/manifest.json`,
      );
    const { size } = stat;
    if (size > MAX_MANIFEST_BYTES)
      throw new ActionInputError(
        `input "${input}": ${path} is ${Math.round(size / 1048576)} MB, more than the ${MAX_MANIFEST_BYTES / 1048576} MB read`,
      );
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Both manifests, or undefined when none was given; with only the head's, it serves both. */
export async function readManifests(
  workspace: string,
  invocation: Pick<Invocation, 'base-manifest-path' | 'head-manifest-path'>,
): Promise<Manifests | undefined> {
  const basePath = invocation['base-manifest-path'];
  const headPath = invocation['head-manifest-path'];
  if (basePath === undefined && headPath === undefined) return undefined;
  if (headPath === undefined)
    throw new ActionInputError(
      'input "base-manifest-path" needs "head-manifest-path" (the head side is required)',
    );
  const read = async (path: string, input: string) => {
    const full = isAbsolute(path) ? path : resolve(workspace, path);
    try {
      return manifestLineage(await readBounded(full, input), path);
    } catch (error) {
      if (error instanceof ManifestError)
        throw new ActionInputError(`input "${input}": ${error.message}`);
      throw error;
    }
  };
  const head = await read(headPath, 'head-manifest-path');
  const base = basePath === undefined ? head : await read(basePath, 'base-manifest-path');
  return { base, head };
}
