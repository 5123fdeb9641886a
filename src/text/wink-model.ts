import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { LexiconNotBuiltError, PACKAGE_ROOT } from '../lexicon/compiled.js';

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
 * The model's words, word → index: a binary search over the word list in the order compiled by
 * scripts/build-wink.mjs (no table of 87,000 words built at start-up), with a memo of the words
 * asked for (cleared when it grows past MEMO_LIMIT, so memory stays bounded).
 */
export class LexemeIndex {
  private memo = new Map<string, number>();
  private static readonly MEMO_LIMIT = 200_000;
  constructor(
    private readonly words: readonly string[],
    private readonly order: Uint32Array,
  ) {}

  get(word: string): number | undefined {
    const hit = this.memo.get(word);
    if (hit !== undefined) return hit < 0 ? undefined : hit;
    const { words, order } = this;
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = words[order[mid]];
      if (w < word) lo = mid + 1;
      else if (w > word) hi = mid - 1;
      else {
        found = order[mid];
        break;
      }
    }
    if (this.memo.size >= LexemeIndex.MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, found);
    return found < 0 ? undefined : found;
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
  // a fresh, aligned array (a Buffer may be a slice of a shared pool)
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
  lexeme.list = buildFile('lexemes.txt').toString('utf8').split('\0');
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0 || f === 'lexeme') continue;
    const hash: Record<string, number> = Object.create(null);
    const list = features[f].list;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    features[f].hash = hash;
  }
  lexeme.hash = Object.create(null);
  lexemeIndexOf.set(model, new LexemeIndex(lexeme.list.slice() as string[], uint32(buildFile('order.u32'))));
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
