import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan, DASH, NB, NE, S, SO, WB, WE, ci, mention, pad4, qualifierOf } from './lib/common.js';

const ID = 'date/year-range';

const FROM = `(?:(${ci('von')}|${ci('zwischen')}|(?:(?:${ci('in')}|${ci('aus')})${S}den|${ci('der')}|${ci('die')}|${ci('den')})${S}Jahren?|${ci('im')}${S}Zeitraum(?:${S}von)?)${S})?`;
const SEASON = `(?:(?:${ci('im')}${S})?(Frühjahr|Frühling|Sommer|Herbst|Winter|Saison|Spielzeit|Spielsaison|Wintersemester|Sommersemester|Schuljahr|Haushaltsjahr|Geschäftsjahr|Wirtschaftsjahr)${S})?`;
const TO = `(?:${SO}(bis|und)${S}|${SO}(${DASH})${SO}|(/))`;
/** After the range: no noun, number or unit (that would be a quantity range: "1500 bis 2000 Soldaten"). */
const AFTER = `(?!${S}[A-ZÄÖÜ0-9])(?!${SO}[%€$£])(?!${S}(?:km|m|kg|t|g|l|ha|mm|cm|qm|mal|fach|Mal|Prozent)${WE})`;

/** "2022/23", "von 2019 bis 2021", "zwischen 2019 und 2021", "2019–2021", "Winter 2022/23". */
const RE = new Pattern(`${WB}${FROM}${SEASON}`, `${NB}([0-9]{4})${TO}([0-9]{4}|[0-9]{2})${NE}${WE}${AFTER}`);

/** Seasons that name a span of the year (qualifier); the other words name the whole span. */
const SEASON_QUALIFIER = new Set(['frühjahr', 'frühling', 'sommer', 'herbst', 'winter']);

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Jahresspannen: „2022/23“ → 2022 bis 2023, „von 2019 bis 2021“, „zwischen 2019 und 2021“, „2019–2021“ → 2019 bis 2021',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const [, from, season, y1Text, word, dash, slash, y2Text] = m;
      const y1 = Number(y1Text);
      let y2 = Number(y2Text);
      const strong = from !== undefined || season !== undefined;
      if (word === 'und' && !(from && /^zwischen/i.test(from))) continue;
      if (y2Text.length === 2) {
        // "2022/23", "1999-00": two-digit ends only after a slash or dash.
        if (word) continue;
        y2 = Math.floor(y1 / 100) * 100 + y2;
        if (y2 <= y1) y2 += 100;
      }
      if (y2 <= y1) continue;
      if (strong ? y1 < 1000 || y2 > 2199 : y1 < 1800 || y2 > 2099) continue;
      // A slash joins consecutive years only ("2022/23"); "2019/2021" is rather an alternative.
      if (slash && y2 !== y1 + 1) continue;
      // Without any date word, a dash or "bis" between four-digit numbers needs a plausible span.
      if (!strong && (dash || word) && y2 - y1 > 50) continue;
      const qualifier = season && SEASON_QUALIFIER.has(season.toLowerCase()) ? qualifierOf(season) : undefined;
      out.push(mention(doc, m.index, m.index + m[0].length, pad4(y1), ID, { end_value: pad4(y2), qualifier }));
    }
    return out;
  },
};

export default rule;
