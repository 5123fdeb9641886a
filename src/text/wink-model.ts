import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { LexiconNotBuiltError, PACKAGE_ROOT } from '../lexicon/compiled.js';
import { Generations } from '../lexicon/generations.js';

/**
 * wink-nlp's English model, loaded for tokenization only.
 *
 * The text layer uses wink for its tokenizer (`winkNLP(model, [])`: no sentence, POS, NER,
 * negation or sentiment pass). wink's `load()` still asks the model for every annotation it
 * could run, and the package's loaders are built for the full pipeline: `core()` requires the
 * 3 MB core JSON, deep-copies it through `JSON.stringify`/`JSON.parse`, decodes base64 with
 * `atob` a byte at a time and fills an 87,000-key dictionary object; the other loaders parse the
 * NER, POS, negation and sentiment automata (≈ 0.6 MB) and pull in the lemmatiser's exception
 * lists. On one short article that start-up was most of the run.
 *
 * `tokenizerModel` returns a model with the same core, read once per call with one `JSON.parse`,
 * `Buffer` base64 decoding and the lexeme index as a `Map` (the `lexemeIndex` field; the text
 * layer's overlay reads it — see tokens.ts), and empty automata for the annotations that never
 * run with an empty pipe. tests/text/wink-model.test.ts checks that the core is the package's
 * own `core()` field by field, and the fixtures' pinned output that the tokens are the same.
 */

export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  [key: string]: unknown;
}

/**
 * The model's 87,593 words as they lie in build/wink/lexemes.txt (UTF-8, `\0` between words),
 * with the byte offset of each word from build/wink/starts.u32: a word is cut out when first read;
 * a look-up compares in place. Both files stay outside the JavaScript heap (file buffers).
 *
 * Before, the file was decoded into one string (a two-byte string of 1.7 MB: a few hundred words
 * are not Latin-1) and scanned for its 87,593 word starts, with an 87,593-slot array for the
 * words cut out and another behind `list()`: ≈ 45 ms CPU and 3 MB of the old generation at every
 * start, enough to bring on a full garbage collection within a one-article run.
 */
export class PackedWords {
  readonly length: number;
  /** Byte offset of word k in `bytes`; `starts[length]` is one past the end (bytes.length + 1). */
  private readonly starts: Uint32Array;
  /** Words cut out so far. */
  private readonly cut = new Map<number, string>();

  constructor(
    private readonly bytes: Buffer,
    starts?: Uint32Array,
  ) {
    if (!starts) {
      let n = 1;
      for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) n++;
      starts = new Uint32Array(n + 1);
      let pos = 0;
      for (let k = 0; k < n; k++) {
        starts[k] = pos;
        const end = bytes.indexOf(0, pos);
        pos = (end === -1 ? bytes.length : end) + 1;
      }
      starts[n] = pos;
    }
    this.starts = starts;
    this.length = starts.length - 1;
  }

  static of(words: readonly string[]): PackedWords {
    return new PackedWords(Buffer.from(words.join('\0'), 'utf8'));
  }

  at(k: number): string {
    let w = this.cut.get(k);
    if (w === undefined) {
      w = this.bytes.toString('utf8', this.starts[k], this.starts[k + 1] - 1);
      this.cut.set(k, w);
    }
    return w;
  }

  /**
   * Sign of word k against `word` in UTF-16 code units (as `<` orders strings), without cutting
   * it out: the word's UTF-8 bytes are decoded to code units as they are compared.
   */
  compare(k: number, word: string): number {
    const b = this.bytes;
    let p = this.starts[k];
    const end = this.starts[k + 1] - 1;
    const n = word.length;
    let i = 0;
    while (p < end) {
      const c = b[p];
      let unit: number;
      if (c < 0x80) {
        unit = c;
        p += 1;
      } else if (c < 0xe0) {
        unit = ((c & 0x1f) << 6) | (b[p + 1] & 0x3f);
        p += 2;
      } else if (c < 0xf0) {
        unit = ((c & 0x0f) << 12) | ((b[p + 1] & 0x3f) << 6) | (b[p + 2] & 0x3f);
        p += 3;
      } else {
        // astral: a surrogate pair in UTF-16; compare its high half here, the low half below
        const cp = (((c & 0x07) << 18) | ((b[p + 1] & 0x3f) << 12) | ((b[p + 2] & 0x3f) << 6) | (b[p + 3] & 0x3f)) - 0x10000;
        p += 4;
        if (i === n) return 1;
        const d = 0xd800 + (cp >> 10) - word.charCodeAt(i);
        if (d !== 0) return d;
        i++;
        unit = 0xdc00 + (cp & 0x3ff);
      }
      if (i === n) return 1; // `word` is a prefix of word k: word k sorts after
      const d = unit - word.charCodeAt(i);
      if (d !== 0) return d;
      i++;
    }
    return i === n ? 0 : -1;
  }

  /**
   * The words as the array wink's model has in `features.lexeme.list`: an array (wink pushes the
   * words it adds) behind a proxy that fills in a model word on first read. The array starts
   * empty with its length set, so it holds only the words read (sparse elements), not 87,593 slots.
   */
  list(): string[] {
    const target: string[] = [];
    target.length = this.length;
    const size = this.length;
    return new Proxy(target, {
      get: (t, key, receiver) => {
        if (typeof key === 'string') {
          const c = key.charCodeAt(0);
          if (c >= 48 && c <= 57) {
            const k = Number(key);
            if (k < size) return (t[k] ??= this.at(k));
          }
        }
        return Reflect.get(t, key, receiver);
      },
    });
  }
}

/** Words per generation of the look-up memo of `LexemeIndex` (wink asks about every token). */
const LEXEME_MEMO_ENTRIES = 32_768;

/**
 * The model's words, word → index: a binary search over the packed words in the order compiled
 * by scripts/build-wink.mjs (no table of 87,000 words built at start-up), with a memo of the
 * words asked for (bounded, generational: `Generations`; never cleared wholesale).
 */
export class LexemeIndex {
  private readonly memo = new Generations<number>(LEXEME_MEMO_ENTRIES);
  private readonly search = (word: string): number => this.find(word);
  private readonly words: PackedWords;
  constructor(
    words: readonly string[] | PackedWords,
    private readonly order: Uint32Array,
  ) {
    this.words = words instanceof PackedWords ? words : PackedWords.of(words);
  }

  get(word: string): number | undefined {
    const found = this.memo.memo(word, this.search);
    return found < 0 ? undefined : found;
  }

  /** The index of `word` in the model, -1 if it is none of its words. */
  private find(word: string): number {
    const { words, order } = this;
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = words.compare(order[mid], word);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else {
        found = order[mid];
        break;
      }
    }
    return found;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }
}

/** The lexeme index of a core model read by `readCore`. */
export const lexemeIndexOf = new WeakMap<CoreModel, LexemeIndex>();

export const WINK_BUILD_DIR = join(PACKAGE_ROOT, 'build', 'wink');

function buildFile(name: string): Buffer {
  try {
    return readFileSync(join(WINK_BUILD_DIR, name));
  } catch {
    throw new LexiconNotBuiltError(`build/wink/${name}`);
  }
}

function uint32(bytes: Buffer): Uint32Array {
  // A file read on its own (not from the shared pool) is aligned: a view, no copy. Each call
  // reads the file again, so every model has its own array.
  if (endianness() === 'LE' && bytes.byteOffset % 4 === 0 && bytes.byteLength % 4 === 0) {
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  }
  // else a fresh, aligned array (a Buffer may be a slice of a shared pool)
  const out = new Uint32Array(bytes.byteLength >>> 2);
  new Uint8Array(out.buffer).set(bytes);
  if (endianness() === 'BE') {
    const view = new DataView(out.buffer);
    for (let i = 0; i < out.length; i += 1) out[i] = view.getUint32(i * 4, true);
  }
  return out;
}

/**
 * The core model as the package's `core()` builds it (read-core-model.js + load-core-model.js of
 * wink-eng-lite-web-model 1.x), from the files compiled into build/wink/, except that
 * `features.lexeme.hash` is left empty: the lexeme index is in `lexemeIndexOf`, for the caller to
 * put behind the hash. A fresh object per call (wink adds words to it).
 */
export function readCore(): CoreModel {
  const model = JSON.parse(buildFile('core.json').toString('utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32(buildFile('lexicon.u32'));
  model.xpansions = uint32(buildFile('xpansions.u32'));
  const lexeme = features.lexeme;
  const text = buildFile('lexemes.txt');
  const starts = uint32(buildFile('starts.u32'));
  // Word offsets from another build would cut wrong words: refuse them.
  if (starts.length < 2 || starts[starts.length - 1] !== text.length + 1) throw new LexiconNotBuiltError('build/wink/starts.u32', 'does not match lexemes.txt');
  const words = new PackedWords(text, starts);
  lexeme.list = words.list();
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0 || f === 'lexeme') continue;
    const hash: Record<string, number> = Object.create(null);
    const list = features[f].list;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    features[f].hash = hash;
  }
  lexeme.hash = Object.create(null);
  lexemeIndexOf.set(model, new LexemeIndex(words, uint32(buildFile('order.u32'))));
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** An automaton that recognises nothing (wink-nlp's `emptyModelJSON`). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * A wink model object for `winkNLP(model, [])`: the given core, the package's feature function,
 * and empty sentence/NER/POS/negation/sentiment/CER parts (an empty pipe never runs them).
 */
export function tokenizerModel(require: NodeRequire, core: () => CoreModel): Record<string, unknown> {
  const none = () => undefined;
  return {
    core,
    featureFn: require('wink-eng-lite-web-model/dist/feature.js'),
    sbd: () => ({ machines: [], transformers: [], setter: none }),
    ner: () => ({ machines: [], transformers: [] }),
    pos: () => ({ machines: [], transformers: [], setter: none, updater: none }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: none }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: none }),
    metaCER: () => ({ machines: EMPTY_MACHINE, transformers: [none] }),
    addons: Object.create(null),
  };
}
