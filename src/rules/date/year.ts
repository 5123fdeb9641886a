import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan, NB, NE, S, SO, WB, WE, ci, mention, pad4, qualifierOf, relationOf } from './lib/common.js';

const ID = 'date/year';

const Y = `${NB}([0-9]{4})${NE}${WE}`;
const PREP = `${ci('seit')}|${ci('bis')}|${ci('ab')}|${ci('vor')}|${ci('nach')}`;

/** "im Jahr 2024", "des Jahres 2024", "seit dem Jahr 2014", "Jahr 2024". */
const JAHR = new Pattern(`${WB}(?:(?:(${PREP}|${ci('im')}|${ci('in')})${S})?(?:(?:dem|das|des)${S})?)?`, `Jahr(?:e|es)?${S}${Y}`);
/** "Anfang 2024", "bis Ende 2025", "Mitte des Jahres 2023", "im Sommer 2024", "Frühjahr 2023". */
const PART = new Pattern(
  `${WB}(?:(${PREP}|${ci('im')})${S}(?:(?:dem|zum)${S})?)?`,
  `(Anfang|Mitte|Ende|Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter)${S}(?:des${S}Jahres${S})?${Y}`,
);
/** "seit 2014", "bis 2030", "in 2024", "um 1900" — not when a noun or unit follows ("bis 2000 Euro"). */
const BARE = new Pattern(
  `${WB}(${PREP}|${ci('in')}|${ci('um')}|${ci('gegen')})${S}`,
  `${Y}(?!${S}[A-ZÄÖÜ0-9])(?!${SO}[%€$£])(?!${S}(?:km|m|kg|t|g|l|ha|mm|cm|qm|mal|fach|Mal|Prozent)${WE})(?!${S}(?:bis|und|-)${S}[0-9])`,
);
const HERUM = new RegExp(`${S}herum${WE}`, 'y');

/** A year that opens a sentence, then two words: "1989 fiel die Mauer", "2022 lag die Inflation …". */
const OPENING = new RegExp(`${NB}([0-9]{4})${NE}${WE}(?=${S}([a-zäöüß]+)${WE}${S}?([^ \\t]?))`, 'g');
const OPENING_BREAK = /[.!?"„“”«»(\n]/;

/** "Bundestagswahl 2021", "WM 2026", "Haushalt 2025": a noun (not starting the sentence) and a year. */
const NOUN = new Pattern(
  `${WB}([A-ZÄÖÜ][A-Za-zÄÖÜäöüß-]*)${S}`,
  `${Y}(?!${S}[A-ZÄÖÜ0-9])(?!${SO}[%€$£/])(?!${S}(?:km|m|kg|t|g|l|ha|mm|cm|qm|mal|fach|bis|und)${WE})`,
  48,
);

/** "wurde 1975 geboren", "2005 gegründet": a year before a participle of founding, birth, death… */
const PARTICIPLE = new RegExp(
  `${Y}(?=${S}(?:geboren|gestorben|gegründet|eröffnet|erbaut|errichtet|eingeweiht|eingeführt|verabschiedet|unterzeichnet|ratifiziert|abgeschafft|aufgelöst|stillgelegt|fertiggestellt|erschienen|veröffentlicht|uraufgeführt|promoviert|habilitiert|eingemeindet)${WE})`,
  'g',
);

/** Nouns before a number that count or label, not date (plus the shared version/article list). */
const NOT_EVENT = new Set(
  (
    'Artikel Paragraf Paragraph Absatz Seite Seiten Nummer Kapitel Band Heft Ausgabe Tabelle Abbildung Platz Rang Zimmer Gleis ' +
    'Linie Bus Flug Punkt Punkte Code Modell Typ Kanal Route Straße Haus Hausnummer Postfach Postleitzahl Telefon Konto Version ' +
    'Versionen Release Update Build Windows Vers Drucksache Aktenzeichen Tor Tore Minute Runde Stufe Level Etage Block Team ' +
    // capitalised function words at a sentence start or after a colon
    'Rund Etwa Über Knapp Fast Mehr Gut Nur Insgesamt Circa Ca Bis Ab Seit Um Von Zwischen Auf Mit Für Auch Und Noch Schon Bereits ' +
    'Weitere Andere Alle Die Der Das Den Dem Des Ein Eine Einer Einem Diese Dieser Mindestens Höchstens Maximal Minimal Weniger ' +
    'Zahl Anzahl Wert Summe Marke Schwelle Grenze Höhe Menge Betrag Stand Preis Kurs Index ' +
    'Genau Exakt Nahezu Beinahe Annähernd Ungefähr Zirka Gerade Damals Heute Derzeit Aktuell Zusammen Jeweils Zudem Sowie Oder'
  ).split(' '),
);
const SENTENCE_BREAK = /[.!?:;"„“”«»()\n]/;

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Jahre in Datumskontext: „im Jahr 2024“ → 2024, „seit 2014“ → 2014 (since), „Ende 2025“ → 2025 (late), „nach der Bundestagswahl 2021“ → 2021',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of JAHR.scan(text)) {
      const year = Number(m[2]);
      if (year < 1000 || year > 2199) continue;
      out.push(mention(doc, m.index, m.index + m[0].length, pad4(year), ID, { relation: relationOf(m[1]) }));
    }
    for (const m of PART.scan(text)) {
      const year = Number(m[3]);
      if (year < 1000 || year > 2199) continue;
      out.push(
        mention(doc, m.index, m.index + m[0].length, pad4(year), ID, { qualifier: qualifierOf(m[2]), relation: relationOf(m[1]) }),
      );
    }
    for (const m of BARE.scan(text)) {
      const year = Number(m[2]);
      if (year < 1800 || year > 2099) continue;
      let end = m.index + m[0].length;
      // "um"/"gegen" also measure a change ("stieg um 2000 auf …"): only "um 1990 herum" or an
      // older year ("um 1900") is a date.
      if (/^[UuGg]/.test(m[1])) {
        HERUM.lastIndex = end;
        const h = HERUM.exec(text);
        if (h) end += h[0].length;
        else if (year >= 1950) continue;
      }
      out.push(mention(doc, m.index, end, pad4(year), ID, { relation: relationOf(m[1]) }));
    }
    for (const m of scan(OPENING, text)) {
      const year = Number(m[1]);
      if (year < 1900 || year > 2099) continue;
      // A singular verb follows (plural "-en/-n" would fit a count: "1500 kamen"), and no noun
      // after it ("1500 neue Stellen").
      const [, , next, after] = m;
      if (next.endsWith('n') || /^[A-ZÄÖÜ]/.test(after)) continue;
      let i = m.index - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
      if (i >= 0 && !OPENING_BREAK.test(text[i])) continue;
      out.push(mention(doc, m.index, m.index + 4, pad4(year), ID));
    }
    for (const m of scan(PARTICIPLE, text)) {
      const year = Number(m[1]);
      if (year < 1800 || year > 2099) continue;
      out.push(mention(doc, m.index, m.index + m[0].length, pad4(year), ID));
    }
    for (const m of NOUN.scan(text)) {
      const year = Number(m[2]);
      if (year < 1900 || year > 2099) continue;
      if (NOT_EVENT.has(m[1])) continue;
      // The noun must not open the sentence ("Rund 2000 kamen"): look at what stands before it.
      let i = m.index - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
      if (i < 0 || SENTENCE_BREAK.test(text[i])) continue;
      const yearStart = m.index + m[0].length - m[2].length;
      out.push(mention(doc, yearStart, m.index + m[0].length, pad4(year), ID));
    }
    return out;
  },
};

export default rule;
