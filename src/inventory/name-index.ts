/**
 * Position of each model name of an inventory, in the order the names were added (a `Map`
 * in every way the engine uses one), built for the lookup storm of a large diff: every name in
 * every dependency list (~3 per model) is looked up once to intern it.
 *
 * A `Map` keyed by the names as JSON.parse leaves them compares each hit with a key string that
 * lies somewhere in a 100 MB heap: a cache miss per lookup, ~300 ns at 100k models. Here the
 * slots and hashes are two typed arrays and, once the names are all in, a hit is checked against
 * one string that holds every name end to end — a few MB that stay in cache, so a lookup costs
 * about a third less (docs/performance.md). Open addressing with linear probing, load ≤ ½, and a
 * per-process seed so that no inventory can be written to collide.
 */
export class NameIndex implements ReadonlyMap<string, number> {
  private readonly names: string[] = [];
  private slots: Int32Array;
  private hashes: Int32Array;
  private mask: number;
  /** The names end to end and where each starts, once `pack` is called; dropped by an add. */
  private packed: { text: string; starts: Int32Array } | undefined;

  constructor(expected = 0) {
    const capacity = capacityFor(expected);
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  static of(names: Iterable<string>): NameIndex {
    const index = new NameIndex();
    for (const name of names) index.add(name);
    return index.pack();
  }

  /** Lays the names end to end for fast lookups: call it once the names are all in. */
  pack(): this {
    const { names } = this;
    const starts = new Int32Array(names.length + 1);
    let at = 0;
    for (let i = 0; i < names.length; i++) {
      starts[i] = at;
      at += names[i]!.length;
    }
    starts[names.length] = at;
    this.packed = { text: names.join(''), starts };
    return this;
  }

  /** Adds `name` at the next position; if it is already in, adds nothing and returns its position. */
  add(name: string): number | undefined {
    const hash = hashOf(name);
    const i = this.slotOf(name, hash);
    const found = this.slots[i]!;
    if (found !== EMPTY) return found;
    this.slots[i] = this.names.length;
    this.hashes[i] = hash;
    this.names.push(name);
    this.packed = undefined;
    if (2 * this.names.length > this.slots.length) this.grow();
    return undefined;
  }

  get(name: string): number | undefined {
    if (!this.packed) return this.find(name);
    const { text, starts } = this.packed;
    const hash = hashOf(name);
    const { slots, hashes, mask } = this;
    const length = name.length;
    let i = hash & mask;
    for (let id = slots[i]!; id !== EMPTY; id = slots[i]!) {
      if (hashes[i] === hash) {
        const start = starts[id]!;
        if (starts[id + 1]! - start === length) {
          let k = 0;
          while (k < length && text.charCodeAt(start + k) === name.charCodeAt(k)) k++;
          if (k === length) return id;
        }
      }
      i = (i + 1) & mask;
    }
    return undefined;
  }

  /** `get` before `pack`: each hit is checked against the name's own string. */
  private find(name: string): number | undefined {
    const id = this.slots[this.slotOf(name, hashOf(name))]!;
    return id === EMPTY ? undefined : id;
  }

  /** The slot that holds `name`, or the empty one where it would go. */
  private slotOf(name: string, hash: number): number {
    const { slots, hashes, mask, names } = this;
    let i = hash & mask;
    for (let id = slots[i]!; id !== EMPTY; id = slots[i]!) {
      if (hashes[i] === hash && names[id] === name) return i;
      i = (i + 1) & mask;
    }
    return i;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    return this.names.length;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.names.length; i++) yield [this.names[i]!, i];
  }

  keys(): MapIterator<string> {
    return this.names.values();
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.names.length; i++) yield i;
  }

  forEach(visit: (position: number, name: string, index: ReadonlyMap<string, number>) => void) {
    this.names.forEach((name, i) => visit(i, name, this));
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  private grow(): void {
    const capacity = 2 * this.slots.length;
    const slots = new Int32Array(capacity).fill(EMPTY);
    const hashes = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < this.slots.length; j++) {
      const id = this.slots[j]!;
      if (id === EMPTY) continue;
      let i = this.hashes[j]! & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      slots[i] = id;
      hashes[i] = this.hashes[j]!;
    }
    this.slots = slots;
    this.hashes = hashes;
    this.mask = mask;
  }
}

const EMPTY = -1;
const SEED = (Math.random() * 0x100000000) | 0;

function capacityFor(expected: number): number {
  let capacity = 16;
  while (capacity < 2 * expected) capacity *= 2;
  return capacity;
}

/** FNV-1a over UTF-16 code units from a random basis, then murmur3's finalizer for the low bits. */
function hashOf(name: string): number {
  let h = SEED ^ 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
