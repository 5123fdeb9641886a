import type { Layer, Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import century from './century.js';
import dayMonth from './day-month.js';
import dayRange from './day-range.js';
import decade from './decade.js';
import holiday from './holiday.js';
import month from './month.js';
import monthRange from './month-range.js';
import numericDate from './numeric-date.js';
import quarter from './quarter.js';
import relative from './relative.js';
import time from './time.js';
import timeRange from './time-range.js';
import weekday from './weekday.js';
import year from './year.js';
import yearRange from './year-range.js';

const byId = (a: Rule<DateMention>, b: Rule<DateMention>) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);

const rules: Rule<DateMention>[] = [
  century,
  dayMonth,
  dayRange,
  decade,
  holiday,
  month,
  monthRange,
  numericDate,
  quarter,
  relative,
  time,
  timeRange,
  weekday,
  year,
  yearRange,
].sort(byId);

/**
 * Overlapping candidates: the longest span wins; at equal length the earlier start, then the more
 * specific value (longer ISO string), then the rule id. Output sorted by start, then end.
 */
export function resolveDates(candidates: DateMention[]): DateMention[] {
  const ranked = candidates.slice().sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      b.value.length - a.value.length ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
  const kept: DateMention[] = [];
  for (const c of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return fillSameYear(kept);
}

const SAME_YEAR = /(?:desselben|des\s+selben|des\s+gleichen|jenes)\s+Jahres$/;
const HAS_YEAR = /^[0-9]{4}/;

/**
 * "im November desselben Jahres": a month or day without a year that points back to the year of
 * the nearest earlier mention with one ("im Juni 2024 … im November desselben Jahres" → 2024-11).
 */
function fillSameYear(sorted: DateMention[]): DateMention[] {
  let lastYear: string | null = null;
  return sorted.map((d) => {
    let out = d;
    if (lastYear && d.value.startsWith('--') && SAME_YEAR.test(d.text)) {
      out = { ...d, value: lastYear + d.value.slice(1) };
    }
    const y = HAS_YEAR.exec(out.end_value ?? out.value);
    if (y) lastYear = y[0];
    return out;
  });
}

/** The date layer: its rules, sorted by id, and how their candidates become output. */
export const dateLayer: Layer<DateMention, DateMention> = {
  name: 'date',
  rules,
  resolve: (candidates) => resolveDates(candidates),
};
