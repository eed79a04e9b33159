import { describe, expect, it } from 'vitest';
import { mermaidLabel } from '../../src/render/markdown/mermaid.js';
import {
  clip,
  clipMiddle,
  commentMarker,
  neutralise,
  neutraliseCode,
  neutraliseText,
  safeUrl,
  showInvisible,
  wellFormed,
  WJ,
} from '../../src/render/markdown/sanitize.js';
import { fmt } from '../../src/render/markdown/context.js';
import { confusableGroups, skeleton } from '../../src/util/confusable.js';

describe('neutralise', () => {
  it.each([
    ['@octocat', `@${WJ}octocat`],
    ['@org/team', `@${WJ}org/team`],
    ['#12', `#${WJ}12`],
    ['owner/repo#3', `owner/repo#${WJ}3`],
    ['GH-1', `GH-${WJ}1`],
    ['https://evil.example', `https${WJ}://evil.example`],
    ['www.evil.example', `w${WJ}ww.evil.example`],
    ['<script>', `<${WJ}script>`],
    ['a\nb\r\nc\td', 'a b c d'],
    ['\u202eevil\u2066', '\\u202Eevil\\u2066'],
    ['canonical_users\u200b', 'canonical_users\\u200B'],
    ['deadbeefcafe', `deadbe${WJ}efcafe`],
  ])('%j', (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  it('leaves ordinary model names alone', () => {
    for (const name of ['int_identity__resolution', 'stg_posthog__events', 'users', 'a-b_c.d'])
      expect(neutralise(name)).toBe(name);
  });

  it('keeps math out of text', () => {
    expect(neutraliseText('$x$')).toBe('\uff04x\uff04');
  });
});

describe('commentMarker', () => {
  it('keeps ordinary paths readable', () => {
    expect(commentMarker('warehouse/dbt_model_inventory.json')).toBe(
      '<!-- dbt-blast-radius inventory=warehouse/dbt_model_inventory.json -->',
    );
  });

  it('cannot be closed, broken or faked by the path', () => {
    for (const path of ['-->', '--!>', 'a\nb', 'x --> <!-- dbt-blast-radius inventory=y -->']) {
      const marker = commentMarker(path);
      expect(marker.indexOf('-->')).toBe(marker.length - 3);
      expect(marker).not.toMatch(/[\n\r]|--!>/);
      expect(marker.match(/<!--/g)).toHaveLength(1);
    }
  });

  it('tells different paths apart, however long', () => {
    const a = commentMarker(`${'x'.repeat(5_000)}a`);
    const b = commentMarker(`${'x'.repeat(5_000)}b`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThan(500);
  });
});

describe('helpers', () => {
  it('clips without splitting a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('short', 10)).toBe('short');
  });

  it('clips in the middle, keeping both ends and every pair', () => {
    expect(clipMiddle('abcdefghij', 5)).toBe('ab…ij');
    expect(clipMiddle('short', 10)).toBe('short');
    const cut = clipMiddle(`a😀${'x'.repeat(20)}😀b`, 6);
    expect(wellFormed(cut)).toBe(cut);
    expect(cut.length).toBeLessThanOrEqual(6);
  });

  it('makes strings well-formed', () => {
    expect(wellFormed('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀');
  });

  it('shows invisible characters, and leaves code free of word joiners', () => {
    expect(showInvisible('a\u200bb\ufeff\u{e0041}')).toBe('a\\u200Bb\\uFEFF\\u{E0041}');
    expect(neutraliseCode('fct_orders_20240101 @team https://x #1')).toBe(
      'fct_orders_20240101 @team https://x #1',
    );
    expect(neutraliseCode('a\nb\u200b')).toBe('a b\\u200B');
  });

  it('links only http(s) URLs', () => {
    expect(safeUrl('https://github.com/a/b/actions/runs/1')).toBe(
      'https://github.com/a/b/actions/runs/1',
    );
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });

  it('formats numbers the same on every machine', () => {
    expect([0, 999, 1_000, 65_536, 1_048_576].map(fmt)).toEqual([
      '0',
      '999',
      '1,000',
      '65,536',
      '1,048,576',
    ]);
  });

  it('keeps KaTeX out of mermaid labels', () => {
    expect(mermaidLabel('$$\\color{green}{\\text{APPROVED}}$$')).not.toContain('$');
  });

  it('escapes mermaid labels', () => {
    expect(mermaidLabel('a "b" #1 <i> %% `c` &')).toBe(
      `a #quot;b#quot; #35;${WJ}1 ‹${WJ}i› #37;#37; #96;c#96; #38;`,
    );
  });
});

describe('confusable names', () => {
  it('groups names that differ only by invisible or look-alike characters', () => {
    const names = [
      'canonical_users',
      'canonical_users\u200b',
      'Users',
      'users',
      'оrders', // Cyrillic о
      'orders',
      'ﬁnance', // compatibility ligature
      'finance',
      'stg_events',
    ];
    expect(confusableGroups(names)).toEqual([
      ['canonical_users', 'canonical_users\u200b'],
      ['оrders', 'orders'],
      ['ﬁnance', 'finance'],
    ]);
    expect(skeleton('a\u2060b\u202e')).toBe('ab');
  });
});
