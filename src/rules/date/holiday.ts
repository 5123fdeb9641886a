import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { NB, NE, Pattern, S, WB, WE, ci, dayValue, mention, relationOf } from './lib/common.js';
import { anchorOf, fromDays, toDays } from './lib/anchor.js';

const ID = 'date/holiday';

/** Holidays on a fixed day: [month, day] or a stretch [month, day, end month, end day]. */
const FIXED: Readonly<Record<string, readonly number[]>> = {
  neujahr: [1, 1],
  neujahrstag: [1, 1],
  dreikönigstag: [1, 6],
  'heilige drei könige': [1, 6],
  valentinstag: [2, 14],
  weltfrauentag: [3, 8],
  frauentag: [3, 8],
  'tag der arbeit': [5, 1],
  'tag der deutschen einheit': [10, 3],
  reformationstag: [10, 31],
  halloween: [10, 31],
  allerheiligen: [11, 1],
  nikolaustag: [12, 6],
  heiligabend: [12, 24],
  'heiligen abend': [12, 24],
  'heiliger abend': [12, 24],
  weihnachten: [12, 25, 12, 26],
  'ersten weihnachtsfeiertag': [12, 25],
  'erster weihnachtsfeiertag': [12, 25],
  'zweiten weihnachtsfeiertag': [12, 26],
  'zweiter weihnachtsfeiertag': [12, 26],
  silvester: [12, 31],
};

/** Movable feasts: days after Easter Sunday, or a stretch [from, to]. */
const MOVABLE: Readonly<Record<string, readonly number[]>> = {
  weiberfastnacht: [-52],
  rosenmontag: [-48],
  faschingsdienstag: [-47],
  aschermittwoch: [-46],
  gründonnerstag: [-3],
  karfreitag: [-2],
  karsamstag: [-1],
  ostern: [0, 1],
  ostersonntag: [0],
  ostermontag: [1],
  'christi himmelfahrt': [39],
  himmelfahrt: [39],
  pfingsten: [49, 50],
  pfingstsonntag: [49],
  pfingstmontag: [50],
  fronleichnam: [60],
};

const NAMES = [...Object.keys(FIXED), ...Object.keys(MOVABLE)]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((n) =>
    n
      .split(' ')
      .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
      .join(S),
  );

const PREP = `(?:(${ci('an')}|${ci('am')}|${ci('zu')}|${ci('zum')}|${ci('vor')}|${ci('nach')}|${ci('seit')}|${ci('bis')}(?:${S}(?:zu|zum))?|${ci('ab')}|${ci('über')}|${ci('um')}|${ci('an')}${S}den${S}Tagen${S}um)${S}(?:(?:dem|den|der)${S})?)?`;

/** "an Heiligabend", "zu Ostern 2024", "Silvester 2023", "am Rosenmontag", "bis Pfingsten". */
const RE = new Pattern(`${WB}${PREP}`, `(${NAMES.join('|')})(?:s)?${WE}(?:${S}${NB}([0-9]{4})${NE}${WE})?`);

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as days since 1970. */
export function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDays({ year, month, day });
}

function iso(days: number): string {
  const d = fromDays(days);
  return dayValue(d.day, d.month, d.year);
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Feiertage: „an Heiligabend“ → --12-24, „Silvester 2023“ → 2023-12-31, „zu Ostern 2024“ → 2024-03-31 bis 2024-04-01, „an Pfingsten“ (mit Datumszeile)',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const [, prep, nameText, yearText] = m;
      // A holiday name alone is often a topic ("Weihnachten wird teurer"): it needs a preposition or a year.
      if (!prep && !yearText) continue;
      const name = nameText.toLowerCase().replace(/\s+/g, ' ');
      const year = yearText !== undefined ? Number(yearText) : undefined;
      const relation = relationOf(prep);
      const fixed = FIXED[name];
      if (fixed) {
        const value = dayValue(fixed[1], fixed[0], year);
        const end_value = fixed.length === 4 ? dayValue(fixed[3], fixed[2], year) : undefined;
        out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { end_value, relation }));
        continue;
      }
      const offsets = MOVABLE[name];
      if (!offsets) continue;
      let base: number;
      if (year !== undefined) {
        if (year < 1583 || year > 2199) continue;
        base = easter(year);
      } else {
        // Without a year: the occurrence nearest to the article's reference date, if it has one.
        const anchor = anchorOf(doc);
        if (!anchor) continue;
        const at = toDays(anchor);
        const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map((y) => easter(y));
        base = candidates.reduce((best, e) => (Math.abs(e + offsets[0] - at) < Math.abs(best + offsets[0] - at) ? e : best));
      }
      const value = iso(base + offsets[0]);
      const end_value = offsets.length > 1 ? iso(base + offsets[1]) : undefined;
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { end_value, relation }));
    }
    return out;
  },
};

export default rule;
