import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan, NB, S, WB, WE, ci, mention, qualifierOf } from './lib/common.js';

const ID = 'date/decade';

const PREP = `(?:(?:(${ci('in')}${S}den|${ci('seit')}${S}den|${ci('aus')}${S}den|${ci('bis')}${S}in${S}die|${ci('die')}|${ci('der')}|${ci('den')})|(Anfang|Mitte|Ende|Beginn)${S}der)${S})?`;
const DIGITS = `${NB}([0-9]{4}|[0-9]{2})er(n)?(?:(?:-|${S})?(Jahre|Jahren|Jahrzehnt|Jahrzehnts)${WE}|${WE}(?!-[A-Za-zÄÖÜäöüß])(?!${S}[A-ZÄÖÜ]))`;
const TENS = '(zwanziger|dreißiger|dreissiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger|Zwanziger|Dreißiger|Dreissiger|Vierziger|Fünfziger|Sechziger|Siebziger|Achtziger|Neunziger|Nuller)';
const WORDS = `${TENS}(?:(?:-|${S})?(Jahre|Jahren|jahre|jahren|Jahrzehnt)${WE}|n?${WE}(?!-[A-Za-zÄÖÜäöüß])(?!${S}[A-ZÄÖÜ]))`;

/** "in den 1990er Jahren", "die 80er-Jahre", "Anfang der Neunzigerjahre", "in den 2010ern". */
const RE = new Pattern(`${WB}${PREP}`, `(?:${DIGITS}|${WORDS})`);

const TENS_DIGIT: Readonly<Record<string, number>> = {
  nuller: 0,
  zwanziger: 2,
  dreißiger: 3,
  dreissiger: 3,
  vierziger: 4,
  fünfziger: 5,
  sechziger: 6,
  siebziger: 7,
  achtziger: 8,
  neunziger: 9,
};

/** Century of a two-digit decade: 00er and 10er → 20th… (2000s, 2010s); the others → 1900s. */
function century(tens: number): string {
  return tens <= 1 ? '20' : '19';
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Jahrzehnte (ISO 8601-2, X = unbestimmte Ziffer): „in den 1990er Jahren“ → 199X, „Anfang der 80er-Jahre“ → 198X (early), „die Neunzigerjahre“',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const [, prep, qual, digits, dativeN, digitNoun, tensWord, wordNoun] = m;
      let value: string;
      if (digits !== undefined) {
        if (!digits.endsWith('0')) continue;
        // Without "Jahre" the bare "90er" needs an article or preposition ("in den 90ern").
        if (!digitNoun && !prep && !qual) continue;
        if (dativeN && digitNoun) continue;
        if (digits.length === 4) {
          const y = Number(digits);
          if (y < 1000 || y > 2090) continue;
          value = digits.slice(0, 3) + 'X';
        } else {
          const tens = Number(digits[0]);
          value = century(tens) + digits[0] + 'X';
        }
      } else {
        if (!wordNoun && !prep && !qual) continue;
        const tens = TENS_DIGIT[tensWord.toLowerCase()];
        value = century(tens) + tens + 'X';
      }
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { qualifier: qualifierOf(qual) }));
    }
    return out;
  },
};

export default rule;
