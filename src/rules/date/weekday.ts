import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, S, WB, WE, WEEKDAYS, ci, dayValue, mention, relationOf, sentenceOf, timeAfter } from './lib/common.js';
import type { Doc } from '../../text/document.js';
import type { Lexicon } from '../../lexicon/index.js';
import { anchorOf, fromDays, toDays, type Anchor } from './lib/anchor.js';

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

/** Adjectives that point before or after the reference day ("vergangenen Dienstag", "kommenden Montag"). */
const BEFORE = /^(?:vergangenen|letzten)$/i;
const AFTER = /^(?:kommenden|nächsten)$/i;

/** Which way from the reference day a weekday points. */
export type WeekdayDirection = 'past' | 'future' | 'before' | 'after';

/**
 * The day a weekday names, seen from the reference day: `past` — the latest such day up to and
 * including it (news reports what happened: a Wednesday article's "am Montag" is two days
 * before); `future` — the next such day from it on; `before` / `after` — strictly before or after
 * ("vergangenen Dienstag", "kommenden Montag").
 */
export function resolveWeekday(anchor: Anchor, weekday: number, direction: WeekdayDirection): string {
  const base = toDays(anchor);
  const anchorWeekday = ((new Date(base * 86400000).getUTCDay() + 6) % 7) + 1;
  const back = (anchorWeekday - weekday + 7) % 7;
  const ahead = (weekday - anchorWeekday + 7) % 7;
  const days =
    direction === 'past' ? base - back : direction === 'before' ? base - (back || 7) : direction === 'future' ? base + ahead : base + (ahead || 7);
  const d = fromDays(days);
  return dayValue(d.day, d.month, d.year);
}

/**
 * A clause (the stretch between commas or semicolons around `pos`, within its sentence) with a
 * future or plan word from the `future-cues` list: "Am Montag soll … tagen" — but not "teilte
 * am Freitag mit" after ", bevor es voraussichtlich … wird,".
 */
function futureClause(doc: Doc, lexicon: Lexicon, pos: number): boolean {
  const cues = lexicon.list('future-cues');
  const s = doc.sentences[sentenceOf(doc, pos)];
  if (!s) return false;
  let at = s.tokenStart;
  while (at < s.tokenEnd - 1 && doc.tokens[at + 1].start <= pos) at++;
  const stop = (i: number) => doc.tokens[i].text === ',' || doc.tokens[i].text === ';';
  let a = at;
  while (a > s.tokenStart && !stop(a - 1)) a--;
  let b = at;
  while (b < s.tokenEnd - 1 && !stop(b + 1)) b++;
  for (let i = a; i <= b; i++) if (cues.has(doc.tokens[i].text.toLowerCase())) return true;
  return false;
}

function directionOf(doc: Doc, lexicon: Lexicon, pos: number, adjective: string | undefined, prep: string | undefined): WeekdayDirection {
  if (adjective && AFTER.test(adjective)) return 'after';
  if (adjective && BEFORE.test(adjective)) return 'before';
  const relation = relationOf(prep);
  if (relation === 'until' || relation === 'from') return 'future';
  if (relation === 'since') return 'past';
  return futureClause(doc, lexicon, pos) ? 'future' : 'past';
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description:
      'Wochentage: mit Bezugsdatum (Veröffentlichung, Datumszeile, --reference-date) der Tag davor oder derselbe („am Freitag“ → 2024-03-01), sonst ISO 8601:2000 verkürzt: „am Freitag“ → -W-5, „vergangenen Dienstag“ → -W-2',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    const anchor = anchorOf(doc);
    for (const m of RE.scan(text)) {
      const [, prep, adj, day, daypart] = m;
      // A bare weekday is often a name ("Der Freitag", "Schwarzer Freitag"): it needs a preposition,
      // an adjective like "vergangenen" or a part of day ("Freitagabend").
      if (!prep && !adj && !daypart) continue;
      let end = m.index + m[0].length;
      let value = anchor
        ? resolveWeekday(anchor, Number(WEEKDAYS.get(day.toLowerCase())), directionOf(doc, ctx.lexicon, m.index, adj ?? adjectiveIn(m[0]), prep))
        : '-W-' + WEEKDAYS.get(day.toLowerCase());
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

/** The adjective of a match with a preposition ("am vergangenen Freitag"). */
function adjectiveIn(match: string): string | undefined {
  return ADJ_WORDS.find((w) => new RegExp(`(?:^|\\s)${w}\\s`, 'i').test(match));
}

export default rule;
