import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan, NB, S, WB, WE, ci, mention, pad2, qualifierOf, relationOf } from './lib/common.js';

const ID = 'date/century';

const ORDINALS: Readonly<Record<string, number>> = {
  zwölften: 12,
  dreizehnten: 13,
  vierzehnten: 14,
  fünfzehnten: 15,
  sechzehnten: 16,
  siebzehnten: 17,
  achtzehnten: 18,
  neunzehnten: 19,
  zwanzigsten: 20,
  einundzwanzigsten: 21,
};
const ORDINAL_WORD = `(${Object.keys(ORDINALS).join('|')})`;
const PREP = `(?:(${ci('im')}|${ci('seit')}${S}dem|${ci('bis')}${S}(?:ins|zum)|${ci('ins')}|${ci('vom')}|${ci('aus')}${S}dem|${ci('des')}|${ci('das')}|${ci('dem')})${S}|(Anfang|Mitte|Ende|Beginn)${S}des${S})?`;

/** "im 19. Jahrhundert", "Anfang des 20. Jahrhunderts", "im einundzwanzigsten Jahrhundert". */
const RE = new Pattern(`${WB}${PREP}`, `(?:${NB}([0-9]{1,2})\\.|${ORDINAL_WORD})${S}Jahrhunderts?${WE}(?!${S}v(?:\\.|or)${S}?Chr)`);

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Jahrhunderte (ISO 8601, Jahrhundert = zwei Ziffern): „im 19. Jahrhundert“ → 18, „Anfang des 20. Jahrhunderts“ → 19 (early)',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    if (!text.includes('ahrhundert')) return [];
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const [, prep, qual, digits, word] = m;
      const n = digits !== undefined ? Number(digits) : ORDINALS[word];
      if (!n || n > 21) continue;
      out.push(
        mention(doc, m.index, m.index + m[0].length, pad2(n - 1), ID, { qualifier: qualifierOf(qual), relation: relationOf(prep) }),
      );
    }
    return out;
  },
};

export default rule;
