// Two names a reviewer cannot tell apart are two names a pull request can swap: a model named
// `canonical_users` plus U+200B reads as `canonical_users`. A name's skeleton drops what shows
// nothing, folds compatibility forms and case, and maps the common look-alike letters of other
// scripts to Latin; names with one skeleton are confusable. Pure, linear in the names.

// Default-ignorable and format characters: they show nothing (or reorder what follows).
/* eslint-disable no-misleading-character-class -- each is matched alone, on purpose */
const INVISIBLE =
  /[\p{Cf}\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/gu;
/* eslint-enable no-misleading-character-class */

// Cyrillic and Greek letters drawn like Latin ones (lower case; the name is folded first).
const LOOK_ALIKE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}]`, 'g');

/** What a name looks like: two names with one skeleton cannot be told apart on screen. */
export function skeleton(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKE[c]!);
}

/**
 * Groups of distinct names that look alike (same skeleton) but differ in a character a reader
 * cannot see or tell apart, each group in input order. Names that differ only in case are not
 * reported (they look different).
 */
export function confusableGroups(names: Iterable<string>): string[][] {
  // Sets, not lists: many names with one skeleton (a hostile inventory) stay linear.
  const bySkeleton = new Map<string, Set<string>>();
  for (const name of names) {
    const key = skeleton(name);
    const group = bySkeleton.get(key);
    if (!group) bySkeleton.set(key, new Set([name]));
    else group.add(name);
  }
  const groups: string[][] = [];
  for (const set of bySkeleton.values()) {
    const group = [...set];
    if (group.length < 2) continue;
    // Names that differ only in case look different: not a confusion.
    if (new Set(group.map((name) => name.toLowerCase())).size > 1) groups.push(group);
  }
  return groups;
}
