import { describe, expect, it } from 'vitest';
import { neutralizeControls } from '../../src/util/controls.js';

describe('neutralizeControls', () => {
  it('shows ESC and OSC sequences as visible escapes', () => {
    expect(neutralizeControls('a\u001b[2J\u001b[32mVerdict: PASS')).toBe(
      'a\\x1b[2J\\x1b[32mVerdict: PASS',
    );
    expect(neutralizeControls('\u001b]52;c;aGk=\u0007')).toBe('\\x1b]52;c;aGk=\\x07');
  });

  it('escapes C1 controls, DEL and line breaks', () => {
    expect(neutralizeControls('\u009b31m\u007f')).toBe('\\x9b31m\\x7f');
    expect(neutralizeControls('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(neutralizeControls('a\u2028b')).toBe('a\\u2028b');
  });

  it('escapes bidi controls', () => {
    for (const code of [0x61c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069]) {
      const char = String.fromCharCode(code);
      expect(neutralizeControls(`x${char}y`)).toBe(`x\\u${code.toString(16).padStart(4, '0')}y`);
    }
  });

  it('leaves ordinary text alone, including non-Latin letters and emoji', () => {
    for (const s of ['fct_orders', 'café → 注文', 'a\\x1b', '🚀 ok', '']) {
      expect(neutralizeControls(s)).toBe(s);
    }
  });
});
