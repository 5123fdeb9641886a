import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { NB, NE, Pattern, S, WB, WE, ci, mention, monthValue, relationOf } from './lib/common.js';

const ID = 'date/quarter';

const PREP = `(?:(${ci('im')}|${ci('seit')}${S}dem|${ci('bis')}${S}zum|${ci('ab')}${S}dem|${ci('das')}|${ci('dem')}|${ci('des')}|${ci('vom')}|${ci('zum')})${S})?`;
const ORDINAL = '(ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte|erstes|zweites|1\\.|2\\.|3\\.|4\\.)';
const YEAR = `(?:${S}(?:des${S}Jahres${S})?${NB}([0-9]{4})${NE})?`;

/** "im ersten Quartal 2024", "im 3. Quartal", "das erste Halbjahr 2023", "zweiten Halbjahres 2025". */
const WORDS = new Pattern(`${WB}${PREP}`, `${ORDINAL}${S}(Quartals?|Halbjahr(?:es|s)?)${WE}${YEAR}`);
/** "Q1 2024", "Q3/2024", "H1 2025". */
const SHORT = new RegExp(`${WB}([QH])([1-4])(?:${S}|/)${NB}([0-9]{4})${NE}`, 'g');

const ORD_NUMBER: Readonly<Record<string, number>> = { erst: 1, zweit: 2, dritt: 3, viert: 4 };

function ordinal(word: string): number {
  if (/^[1-4]\.$/.test(word)) return Number(word[0]);
  return ORD_NUMBER[word.replace(/(en|e|es)$/, '')] ?? 0;
}

/** First and last month of quarter or half `n`. */
function months(kind: 'Q' | 'H', n: number): [number, number] | null {
  if (kind === 'Q') return n >= 1 && n <= 4 ? [3 * n - 2, 3 * n] : null;
  return n === 1 || n === 2 ? [6 * n - 5, 6 * n] : null;
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Quartale und Halbjahre als Monatsspannen: „im ersten Quartal 2024“ → 2024-01 bis 2024-03, „das zweite Halbjahr“ → --07 bis --12',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    if (!/Quartal|Halbjahr|[QH][1-4]/.test(text)) return out;
    for (const m of WORDS.scan(text)) {
      const [, prep, ord, unit, yearText] = m;
      const range = months(unit.startsWith('Quartal') ? 'Q' : 'H', ordinal(ord));
      if (!range) continue;
      const year = yearText !== undefined ? Number(yearText) : undefined;
      out.push(
        mention(doc, m.index, m.index + m[0].length, monthValue(range[0], year), ID, {
          end_value: monthValue(range[1], year),
          relation: relationOf(prep),
        }),
      );
    }
    for (const m of scanShort(text)) {
      const [, kind, n, yearText] = m;
      const range = months(kind as 'Q' | 'H', Number(n));
      if (!range) continue;
      const year = Number(yearText);
      out.push(mention(doc, m.index, m.index + m[0].length, monthValue(range[0], year), ID, { end_value: monthValue(range[1], year) }));
    }
    return out;
  },
};

function scanShort(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  SHORT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHORT.exec(text)) !== null) found.push(m);
  return found;
}

export default rule;
