/** A growable list of integer pairs in one typed array: off the heap, nothing allocated per pair. */
export class Int32Pairs {
  protected buffer = new Int32Array(1024);
  /** Number of pairs. */
  length = 0;

  add(first: number, second: number): void {
    if (this.length * 2 + 2 > this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length * 2] = first;
    this.buffer[this.length * 2 + 1] = second;
    this.length++;
  }

  /** The pairs flat, first then second of each: a view of the buffer, not a copy. */
  flat(): Int32Array {
    return this.buffer.subarray(0, this.length * 2);
  }
}
