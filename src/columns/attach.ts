/**
 * The shell's one call for column analysis (CLI `diff --columns`, the action): from a diff input
 * whose `code` carries both commits' files, compute the column impact (asynchronous: polyglot is
 * WebAssembly in a worker) and hand it to `buildDiffReport` as `input.columns`. Never throws:
 * without the code or its files, every rendered-SQL change is `unknown` ("column analysis
 * unavailable"); polyglot failing to load makes the analysed models `unknown` with the reason.
 */
import type { DiffInput } from '../report/diff-report.js';
import {
  analyzeColumnImpact,
  unavailableColumnImpact,
  UNAVAILABLE_REASON,
  type ColumnImpactOptions,
} from './impact.js';

export async function withColumnImpact(
  input: DiffInput,
  options: ColumnImpactOptions = {},
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
    return { ...input, columns: await analyzeColumnImpact(impactInput, options) };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ...input, columns: unavailableColumnImpact(impactInput, why.slice(0, 200)) };
  }
}

export { UNAVAILABLE_REASON };
