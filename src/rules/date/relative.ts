import type { Rule } from '../types.js';
import type { DateMention, DateQualifier } from '../../types.js';
import { Pattern, MONTH, S, WB, WE, ci, dayValue, monthNumber, mention, monthValue, pad2, pad4, qualifierOf, relationOf, scan } from './lib/common.js';
import { type Anchor, anchorOf, fromDays, isoWeek, toDays } from './lib/anchor.js';

const ID = 'date/relative';

const PREP = `(${ci('seit')}|${ci('bis')}|${ci('ab')}|${ci('von')})`;

/** "gestern", "heute", "vorgestern", "morgen früh", "gestern Abend", "bis heute". */
const DAY = new Pattern(
  `${WB}(?:${PREP}${S})?`,
  `(heute|Heute|gestern|Gestern|vorgestern|Vorgestern|übermorgen|Übermorgen|morgen)${WE}(?!-)` +
    `(?:${S}(?:früh|Früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|morgen|vormittag|mittag|nachmittag|abend|nacht)${WE})?`,
);
const DAY_OFFSET: Readonly<Record<string, number>> = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 };

/**
 * "letzte Woche", "im vergangenen Jahr", "Ende letzten Jahres", "Anfang dieses Jahres",
 * "in der kommenden Woche", "nächsten Monat", "seit letztem Jahr", "vergangenes Wochenende".
 */
const UNIT = new Pattern(
  `${WB}(?:${PREP}${S})?(?:(?:${ci('im')}|${ci('in')}(?:${S}der)?|${ci('am')})${S})?(?:(Anfang|Mitte|Ende|Beginn)${S}(?:(?:des|der)${S})?)?`,
  `(?:([Ll]etzt|[Vv]ergangen|[Vv]orig|[Kk]ommend|[Nn]ächst|[Dd]ies|[Ll]aufend)(?:e|en|er|es|em)${S})(Wochenendes|Wochenende|Woche|Monats|Monat|Jahres|Jahr)${WE}`,
);
/** "Anfang des Jahres", "Ende des Monats" (the current one). */
const PART_OF_CURRENT = new Pattern(`${WB}(?:${PREP}${S})?`, `(Anfang|Mitte|Ende|Beginn)${S}des${S}(Jahres|Monats)${WE}`);

/** "seit Jahresbeginn", "zum Jahresende", "bis Monatsende", "zur Jahresmitte" (the current year or month). */
const COMPOUND = new RegExp(
  `${WB}(${ci('seit')}|${ci('bis')}(?:${S}(?:zum|zur))?|${ci('ab')}|${ci('zum')}|${ci('zur')}|${ci('am')}|${ci('vor')}|${ci('nach')}|${ci('zu')})${S}` +
    `(Jahres|Monats)(beginn|anfang|mitte|ende|wechsel)s?${WE}`,
  'g',
);
const COMPOUND_QUALIFIER: Readonly<Record<string, DateQualifier>> = { beginn: 'early', anfang: 'early', mitte: 'mid', ende: 'late' };

/** "im Juni letzten Jahres", "Anfang März dieses Jahres", "bis Ende Mai nächsten Jahres". */
const MONTH_OF_YEAR = new Pattern(
  `${WB}(?:${PREP}${S})?(?:${ci('im')}${S})?(?:(Anfang|Mitte|Ende|Beginn)${S})?`,
  `${MONTH}${S}(?:des${S})?(letzt|vergangen|vorig|kommend|nächst|dies|laufend)(?:en|es)${S}Jahres${WE}`,
);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  fünfzehn: 15,
  zwanzig: 20,
  dreißig: 30,
  fünfzig: 50,
  hundert: 100,
};
/** "vor zwei Jahren", "vor drei Wochen", "vor einem Monat", "vor 20 Jahren". */
const AGO = new RegExp(
  `${WB}${ci('vor')}${S}(${Object.keys(NUMBER_WORDS).join('|')}|[0-9]{1,3})${S}(Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)${WE}`,
  'g',
);

const OFFSET: Readonly<Record<string, number>> = { letzt: -1, vergangen: -1, vorig: -1, kommend: 1, nächst: 1, dies: 0, laufend: 0 };

function addMonths(a: Anchor, n: number): { year: number; month: number } {
  const t = a.year * 12 + (a.month - 1) + n;
  return { year: Math.floor(t / 12), month: (t % 12) + 1 };
}

function weekValue(days: number): string {
  const w = isoWeek(fromDays(days));
  return pad4(w.year) + '-W' + pad2(w.week);
}

function dayOf(days: number): string {
  const d = fromDays(days);
  return dayValue(d.day, d.month, d.year);
}

/** Saturday and Sunday of the weekend before (-1), of the week of (0) or after (+1) the anchor. */
function weekend(a: Anchor, offset: number): { value: string; end_value: string } {
  const days = toDays(a);
  const weekday = ((new Date(days * 86400000).getUTCDay() + 6) % 7) + 1;
  let saturday = days - weekday + 6;
  if (offset < 0) {
    if (saturday >= days) saturday -= 7;
  } else if (offset > 0) {
    if (saturday <= days) saturday += 7;
  }
  return { value: dayOf(saturday), end_value: dayOf(saturday + 1) };
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Relative Angaben, nur mit Datumszeile (Bezugsdatum 18.12.2024): „gestern“ → 2024-12-17, „letzte Woche“ → 2024-W50, „Ende letzten Jahres“ → 2023 (late)',
  },
  find(ctx) {
    const { doc } = ctx;
    const anchor = anchorOf(doc);
    if (!anchor) return [];
    const text = doc.text;
    const base = toDays(anchor);
    const out: DateMention[] = [];
    for (const m of DAY.scan(text)) {
      const [, prep, word] = m;
      // "morgen" is lower case only ("Morgen" is the morning); "heute" etc. may open a sentence.
      const offset = DAY_OFFSET[word.toLowerCase()];
      out.push(mention(doc, m.index, m.index + m[0].length, dayOf(base + offset), ID, { relation: relationOf(prep) }));
    }
    for (const m of UNIT.scan(text)) {
      const [, prep, qual, adj, unit] = m;
      const offset = OFFSET[adj.toLowerCase()];
      const qualifier: DateQualifier | undefined = qualifierOf(qual);
      const relation = relationOf(prep);
      const u = unit.toLowerCase();
      let value: string;
      let end_value: string | undefined;
      if (u.startsWith('wochenende')) {
        ({ value, end_value } = weekend(anchor, offset));
      } else if (u === 'woche') {
        value = weekValue(base + 7 * offset);
      } else if (u.startsWith('monat')) {
        const mm = addMonths(anchor, offset);
        value = monthValue(mm.month, mm.year);
      } else {
        value = pad4(anchor.year + offset);
      }
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { end_value, qualifier, relation }));
    }
    for (const m of PART_OF_CURRENT.scan(text)) {
      const [, prep, qual, unit] = m;
      const value = unit === 'Jahres' ? pad4(anchor.year) : monthValue(anchor.month, anchor.year);
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { qualifier: qualifierOf(qual), relation: relationOf(prep) }));
    }
    for (const m of MONTH_OF_YEAR.scan(text)) {
      const [, prep, qual, monthWord, adj] = m;
      const value = monthValue(monthNumber(monthWord), anchor.year + OFFSET[adj]);
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { qualifier: qualifierOf(qual), relation: relationOf(prep) }));
    }
    for (const m of scan(COMPOUND, text)) {
      const [, prep, unit, part] = m;
      // "zum Jahreswechsel" straddles two years: not one value.
      if (part === 'wechsel') continue;
      const value = unit === 'Jahres' ? pad4(anchor.year) : monthValue(anchor.month, anchor.year);
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { qualifier: COMPOUND_QUALIFIER[part], relation: relationOf(prep) }));
    }
    for (const m of scan(AGO, text)) {
      const [, num, unit] = m;
      const n = /^[0-9]/.test(num) ? Number(num) : NUMBER_WORDS[num];
      if (!n) continue;
      let value: string;
      if (unit.startsWith('Tag')) value = dayOf(base - n);
      else if (unit.startsWith('Woche')) value = weekValue(base - 7 * n);
      else if (unit.startsWith('Monat')) {
        const mm = addMonths(anchor, -n);
        value = monthValue(mm.month, mm.year);
      } else value = pad4(anchor.year - n);
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID));
    }
    return out;
  },
};

export default rule;
