/**
 * Builds ArticleResults by hand for compare tests: sentences with the quantities, statements,
 * entities and dates an extractor would report, offsets computed from the text.
 */
import type { ArticleResult, Bound, DateMention, Entity, EntityType, Interval, Quantity, Statement, StatementKind } from '../../src/types.js';

export interface QSpec {
  text: string;
  value: number;
  bound?: Bound;
  unit: string | null;
  /** The number span, when it differs from what precedes the noun ("Tausende"). */
  number?: string;
  noun?: string;
  interval?: Interval;
}

export interface SentenceSpec {
  text: string;
  q?: QSpec[];
  /** A statement whose content is `content` (a substring of the sentence). */
  st?: { speaker: string; name?: string; names?: string[]; cue: string; content: string; kind?: StatementKind };
  ents?: [string, EntityType, string?][];
  dates?: [string, string][];
}

export function intervalOf(value: number, bound: Bound): Interval {
  switch (bound) {
    case 'eq':
      return { min: value, max: value, minInclusive: true, maxInclusive: true };
    case 'gte':
      return { min: value, max: null, minInclusive: true, maxInclusive: false };
    case 'gt':
      return { min: value, max: null, minInclusive: false, maxInclusive: false };
    case 'lte':
      return { min: null, max: value, minInclusive: false, maxInclusive: true };
    case 'lt':
      return { min: null, max: value, minInclusive: false, maxInclusive: false };
    case 'approx':
      return { min: value * 0.9, max: value * 1.1, minInclusive: true, maxInclusive: true };
  }
}

function at(hay: string, needle: string, from = 0): number {
  const i = hay.indexOf(needle, from);
  if (i < 0) throw new Error(`"${needle}" not in "${hay}"`);
  return i;
}

/** `withSentences`: also give `sentences` (as an extractor that reports sentence texts would). */
export function article(id: string, sentences: SentenceSpec[], withSentences = true): ArticleResult {
  const spans: { text: string; start: number; end: number }[] = [];
  let source = '';
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const statements: Statement[] = [];
  const ents = new Map<string, Entity>();
  sentences.forEach((s, si) => {
    const base = source.length;
    source += s.text + ' ';
    spans.push({ text: s.text, start: base, end: base + s.text.length });
    let stIndex: number | undefined;
    if (s.st) {
      const c = base + at(s.text, s.st.content);
      const sp = base + at(s.text, s.st.speaker);
      const cu = base + at(s.text, s.st.cue);
      stIndex = statements.length;
      statements.push({
        speaker: { text: s.st.speaker, start: sp, end: sp + s.st.speaker.length, name: s.st.name ?? s.st.speaker, entity: null, ...(s.st.names ? { names: s.st.names } : {}) },
        cue: { text: s.st.cue, start: cu, end: cu + s.st.cue.length },
        kind: s.st.kind ?? 'indirect',
        content: { text: s.st.content, start: c, end: c + s.st.content.length },
        sentence: si,
        rule: 'statement/test',
      });
    }
    for (const q of s.q ?? []) {
      const start = base + at(s.text, q.text);
      const bound = q.bound ?? 'eq';
      const inside = s.st && start >= statements[stIndex!].content.start && start + q.text.length <= statements[stIndex!].content.end;
      const nounText = q.noun ?? q.text.split(' ').pop()!;
      const nStart = start + q.text.lastIndexOf(nounText);
      quantities.push({
        text: q.text,
        start,
        end: start + q.text.length,
        value: q.value,
        bound,
        interval: q.interval ?? intervalOf(q.value, bound),
        unit: q.unit,
        sentence: si,
        rule: 'quantity/test',
        ...(inside ? { statement: stIndex } : {}),
        ...(q.number ? { number: { text: q.number, start, end: start + q.number.length } } : {}),
        noun: { text: nounText, start: nStart, end: nStart + nounText.length },
      });
    }
    for (const [text, value] of s.dates ?? []) {
      const start = base + at(s.text, text);
      dates.push({ text, value, start, end: start + text.length, sentence: si, rule: 'date/test' });
    }
    for (const [name, type, mention] of s.ents ?? []) {
      const m = mention ?? name;
      const start = base + at(s.text, m);
      const id = `${type}:${name}`;
      const e = ents.get(id) ?? { id, name, type, mentions: [], rule: 'entity/test' };
      e.mentions.push({ text: m, start, end: start + m.length });
      ents.set(id, e);
    }
  });
  for (const st of statements) {
    const e = [...ents.values()].find((x) => x.name === st.speaker.name);
    if (e) st.speaker.entity = e.id;
  }
  const result: ArticleResult = { id, path: `${id}.txt`, title: sentences[0]?.text ?? '', quantities, dates, entities: [...ents.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), statements };
  return withSentences ? Object.assign(result, { sentences: spans }) : result;
}

/** Unit classes as the `unit-classes` list would give them. */
export const CLASSES = new Map<string, string>([
  ['soldat', 'armed'],
  ['truppe', 'armed'],
  ['spezialkraft', 'armed'],
  ['kampfer', 'armed'],
  ['tote', 'dead'],
  ['toter', 'dead'],
  ['todesopfer', 'dead'],
  ['opfer', 'dead'],
  ['verletzte', 'injured'],
  ['verletzter', 'injured'],
  ['euro', 'money'],
  ['dollar', 'money'],
]);

export const POLARITY = new Map<string, 'confirm' | 'deny'>([
  ['bestatigen', 'confirm'],
  ['einraumen', 'confirm'],
  ['zugeben', 'confirm'],
  ['bestreiten', 'deny'],
  ['leugnen', 'deny'],
  ['dementieren', 'deny'],
  ['zuruckweisen', 'deny'],
  ['unsinn', 'deny'],
]);
