import { sha1Bytes } from './crypto.js';

/**
 * How often each article id of a run has been seen, for making ids unique in input order, without
 * holding the ids (issue 15: a stream of any length passes through with flat memory). Each id is
 * kept as the first 64 bits of its SHA-1 in an open-addressing table of typed arrays: 12 bytes a
 * slot, at most ¾ full, so ≈ 16–32 bytes per distinct id (a Map of the id strings took ≈ 200):
 * 300,000 records (1 GB of news) ≈ 6 MB, 10 million ≈ 200 MB.
 *
 * Exact up to a hash collision: two different ids share 64 bits with probability ≈ n² / 2⁶⁵
 * (≈ 3 × 10⁻⁶ over 10 million ids); the later one would then be taken for a repeat and get its
 * `#<line>` suffix. The result is still deterministic (same input, same ids).
 */
export class IdCounts {
  /** Per slot: the hash's high and low 32 bits (keys[2i], keys[2i + 1]), and the count (0: empty). */
  private keys = new Uint32Array(2 * 1024);
  private counts = new Uint32Array(1024);
  private used = 0;

  /** Times `id` was counted (`add`/`set`), 0 if never. */
  get(id: string): number {
    const [hi, lo] = hash(id);
    return this.counts[this.slot(hi, lo)];
  }

  has(id: string): boolean {
    return this.get(id) > 0;
  }

  /** Counts `id` once more; returns its count. */
  add(id: string): number {
    const [hi, lo] = hash(id);
    let i = this.slot(hi, lo);
    if (this.counts[i] === 0) {
      if (4 * (this.used + 1) > 3 * this.counts.length) {
        this.grow();
        i = this.slot(hi, lo);
      }
      this.keys[2 * i] = hi;
      this.keys[2 * i + 1] = lo;
      this.used++;
    }
    return ++this.counts[i];
  }

  /** Distinct ids counted. */
  get size(): number {
    return this.used;
  }

  /** The slot holding (hi, lo), or the empty slot where it goes (linear probing). */
  private slot(hi: number, lo: number): number {
    const mask = this.counts.length - 1;
    for (let i = lo & mask; ; i = (i + 1) & mask) {
      if (this.counts[i] === 0 || (this.keys[2 * i] === hi && this.keys[2 * i + 1] === lo)) return i;
    }
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(counts.length * 2);
    for (let j = 0; j < counts.length; j++) {
      if (counts[j] === 0) continue;
      const i = this.slot(keys[2 * j], keys[2 * j + 1]);
      this.keys[2 * i] = keys[2 * j];
      this.keys[2 * i + 1] = keys[2 * j + 1];
      this.counts[i] = counts[j];
    }
  }
}

function hash(id: string): [number, number] {
  const d = sha1Bytes(id);
  return [d.readUInt32BE(0), d.readUInt32BE(4)];
}
