/**
 * What the stubbed dbt context renders one way while dbt may render it another (pure): an
 * incremental run (`is_incremental()` is false here), another target, the environment, the
 * run's state, queries against the warehouse, the model's configuration (`config.get` reads
 * back only the model's own `config()` calls made before it, not dbt_project.yml or properties
 * YAML, so a branch on it may not be dbt's). An edit that renders to the same query here is
 * called cosmetic only when every such hidden part — an `{% if %}`/`{% for %}` block whose
 * condition reads the context, an expression or `set` that reads it — is the same at both
 * commits; else it is `unknown` with the reason.
 */
import type { Classification } from './classify.js';

const CONTEXT_DEPENDENT =
  /(?<![A-Za-z0-9])(is_incremental|should_full_refresh|target|env_var|var|flags|execute|run_query|statement|load_result|invocation_id|run_started_at|graph|selected_resources|config\s*\.\s*(?:get|require))(?![A-Za-z0-9])/;

/** Jinja tags and expressions; comments are skipped by the scanner's own rules, not here. */
const JINJA = /\{%-?\s*(\w+)([\s\S]*?)-?%\}|\{\{[\s\S]*?\}\}/g;
/** Tags that open a block closed by `end<tag>`. */
const BLOCKS: ReadonlySet<string> = new Set([
  'if',
  'for',
  'macro',
  'call',
  'filter',
  'raw',
  'snapshot',
  'test',
  'materialization',
  'docs',
]);

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The parts of a file the renderer cannot see through, whitespace-normalised, in order; null when
 * the blocks do not nest (then the whole file counts as one hidden part if it reads the context).
 */
export function hiddenParts(text: string): string[] | null {
  const parts: string[] = [];
  const stack: { start: number; hidden: boolean; tag: string }[] = [];
  const insideHidden = () => stack.some((b) => b.hidden);
  // Names set from the context (`{% set inc = is_incremental() %}`) read it too.
  const tainted: string[] = [];
  let aliases: RegExp | null = null;
  const reads = (code: string) => CONTEXT_DEPENDENT.test(code) || (aliases?.test(code) ?? false);
  for (const m of text.matchAll(JINJA)) {
    const whole = m[0];
    const tag = m[1];
    const args = m[2] ?? '';
    if (tag === undefined) {
      if (!insideHidden() && reads(whole)) parts.push(norm(whole));
      continue;
    }
    const opensSet = tag === 'set' && !args.includes('=');
    if (tag === 'set' && !opensSet && reads(args)) {
      const name = /^\s*([A-Za-z_]\w*)\s*=/.exec(args)?.[1];
      if (name !== undefined && tainted.length < 100) {
        tainted.push(name);
        aliases = new RegExp(`(?<![\\w.])(${tainted.join('|')})(?!\\w)`);
      }
    }
    if (BLOCKS.has(tag) || opensSet) {
      const hidden = (tag === 'if' || tag === 'for' || opensSet) && reads(args);
      stack.push({ start: m.index, hidden, tag });
    } else if (tag === 'elif' || tag === 'else') {
      const top = stack[stack.length - 1];
      if (!top) return null;
      if (reads(args)) top.hidden = true;
    } else if (tag.startsWith('end')) {
      const top = stack.pop();
      if (!top || `end${top.tag}` !== tag) return null;
      if (top.hidden && !insideHidden())
        parts.push(norm(text.slice(top.start, m.index + whole.length)));
    } else if (!insideHidden() && reads(args)) {
      parts.push(norm(whole));
    }
  }
  return stack.length === 0 ? parts : null;
}

/** The first context construct a list of parts reads, for the reason. */
function construct(parts: readonly string[]): string {
  for (const part of parts) {
    const found = CONTEXT_DEPENDENT.exec(part);
    if (found) return found[1]!;
  }
  return 'the context';
}

/**
 * A `cosmetic` classification stays cosmetic only when every pair of texts (a file at the base
 * and at the head: the model, the changed macros it calls) has the same hidden parts.
 */
export function withBlindSpots(
  classification: Classification,
  pairs: readonly (readonly [string | undefined, string | undefined])[],
): Classification {
  if (classification.category !== 'cosmetic') return classification;
  for (const [before, after] of pairs) {
    const a = before === undefined ? [] : hiddenParts(before);
    const b = after === undefined ? [] : hiddenParts(after);
    const same = a !== null && b !== null && a.length === b.length && a.every((p, i) => p === b[i]);
    if (same) continue;
    const read = construct([...(a ?? []), ...(b ?? []), before ?? '', after ?? '']);
    return {
      category: 'unknown',
      reasons: [
        `renders the same query here, but the edit touches code that reads \`${read}\`, whose other branches (an incremental run, another target, configuration set outside the model) the renderer cannot see`,
      ],
    };
  }
  return classification;
}
