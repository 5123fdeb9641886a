import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, MONTH, NB, NE, S, WB, WE, ci, mention, monthNumber, monthValue, qualifierOf, relationOf } from './lib/common.js';
import { anchorOf } from './lib/anchor.js';

const ID = 'date/month';

const PREP = `(?:(${ci('im')}|${ci('seit')}|${ci('bis')}(?:${S}(?:zum|in${S}den))?|${ci('ab')}|${ci('vom')}|${ci('von')}|${ci('zum')}|${ci('vor')}|${ci('nach')})${S})?`;
const QUAL = `(?:(Anfang|Mitte|Ende|Beginn)${S})?`;
const MONAT = `(?:(?:Monat|Monats)${S})?`;
/** "im vergangenen Oktober", "diesen Juni", "kommenden März". */
const ADJ = `(?:([Vv]ergangenen|[Vv]ergangenem|[Ll]etzten|[Ll]etztem|[Vv]origen|[Vv]origem|[Kk]ommenden|[Nn]ächsten|[Dd]iesen)${S})?`;
/** Year after the month: "Juni 2024", "Juni des Jahres 2024". */
const YEAR = `(?:${S}(?:des${S}Jahres${S})?${NB}([0-9]{4})${NE})?`;

/** "desselben Jahres": the year of an earlier mention (filled in by the layer's resolve). */
const SAME_YEAR = `(?:${S}(?:desselben|des${S}selben|des${S}gleichen|jenes)${S}Jahres${WE})?`;

/** "im Juni 2024", "Anfang November 2024", "seit August 2023", "Ende Januar", "im September". */
const RE = new Pattern(`${WB}${PREP}${QUAL}${ADJ}${MONAT}`, `${MONTH}${WE}${YEAR}${SAME_YEAR}`);

/**
 * Year of "im vergangenen Oktober" / "kommenden März" / "diesen Juni" from the article's reference
 * date: the last such month before it, the next one after it, or its own year.
 */
function relativeYear(adj: string, month: number, anchor: { year: number; month: number } | null): number | undefined {
  if (!anchor) return undefined;
  if (adj === 'diesen') return anchor.year;
  if (adj === 'kommenden' || adj === 'nächsten') return month > anchor.month ? anchor.year : anchor.year + 1;
  return month < anchor.month ? anchor.year : anchor.year - 1;
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Monat, mit oder ohne Jahr: „im Juni 2024“ → 2024-06, „Anfang November 2024“ → 2024-11 (early), „im September“ → --09',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const [, prep, qual, adj, monthWord, yearText] = m;
      // A month name alone is often a name (August, Mai): it needs a year, preposition or qualifier.
      if (!prep && !qual && !adj && !yearText) continue;
      const month = monthNumber(monthWord);
      let year = yearText !== undefined ? Number(yearText) : undefined;
      if (year !== undefined && year < 1000) continue;
      if (adj && year === undefined) year = relativeYear(adj.toLowerCase(), month, anchorOf(doc));
      out.push(
        mention(doc, m.index, m.index + m[0].length, monthValue(month, year), ID, {
          qualifier: qualifierOf(qual),
          relation: relationOf(prep),
        }),
      );
    }
    return out;
  },
};

export default rule;
