// Text from the inventory (names, paths, descriptions, concepts, patterns, layers) comes from the
// pull request under review. These functions make it inert before it reaches a text or
// inlineCode node: the serializer escapes markdown syntax, but it cannot know what GitHub links
// or pings on its own (mentions, issue references, bare URLs, commit SHAs).

/** U+2060 WORD JOINER: invisible, not a word character, so GitHub's autolinkers stop at it. */
export const WJ = '\u2060';

// Controls and line separators would end a table row or a list item; bidi overrides could make
// a name read differently from what it is (Trojan Source).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// `@user`, `@org/team` and emails; `#12`, `owner/repo#3`; `<tag`, `<!--` and `<https://…>`.
const TRIGGERS = /[@#<]/g;
// `GH-1` and custom autolink prefixes such as `JIRA-123`.
const PREFIX_REF = /([A-Za-z])-(?=\d)/g;
// Autolink literals: `https://…` (any scheme) and `www.`.
const SCHEME = /:(?=\/\/)/g;
const WWW = /(w)(ww\.)/gi;
// GitHub links 7–40 hex digits that name a commit; break runs into pieces shorter than 7.
const HEX_RUN = /(?<![0-9A-Za-z])[0-9a-fA-F]{7,}(?![0-9A-Za-z])/g;

// Characters that show nothing, or that reorder what follows: a name holding one reads exactly
// like another name without it. They are shown as escapes (`\u200B`), so two names that render
// alike are alike. Our own word joiners are added after this, outside code only. Variation
// selectors are left alone: emoji need them (✏️).
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each is matched alone, on purpose
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufff8]|\udb40[\udc00-\udcff]/g;

/** Invisible and bidi characters as visible `\uXXXX` escapes. */
export function showInvisible(value: string): string {
  return value.replace(INVISIBLE, (char) => {
    const point = char.codePointAt(0)!;
    return point > 0xffff
      ? `\\u{${point.toString(16).toUpperCase()}}`
      : `\\u${point.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

// A lone surrogate cannot be encoded: the API would reject the body, or mangle it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The string with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed). */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Untrusted text for inline code: single line, invisible characters shown. GitHub links and
 * pings nothing inside code, so nothing is inserted: a name copied from it is the name.
 */
export function neutraliseCode(value: string): string {
  return showInvisible(value).replace(CONTROLS, ' ');
}

/** Untrusted text made inert for GitHub: single line, nothing that pings, links or tags. */
export function neutralise(value: string): string {
  return showInvisible(value)
    .replace(CONTROLS, ' ')
    .replace(BIDI, '')
    .replace(TRIGGERS, `$&${WJ}`)
    .replace(PREFIX_REF, `$1-${WJ}`)
    .replace(SCHEME, `${WJ}:`)
    .replace(WWW, `$1${WJ}$2`)
    .replace(HEX_RUN, (run) => run.replace(/.{6}(?=.)/g, `$&${WJ}`));
}

/** For text nodes: also `$`, which GitHub would start math with. */
export function neutraliseText(value: string): string {
  return neutralise(value).replace(/\$/g, '\uff04');
}

/**
 * At most `max` UTF-16 units, cut in the middle when too long: `models/a/…/inventory.json`. For
 * paths, whose ends tell them apart.
 */
export function clipMiddle(value: string, max: number): string {
  if (value.length <= max) return value;
  const keep = Math.max(max - 1, 2);
  let head = Math.ceil(keep / 2);
  let tail = value.length - (keep - head);
  if (isHigh(value.charCodeAt(head - 1))) head--;
  if (isLow(value.charCodeAt(tail))) tail++;
  return `${value.slice(0, head)}…${value.slice(tail)}`;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** At most `max` UTF-16 units, ending in an ellipsis when cut, never splitting a pair. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = Math.max(max - 1, 0);
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${value.slice(0, end)}…`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For the few html nodes we build ourselves (summaries of `<details>`). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const MARKER_SAFE = /^[A-Za-z0-9._~/-]$/;
const MARKER_MAX = 400;

/**
 * The hidden first line that identifies the comment of one inventory. The path is
 * percent-encoded (so it cannot hold `-->`, `--!>` or a newline); an absurdly long path is
 * shortened and made unique by a hash.
 */
export function commentMarker(inventoryPath: string): string {
  let encoded = '';
  for (const char of inventoryPath) {
    if (MARKER_SAFE.test(char)) encoded += char;
    else for (const byte of new TextEncoder().encode(char)) encoded += `%${hex2(byte)}`;
  }
  if (encoded.length > MARKER_MAX) {
    const cut = encoded.slice(0, MARKER_MAX).replace(/%[0-9A-F]?$/, '');
    encoded = `${cut}~${fnv1a(inventoryPath)}`;
  }
  return `<!-- dbt-blast-radius inventory=${encoded} -->`;
}

function hex2(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** FNV-1a, 32 bits: a short stable fingerprint, not a security measure. */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A URL we may link to: only http(s), and only from the trusted render context. */
export function safeUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
