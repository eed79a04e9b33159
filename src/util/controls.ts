/**
 * Characters a terminal, a log viewer or a text renderer acts on instead of showing: the C0 and
 * C1 control codes (ESC starts colour, cursor and OSC sequences — OSC 52 writes the clipboard),
 * DEL, the line and paragraph separators, and the bidirectional controls that reorder what a
 * reader sees (U+061C, U+200E/F, U+202A–202E, U+2066–2069).
 */
const CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Untrusted text made inert for plain-text output: every control character becomes a visible
 * escape (`\x1b`, `\n`, `\u202e`), so a name can neither drive the terminal nor break or reorder
 * a line. Pure; text without controls is returned unchanged.
 */
export function neutralizeControls(text: string): string {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return text;
  return text.replace(CONTROLS, escapeControl);
}

function escapeControl(char: string): string {
  const code = char.charCodeAt(0);
  switch (char) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
  }
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}
