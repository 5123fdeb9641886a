/**
 * A bounded map with generational eviction, for the memos of pure word-form functions (the
 * token-class index in src/text/word-index.ts, the lexicon's and the gazetteer's memos, the
 * pipeline's memoising lexicon view, wink's word look-ups). Entries live in two generations; a
 * look-up that hits the older one promotes the entry, and when the young generation is full it
 * becomes the old one (the previous old generation — forms not asked about for a whole generation —
 * is dropped). Frequent forms stay, nothing is cleared wholesale, and a map holds at most
 * 2 × capacity entries whose keys hold at most 2 × capacity × KEY_CHARS characters (a generation is
 * also full when its keys reach capacity × KEY_CHARS characters: long "words" fill it sooner).
 *
 * Keys are stored as strings of their own (`ownString`): a word cut from an article is, in V8, a
 * view into the whole article text, and a memo keeping the view keeps the article — the memos of
 * a stream with ever-new words held thousands of articles (issue 15: ≈ 5 KB per record).
 */
export class Generations<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  /** Characters of the young generation's keys. */
  private chars = 0;
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const y = this.young.get(key);
    if (y !== undefined) return y;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: string, value: V): void {
    const own = ownString(key);
    const before = this.young.size;
    this.young.set(own, value);
    if (this.young.size > before) this.chars += own.length;
    if (this.young.size >= this.capacity || this.chars >= this.capacity * KEY_CHARS) {
      this.old = this.young;
      this.young = new Map();
      this.chars = 0;
    }
  }

  /**
   * The value of `key`, computed by `compute` on a miss — from the key's own copy, so that a value
   * cut from the key (a lemma, a name) does not keep the text the key was cut from either.
   */
  memo(key: string, compute: (key: string) => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const own = ownString(key);
    const v = compute(own);
    this.set(own, v);
    return v;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

/** Average characters of a key the bound allows for (German word forms: ≈ 8–12). */
export const KEY_CHARS = 16;

/** V8 keeps a substring of this many characters or more as a view into the string it was cut from. */
const SLICE_MIN = 13;

/**
 * `s` as a string of its own: a substring of 13+ characters is, in V8, a view (a "sliced string")
 * that keeps the whole string it was cut from alive; a JSON round trip makes a plain copy. For
 * anything kept beyond the document the string came from (memos, wink's word list).
 */
export function ownString(s: string): string {
  return s.length < SLICE_MIN ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * Entries per generation of each word-form memo. A process runs some 30 of them (one per lexicon
 * method and view), so this sets the memory an archive with ever-new vocabulary can fill: at
 * 100,000 a worker's memos grew by ≈ 20 KB per article of invented words for tens of thousands of
 * articles (issue 15); at this size they are full after a few thousand articles and stay flat.
 * German news draws most of its tokens from far fewer distinct forms, so the hit rate holds.
 */
export const MEMO_ENTRIES = 16_384;
