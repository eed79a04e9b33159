/**
 * The shell's one call for column analysis (CLI `diff --columns`, the action): from a diff input
 * whose `code` carries both commits' files, compute the column impact (asynchronous: polyglot is
 * WebAssembly in a worker) and hand it to `buildDiffReport` as `input.columns`. Never throws:
 * without the code or its files, every rendered-SQL change is `unknown` ("column analysis
 * unavailable"); polyglot failing to load makes the analysed models `unknown` with the reason.
 */
import type { DiffInput } from '../report/diff-report.js';
import { isolatedColumnImpact, type IsolationOptions } from './isolated.js';
import {
  analyzeColumnImpact,
  unavailableColumnImpact,
  UNAVAILABLE_REASON,
  type ColumnImpactOptions,
} from '../columns/impact.js';

export async function withColumnImpact(
  input: DiffInput,
  options: ColumnImpactOptions = {},
  /** Render and analyse in the isolated child process (isolated.ts): the action always does. */
  isolation?: IsolationOptions,
): Promise<DiffInput> {
  const code = input.code;
  if (!code) return input;
  const files = { base: code.base, head: code.head, changes: code.changes };
  if (!code.baseFiles || !code.headFiles) {
    return {
      ...input,
      columns: unavailableColumnImpact(
        { ...files, baseFiles: new Map(), headFiles: new Map() },
        "the project's files were not read",
      ),
    };
  }
  const impactInput = { ...files, baseFiles: code.baseFiles, headFiles: code.headFiles };
  try {
    const columns = isolation
      ? await isolatedColumnImpact({ input: impactInput, options: plain(options) }, isolation)
      : await analyzeColumnImpact(impactInput, options);
    return { ...input, columns };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ...input, columns: unavailableColumnImpact(impactInput, why.slice(0, 200)) };
  }
}

export { UNAVAILABLE_REASON };

/** The options a child process can be sent (a runner is code, not data). */
function plain(options: ColumnImpactOptions): Omit<ColumnImpactOptions, 'runner'> {
  const { runner: _runner, ...rest } = options;
  return rest;
}
