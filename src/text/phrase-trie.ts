/**
 * Multi-word names (outlets, places, organisation heads, events) matched word by word over the
 * document's words: a trie keyed by whole words, so a match at a position walks one Map per word
 * and stops as soon as no listed name continues — no n-gram strings are built.
 */
interface Node<V> {
  next: Map<string, Node<V>> | null;
  value: V | undefined;
  has: boolean;
}

const node = <V>(): Node<V> => ({ next: null, value: undefined, has: false });

export class PhraseTrie<V = true> {
  private readonly root: Node<V> = node<V>();
  /** Most words in a listed name. */
  maxWords = 0;

  /** Adds a name given as its words. */
  add(words: readonly string[], value: V): void {
    let n = this.root;
    for (const w of words) {
      n.next ??= new Map();
      let c = n.next.get(w);
      if (!c) n.next.set(w, (c = node<V>()));
      n = c;
    }
    if (!n.has) {
      n.has = true;
      n.value = value;
    }
    if (words.length > this.maxWords) this.maxWords = words.length;
  }

  /** Adds a name written with single spaces between its words. */
  addName(name: string, value: V): void {
    this.add(name.split(' '), value);
  }

  /**
   * The longest listed name whose words are word(0), word(1), …; `word(k)` returns null where
   * no further word may belong to a name (punctuation, a line break). Returns its length in words
   * and its value, or null.
   */
  longest(word: (k: number) => string | null): { len: number; value: V } | null {
    let n: Node<V> | undefined = this.root;
    let best: { len: number; value: V } | null = null;
    for (let k = 0; n && n.next; k++) {
      const w = word(k);
      if (w === null) break;
      n = n.next.get(w);
      if (n && n.has) best = { len: k + 1, value: n.value as V };
    }
    return best;
  }
}
