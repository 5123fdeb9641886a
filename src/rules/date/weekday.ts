import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan, S, WB, WE, WEEKDAYS, ci, mention, relationOf, timeAfter } from './lib/common.js';

const ID = 'date/weekday';

const PREP = `(${ci('am')}|${ci('vom')}|${ci('zum')}|${ci('für')}|${ci('zu')}|${ci('von')}|${ci('bis')}(?:${S}zum)?|${ci('seit')}(?:${S}dem)?|${ci('ab')}(?:${S}dem)?|${ci('vor')}${S}dem|${ci('nach')}${S}dem|${ci('an')}${S}(?:diesem|jenem|dem))`;
const ADJ_WORDS = ['vergangenen', 'letzten', 'kommenden', 'nächsten', 'diesen', 'frühen', 'späten', 'selben', 'gleichen'];
const ADJ = `(?:${ADJ_WORDS.join('|')})`;
const ADJ_START = `(${ADJ_WORDS.map((w) => ci(w)).join('|')})`;
const DAYPART = '(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)';

/**
 * "am Freitag", "vergangenen Dienstag", "am Mittwochabend", "Sonntagnacht", "bis zum kommenden Montag".
 * Groups: preposition, adjective-only prefix, weekday, part of day.
 */
const RE = new Pattern(
  `${WB}(?:${PREP}${S}(?:${ADJ}${S})?|${ADJ_START}${S})?`,
  `(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(${DAYPART})?${WE}`,
);

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Wochentage (ISO 8601:2000 verkürzt, Tag der laufenden Woche): „am Freitag“ → -W-5, „vergangenen Dienstag“ → -W-2, „am Sonntagabend“ → -W-7',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const [, prep, adj, day, daypart] = m;
      // A bare weekday is often a name ("Der Freitag", "Schwarzer Freitag"): it needs a preposition,
      // an adjective like "vergangenen" or a part of day ("Freitagabend").
      if (!prep && !adj && !daypart) continue;
      let end = m.index + m[0].length;
      let value = '-W-' + WEEKDAYS[day.toLowerCase()];
      const t = timeAfter(text, end);
      if (t) {
        end = t.end;
        value += t.time;
      }
      out.push(mention(doc, m.index, end, value, ID, { relation: relationOf(prep) }));
    }
    return out;
  },
};

export default rule;
