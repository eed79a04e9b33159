import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/controls.ts
var CONTROLS = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
function neutralizeControls(text) {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return text;
  return text.replace(CONTROLS, escapeControl);
}
function escapeControl(char) {
  const code = char.charCodeAt(0);
  switch (char) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "	":
      return "\\t";
  }
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

export {
  neutralizeControls
};
