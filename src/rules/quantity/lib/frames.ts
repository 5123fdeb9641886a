/**
 * „Zahl der X“ frames: the noun a count speaks of before the count is given („Die Zahl der
 * Todesopfer stieg auf sieben“, „Die Teilnehmerzahl lag bei 12 000“, „…, die der Verletzten auf
 * 30“). Shared by quantity/count-frame (numbers the frame governs) and the rules that look for
 * the noun of an earlier figure.
 */
import type { RuleContext } from '../../types.js';
import type { Doc } from '../../../text/document.js';
import { docMemo } from '../../../text/doc.js';
import type { Lexicon } from '../../../lexicon/index.js';

export interface CountFrame {
  /** Token index of „Zahl“ / „Anzahl“ / the -zahl compound (or of „die“ in „die der X“). */
  at: number;
  /** Token index after the counted noun. */
  after: number;
  unit: string;
  sentence: number;
}

/** Between „Zahl“ and its noun: a genitive article or „an“/„von“. */
const OF = new Set(['der', 'des', 'an', 'von', 'aller']);
/** Modifiers of -zahl compounds that are no counted noun („Jahreszahl“, „Postleitzahl“, „Kennzahl“). */
const NOT_COUNTED = new Set(['Jahr', 'Tag', 'Monat', 'Woche', 'Stunde', 'Kenn', 'Post', 'Glück', 'Hand', 'Haus', 'Leit', 'Ordnung', 'Mann', 'Zimmer']);

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** Lemma of the counted noun after token k (across up to two adjectives), with the index after it. */
function nounAt(doc: Doc, lex: Lexicon, k: number): { unit: string; after: number } | null {
  const toks = doc.tokens;
  let j = k;
  for (let adj = 0; adj < 2 && toks[j] && toks[j].type === 'word' && /^\p{Ll}/u.test(toks[j].text); adj++) {
    if (!safe(() => lex.isAdjective(toks[j].text), false)) return null;
    j++;
  }
  const t = toks[j];
  if (!t || t.type !== 'word' || !/^\p{Lu}/u.test(t.text)) return null;
  const unit = safe(() => lex.nounLemma(t.text), null);
  return unit ? { unit, after: j + 1 } : null;
}


/** Every „Zahl der X“ frame of the document, in text order. */
export function countFrames(ctx: RuleContext): CountFrame[] {
  return docMemo(ctx.doc, 'quantity/count-frames', () => findFrames(ctx));
}

function findFrames(ctx: RuleContext): CountFrame[] {
  const { doc, lexicon: lex } = ctx;
  const toks = doc.tokens;
  const out: CountFrame[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.type !== 'word') continue;
    const next = toks[k + 1];
    if ((t.text === 'Zahl' || t.text === 'Anzahl') && next && OF.has(next.text)) {
      const n = nounAt(doc, lex, k + 2);
      if (n) out.push({ at: k, after: n.after, unit: n.unit, sentence: t.sentence });
    } else if (/^\p{Lu}\p{Ll}+zahl$/u.test(t.text) && t.text.length > 7) {
      // „Teilnehmerzahl“, „Opferzahl“, „Totenzahl“, „Arbeitslosenzahl“
      const mod = t.text.slice(0, -4);
      const unit = safe(() => lex.nounLemma(mod), null) ?? safe(() => lex.nounLemma(mod.replace(/s$/, '')), null);
      if (unit && !NOT_COUNTED.has(unit) && !NOT_COUNTED.has(mod)) out.push({ at: k, after: k + 1, unit, sentence: t.sentence });
    } else if ((t.text === 'die' || t.text === 'jene') && next?.text === 'der' && toks[k - 1]?.text === ',') {
      // „Die Zahl der Toten stieg auf sieben, die der Verletzten auf 30“
      const n = nounAt(doc, lex, k + 2);
      if (n && out.some((f) => f.sentence === t.sentence)) out.push({ at: k, after: n.after, unit: n.unit, sentence: t.sentence });
    }
  }
  return out;
}
