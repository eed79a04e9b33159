import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/render/markdown/sanitize.ts
var WJ = "⁠";
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var TRIGGERS = /[@#<]/g;
var PREFIX_REF = /([A-Za-z])-(?=\d)/g;
var SCHEME = /:(?=\/\/)/g;
var WWW = /(w)(ww\.)/gi;
var HEX_RUN = /(?<![0-9A-Za-z])[0-9a-fA-F]{7,}(?![0-9A-Za-z])/g;
var INVISIBLE = (
  // eslint-disable-next-line no-misleading-character-class -- each is matched alone, on purpose
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufff8]|\udb40[\udc00-\udcff]/g
);
function showInvisible(value) {
  return value.replace(INVISIBLE, (char) => {
    const point = char.codePointAt(0);
    return point > 65535 ? `\\u{${point.toString(16).toUpperCase()}}` : `\\u${point.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormed(value) {
  return value.replace(LONE_SURROGATE, "�");
}
function neutraliseCode(value) {
  return showInvisible(value).replace(CONTROLS, " ");
}
function neutralise(value) {
  return showInvisible(value).replace(CONTROLS, " ").replace(BIDI, "").replace(TRIGGERS, `$&${WJ}`).replace(PREFIX_REF, `$1-${WJ}`).replace(SCHEME, `${WJ}:`).replace(WWW, `$1${WJ}$2`).replace(HEX_RUN, (run) => run.replace(/.{6}(?=.)/g, `$&${WJ}`));
}
function neutraliseText(value) {
  return neutralise(value).replace(/\$/g, "＄");
}
function clipMiddle(value, max) {
  if (value.length <= max) return value;
  const keep = Math.max(max - 1, 2);
  let head = Math.ceil(keep / 2);
  let tail = value.length - (keep - head);
  if (isHigh(value.charCodeAt(head - 1))) head--;
  if (isLow(value.charCodeAt(tail))) tail++;
  return `${value.slice(0, head)}…${value.slice(tail)}`;
}
function isHigh(unit) {
  return unit >= 55296 && unit <= 56319;
}
function isLow(unit) {
  return unit >= 56320 && unit <= 57343;
}
function clip(value, max) {
  if (value.length <= max) return value;
  let end = Math.max(max - 1, 0);
  const last = value.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end--;
  return `${value.slice(0, end)}…`;
}
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
var MARKER_SAFE = /^[A-Za-z0-9._~/-]$/;
var MARKER_MAX = 400;
function commentMarker(inventoryPath) {
  let encoded = "";
  for (const char of inventoryPath) {
    if (MARKER_SAFE.test(char)) encoded += char;
    else for (const byte of new TextEncoder().encode(char)) encoded += `%${hex2(byte)}`;
  }
  if (encoded.length > MARKER_MAX) {
    const cut = encoded.slice(0, MARKER_MAX).replace(/%[0-9A-F]?$/, "");
    encoded = `${cut}~${fnv1a(inventoryPath)}`;
  }
  return `<!-- dbt-blast-radius inventory=${encoded} -->`;
}
function hex2(byte) {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}
function fnv1a(value) {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
function safeUrl(value) {
  if (value === void 0) return void 0;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}

export {
  wellFormed,
  neutraliseCode,
  neutralise,
  neutraliseText,
  clipMiddle,
  clip,
  escapeHtml,
  commentMarker,
  safeUrl
};
