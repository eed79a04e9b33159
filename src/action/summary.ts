/** GitHub's limit on one step's job summary, in bytes: over it the runner drops the whole. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** Each note and the failure text are cut to this many characters. */
const MAX_NOTE = 4_000;
/** At most this many notes are shown. */
const MAX_NOTES = 20;
/** Room left for the joins and a trailing newline. */
const SLACK = 64;

const clip = (text: string) =>
  text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}… (cut)` : text;

/**
 * Pure: the job summary — the failure, the notes, then the report rendered by `render` within
 * what is left of GitHub's limit — so that the whole stays under it. Notes and the failure are
 * bounded first; the report gets the rest of the budget.
 */
export function composeSummary(
  failure: string | undefined,
  notes: readonly string[],
  render: ((maxBytes: number) => string) | null,
  limit = STEP_SUMMARY_LIMIT,
): string {
  const parts: string[] = [];
  if (failure !== undefined)
    parts.push(`## dbt Blast Radius could not run\n\n${clip(failure).replace(/[<>]/g, '')}\n`);
  if (notes.length > 0) {
    const shown = notes.slice(0, MAX_NOTES);
    const more = notes.length - shown.length;
    parts.push(
      shown
        .map((note) => `> [!NOTE]\n> ${clip(note).replace(/[<>]/g, '').replace(/\n/g, ' ')}`)
        .join('\n\n') +
        (more > 0 ? `\n\n(${more} more notes in the log)` : '') +
        '\n',
    );
  }
  if (render) {
    const used = Buffer.byteLength(parts.join('\n'), 'utf8') + parts.length + SLACK;
    parts.push(render(limit - used));
  }
  return parts.join('\n');
}
