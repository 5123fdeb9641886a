/**
 * A bounded map with generational eviction, for the memos of pure word-form functions (the
 * token-class index in src/text/word-index.ts, the lexicon's and the gazetteer's memos, the
 * pipeline's memoising lexicon view). Entries live in two generations; a look-up that hits the
 * older one promotes the entry, and when the young generation is full it becomes the old one (the
 * previous old generation — forms not asked about for a whole generation — is dropped). Frequent
 * forms stay, nothing is cleared wholesale, and a map holds at most 2 × capacity entries.
 */
export class Generations<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const y = this.young.get(key);
    if (y !== undefined) return y;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: string, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * Entries per generation of each word-form memo. A process runs some 30 of them (one per lexicon
 * method and view), so this sets the memory an archive with ever-new vocabulary can fill: at
 * 100,000 a worker's memos grew by ≈ 20 KB per article of invented words for tens of thousands of
 * articles (issue 15); at this size they are full after a few thousand articles and stay flat.
 * German news draws most of its tokens from far fewer distinct forms, so the hit rate holds.
 */
export const MEMO_ENTRIES = 16_384;
