/**
 * Time and sources in compare's groups (src/compare/groups.ts: timelineOf, updateOf, sourcesOf;
 * src/compare/context.ts: figureTimes, referenceYear, ownSegment): a count that later reports raise
 * is one group flagged `updated`, its timeline ordered by publication time and by update words
 * („zunächst … inzwischen“); a past state („Bei der Wahl 2013 … war … gekommen“) never joins this
 * year's figure; each group names who gives which figure. Topics: storms, floods, fires, accidents,
 * elections, demonstrations, strikes; all people and figures invented.
 */
import { describe, expect, it } from 'vitest';
import { compare, compareOptionsFromLexicon } from '../../src/compare/index.js';
import { figureTimes, referenceYear } from '../../src/compare/context.js';
import { sourcesOf, timelineOf, updateOf } from '../../src/compare/groups.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import type { ArticleResult, Bound, CompareResult, GroupMember, QuantityGroup } from '../../src/types.js';
import { article, intervalOf, type QSpec, type SentenceSpec } from './build.js';

const opts = compareOptionsFromLexicon(loadLexicon());

function dated(id: string, published: string | null, sentences: SentenceSpec[]): ArticleResult {
  const a = article(id, sentences);
  if (published) a.published = published;
  return a;
}

function groupOf(r: CompareResult, articleId: string, text: string): QuantityGroup {
  const g = r.groups.find((x) => x.members.some((m) => m.article === articleId && m.text === text));
  if (!g) throw new Error(`no group for ${articleId}: ${text}\n${r.groups.map((x) => `${x.status} ${x.members.map((m) => m.article + ':' + m.text).join(' | ')}`).join('\n')}`);
  return g;
}
const together = (r: CompareResult, a: [string, string], b: [string, string]) => groupOf(r, ...a).id === groupOf(r, ...b).id;
/** The group's members in timeline order, as "article:text". */
const inTime = (g: QuantityGroup) => g.timeline.map((t) => `${g.members[t.member].article}:${g.members[t.member].text}`);

const people = (text: string, value: number, unit = 'Mensch', bound: Bound = 'eq'): QSpec => ({ text, value, unit, bound });
const pct = (text: string, value: number): QSpec => ({ text, value, unit: 'Prozent' });

// ---------------------------------------------------------------- figureTimes, referenceYear

describe('figureTimes', () => {
  const table: [string, string, string | null, number | null, string[]][] = [
    // [what, clause, sentence, reference year, marks]
    ['a year with the pluperfect is a past state', 'Bei der Landtagswahl 2013 war die CSU noch auf 47,7 Prozent gekommen', 'Bei der Landtagswahl 2013 war die CSU noch auf 47,7 Prozent gekommen.', null, ['2013', 'prev']],
    ['a year before the reference year is a past reference', 'Im Jahr 2022 kamen 55.000 Besucher', 'Im Jahr 2022 kamen 55.000 Besucher.', 2024, ['2022', 'prev']],
    ['the reference year itself is not', 'Im Jahr 2024 kamen 60.000 Besucher', 'Im Jahr 2024 kamen 60.000 Besucher.', 2024, ['2024']],
    ['„seit 2019“ names a stretch', 'seit 2019 sind 4.000 Stellen weggefallen', 'Bei dem Zulieferer sind seit 2019 sind 4.000 Stellen weggefallen.', 2026, ['2019']],
    ['„bis 2030“ names a stretch', 'bis 2030 sollen 800 Stellen wegfallen', 'Bei Brenntner sollen bis 2030 800 Stellen wegfallen.', 2026, ['2030']],
    ['a quarter', 'im ersten Quartal einen Umsatz von 812 Millionen Euro', 'Die Firma meldete im ersten Quartal einen Umsatz von 812 Millionen Euro.', 2025, ['q1']],
    ['the previous year', 'im Vorjahr waren es 1.100 Teilnehmer', 'Im Vorjahr waren es 1.100 Teilnehmer.', 2025, ['prev']],
    ['a month', 'im Juli fielen 140 Liter Regen', 'Im Juli fielen in Passau 140 Liter Regen.', 2025, ['juli']],
    ['a fronted time adverbial scopes over the sentence', 'die SPD landete bei 20,6', 'Bei der Landtagswahl 2013 kam die CSU auf 47,7 Prozent, die SPD landete bei 20,6.', 2018, ['2013', 'prev']],
    ['a fronted „Im Vorjahr“', 'die Grünen auf 8,6 Prozent', 'Im Vorjahr kamen die CDU auf 30,1, die Grünen auf 8,6 Prozent.', 2025, ['prev']],
    ['nothing', 'kamen am Samstag 8.000 Menschen', 'Zur Kundgebung kamen am Samstag 8.000 Menschen.', 2025, []],
  ];
  it.each(table)('%s', (_, clause, sentence, ref, marks) => {
    expect([...figureTimes(clause, sentence, ref)].sort()).toEqual([...marks].sort());
  });
  // Was a bug (fixed): FRONTED_TIME stopped its match at „letzten“, before the noun timeMarks needs.
  it('a fronted „Bei der letzten Wahl“ is a past reference for every figure of the sentence', () => {
    expect([...figureTimes('die Grünen auf 8,6 Prozent', 'Bei der letzten Wahl kamen die CDU auf 30,1, die Grünen auf 8,6 Prozent.', 2025)]).toEqual(['prev']);
  });
  it('a time before the first figure of the clause scopes over its figures („ab 2027 von 40 auf 38 Stunden“)', () => {
    expect([...figureTimes('auf 38 Stunden sinken', 'Ab 2027 soll die Arbeitszeit von 40 auf 38 Stunden sinken.', 2025, 'Ab 2027 soll die Arbeitszeit von ')]).toEqual(['2027']);
  });
  it('a time after the first figure does not („von 3 Millionen im Jahr 2022 auf 5 Millionen“)', () => {
    expect([...figureTimes('auf 5 Millionen Euro', 'Der Umsatz stieg von 3 Millionen im Jahr 2022 auf 5 Millionen Euro.', 2025, 'Der Umsatz stieg von ')]).toEqual([]);
  });
  it('a fronted adverbial without a time word adds nothing', () => {
    expect([...figureTimes('die Feuerwehr zählte 40 Einsätze', 'Bei dem Sturm in Meschede zählte die Feuerwehr 40 Einsätze.', 2025)]).toEqual([]);
  });
});

describe('referenceYear', () => {
  const base = () => article('ry', [{ text: 'Am 3. Mai 2025 brannte in Gütersloh eine Lagerhalle.', dates: [['3. Mai 2025', '2025-05-03']] }]);
  it('is the publication year when there is one', () => {
    const a = base();
    a.published = '2026-01-02T08:00:00+01:00';
    expect(referenceYear(a)).toBe(2026);
  });
  it('else the year the full dates name most often', () => {
    const a = base();
    a.dates.push({ text: '2024-11-01', value: '2024-11-01', start: 0, end: 0, sentence: 0, rule: 'date/test' });
    a.dates.push({ text: '2025-05-04', value: '2025-05-04', start: 0, end: 0, sentence: 0, rule: 'date/test' });
    expect(referenceYear(a)).toBe(2025);
  });
  it('ties go to the later year; a bare year does not count', () => {
    const a = base();
    a.dates.push({ text: '2024-11-01', value: '2024-11-01', start: 0, end: 0, sentence: 0, rule: 'date/test' });
    a.dates.push({ text: '2013', value: '2013', start: 0, end: 0, sentence: 0, rule: 'date/test' });
    a.dates.push({ text: '2013', value: '2013', start: 0, end: 0, sentence: 0, rule: 'date/test' });
    expect(referenceYear(a)).toBe(2025);
  });
  it('null without publication or full dates', () => {
    expect(referenceYear(article('ry0', [{ text: 'Ein Sturm zog über das Sauerland.' }]))).toBeNull();
  });
});

// ---------------------------------------------------------------- timelineOf, updateOf, sourcesOf on hand-made members

function member(article: string, value: number, time: string | null, extra: Partial<GroupMember> = {}): GroupMember {
  return {
    article,
    text: String(value),
    value,
    bound: 'eq',
    interval: intervalOf(value, 'eq'),
    unit: 'Tote',
    start: 0,
    end: 1,
    sentence: 0,
    speaker: null,
    source: null,
    time,
    ...extra,
  };
}

describe('timelineOf', () => {
  it('orders by time, unknown times last, then by member index', () => {
    const ms = [member('c', 5, '2026-06-02T18:00:00+02:00'), member('a', 2, '2026-06-02T09:00:00+02:00'), member('b', 4, null), member('d', 3, '2026-06-02T12:30:00+02:00')];
    expect(timelineOf(ms).map((t) => t.member)).toEqual([1, 3, 0, 2]);
    expect(timelineOf(ms).map((t) => t.value)).toEqual([2, 3, 5, 4]);
    expect(timelineOf(ms)[3].time).toBeNull();
  });
  it('within one time: „zunächst“ first, „inzwischen“ / „stieg“ last', () => {
    const t = '2026-06-02T18:00:00+02:00';
    const ms = [member('a', 7, t, { marks: ['later'] }), member('a', 5, t), member('a', 3, t, { marks: ['earlier'] }), member('a', 9, t, { marks: ['up'] })];
    expect(timelineOf(ms).map((x) => x.value)).toEqual([3, 5, 7, 9]);
  });
  it('time beats marks: an earlier report with „inzwischen“ stays earlier', () => {
    const ms = [member('b', 5, '2026-06-02T18:00:00+02:00', { marks: ['earlier'] }), member('a', 2, '2026-06-02T09:00:00+02:00', { marks: ['later'] })];
    expect(timelineOf(ms).map((x) => x.value)).toEqual([2, 5]);
  });
});

describe('updateOf', () => {
  const T1 = '2026-06-02T09:00:00+02:00';
  const T2 = '2026-06-02T13:00:00+02:00';
  const T3 = '2026-06-02T18:00:00+02:00';
  const cases: [string, GroupMember[], 'rising' | 'falling' | null][] = [
    ['2 then 5, two times', [member('a', 2, T1), member('b', 5, T2)], 'rising'],
    ['2, 2, 5: non-decreasing', [member('a', 2, T1), member('b', 2, T2), member('c', 5, T3)], 'rising'],
    ['12 then 3 missing: falling', [member('a', 12, T1), member('b', 3, T2)], 'falling'],
    ['2, 5, 4: neither', [member('a', 2, T1), member('b', 5, T2), member('c', 4, T3)], null],
    ['one time, no marks: the order is unknown', [member('a', 2, T1), member('b', 5, T1)], null],
    ['a member without a time among timed ones', [member('a', 2, T1), member('b', 5, T2), member('c', 7, null)], null],
    ['the same value throughout', [member('a', 5, T1), member('b', 5, T2)], null],
    ['one article, „zunächst“ 3 then „inzwischen“ 7, no times', [member('a', 3, null, { marks: ['earlier'] }), member('a', 7, null, { marks: ['later'] })], 'rising'],
    ['no times and no marks', [member('a', 3, null), member('b', 7, null)], null],
  ];
  it.each(cases)('%s → %s', (_, ms, want) => {
    expect(updateOf(ms, timelineOf(ms))).toBe(want);
  });
});

describe('sourcesOf', () => {
  const label = (a: string) => a.split('_')[0];
  it('one entry per source with its figures (as written, once) and articles, in order of appearance', () => {
    const ms = [
      member('a_x', 8000, null, { source: 'Polizei', text: '8.000 Menschen' }),
      member('a_x', 15000, null, { source: 'Veranstalter', text: '15.000 Teilnehmern' }),
      member('b_y', 8000, null, { source: 'Polizei', text: 'rund 8.000' }),
      member('c_z', 8000, null, { source: 'Polizei', text: '8.000 Menschen' }),
      member('d_w', 9000, null, { text: '9.000 Demonstranten' }),
    ];
    expect(sourcesOf(ms, label)).toEqual([
      { source: 'Polizei', figures: ['8.000 Menschen', 'rund 8.000'], articles: ['a_x', 'b_y', 'c_z'] },
      { source: 'Veranstalter', figures: ['15.000 Teilnehmern'], articles: ['a_x'] },
      { source: 'd', figures: ['9.000 Demonstranten'], articles: ['d_w'] },
    ]);
  });
  it('a figure without a source is the outlet’s, when known, else the article’s label', () => {
    const ms = [member('a_x', 3, null, { text: 'drei Tote' }), member('b_y', 3, null, { text: 'drei Menschen' })];
    expect(sourcesOf(ms, label, (a) => (a === 'a_x' ? 'Kreisbote' : undefined)).map((s) => s.source)).toEqual(['Kreisbote', 'b']);
  });
});

// ---------------------------------------------------------------- compare: a rising death toll

/** A storm in Niederbayern: the death toll rises over the day (ids sorted against time on purpose). */
const toll = (): ArticleResult[] => [
  dated('a1_pnp', '2026-06-02T18:00:00+02:00', [
    { text: 'Unwetter in Niederbayern: Zahl der Toten steigt auf fünf', q: [people('fünf', 5, 'Tote')], ents: [['Niederbayern', 'LOC']] },
    {
      text: 'Nach dem Unwetter in Niederbayern ist die Zahl der Toten auf fünf Menschen gestiegen, teilte das Polizeipräsidium Niederbayern am Abend mit.',
      q: [people('fünf Menschen', 5)],
      ents: [['Niederbayern', 'LOC'], ['Polizeipräsidium Niederbayern', 'ORG']],
    },
  ]),
  dated('b1_br', '2026-06-02T09:00:00+02:00', [
    { text: 'Unwetter in Niederbayern: zwei Tote', q: [people('zwei Tote', 2, 'Tote')], ents: [['Niederbayern', 'LOC']] },
    {
      text: 'Bei dem Unwetter in Niederbayern sind in der Nacht zwei Menschen ums Leben gekommen, teilte das Polizeipräsidium Niederbayern mit.',
      q: [people('zwei Menschen', 2)],
      ents: [['Niederbayern', 'LOC'], ['Polizeipräsidium Niederbayern', 'ORG']],
    },
  ]),
];

describe('compare: a death toll that later reports raise', () => {
  const r = compare(toll(), opts);
  const g = groupOf(r, 'b1_br', 'zwei Menschen');

  it('is one group with status conflict', () => {
    expect(g.members.map((m) => `${m.article}:${m.text}`)).toEqual(expect.arrayContaining(['a1_pnp:fünf Menschen', 'b1_br:zwei Menschen']));
    expect(g.status).toBe('conflict');
  });

  it('is flagged rising, and the reason says later reports raise the count', () => {
    expect(g.updated).toBe('rising');
    expect(g.reason).toContain('Later reports raise the count');
    expect(g.reason).toMatch(/2 \(2026-06-02 09:00\) → 5 \(2026-06-02 18:00\)/);
  });

  it('its timeline runs by publication time, not by article id', () => {
    const times = g.timeline.map((t) => t.time!);
    expect([...times].sort()).toEqual(times);
    expect(inTime(g)[0]).toMatch(/^b1_br:/);
    expect(inTime(g)[inTime(g).length - 1]).toMatch(/^a1_pnp:/);
    expect(g.members.every((m) => m.time)).toBe(true);
  });

  it('the same two reports without publication times are a plain conflict, not an update', () => {
    const bare = toll().map((a) => ({ ...a, published: undefined }));
    const h = groupOf(compare(bare, opts), 'b1_br', 'zwei Menschen');
    expect(h.status).toBe('conflict');
    expect(h.updated).toBeUndefined();
    expect(h.reason).not.toContain('Later reports');
  });

  it('reports that go down and up again are no update', () => {
    const third = dated('c1_sz', '2026-06-02T13:00:00+02:00', [
      { text: 'Unwetter in Niederbayern: sieben Tote befürchtet', ents: [['Niederbayern', 'LOC']] },
      {
        text: 'Nach dem Unwetter in Niederbayern sind sieben Menschen ums Leben gekommen, teilte das Polizeipräsidium Niederbayern mit.',
        q: [people('sieben Menschen', 7)],
        ents: [['Niederbayern', 'LOC'], ['Polizeipräsidium Niederbayern', 'ORG']],
      },
    ]);
    const h = groupOf(compare([...toll(), third], opts), 'c1_sz', 'sieben Menschen');
    expect(h.members.map((m) => m.article)).toContain('b1_br');
    expect(h.timeline.map((t) => t.value)).toEqual(expect.arrayContaining([2, 7, 5]));
    expect(h.updated).toBeUndefined();
  });
});

describe('compare: a falling count of the missing', () => {
  it('twelve missing in the morning, three in the evening: falling', () => {
    const arts = [
      dated('m1_ots', '2026-08-14T08:00:00+02:00', [
        { text: 'Hochwasser im Ahrtal: zwölf Menschen vermisst', ents: [['Ahrtal', 'LOC']] },
        { text: 'Nach dem Hochwasser im Ahrtal werden nach Angaben der Polizei Koblenz zwölf Menschen vermisst.', q: [people('zwölf Menschen', 12)], ents: [['Ahrtal', 'LOC'], ['Polizei Koblenz', 'ORG']] },
      ]),
      dated('m2_swr', '2026-08-14T20:00:00+02:00', [
        { text: 'Hochwasser im Ahrtal: noch drei Menschen vermisst', ents: [['Ahrtal', 'LOC']] },
        { text: 'Nach dem Hochwasser im Ahrtal werden nach Angaben der Polizei Koblenz inzwischen noch drei Menschen vermisst.', q: [people('drei Menschen', 3)], ents: [['Ahrtal', 'LOC'], ['Polizei Koblenz', 'ORG']] },
      ]),
    ];
    const g = groupOf(compare(arts, opts), 'm1_ots', 'zwölf Menschen');
    expect(g.members.map((m) => m.article)).toEqual(['m1_ots', 'm2_swr']);
    expect(g.updated).toBe('falling');
    expect(g.reason).toContain('Later reports lower the count');
  });
});

// ---------------------------------------------------------------- compare: „zunächst … inzwischen“ in one article

describe('compare: update words order the timeline inside one article', () => {
  const fire = (order: 'first-earlier' | 'first-later') => {
    const earlier: SentenceSpec = {
      text: 'Die Feuerwehr hatte zunächst von drei Verletzten gesprochen.',
      q: [people('drei Verletzten', 3, 'Verletzte')],
    };
    const later: SentenceSpec = {
      text: 'Inzwischen spricht die Feuerwehr von sieben Verletzten, darunter zwei Kinder.',
      q: [people('sieben Verletzten', 7, 'Verletzte')],
    };
    return dated('fw1_ga', '2026-03-21T19:00:00+01:00', [
      { text: 'Brand in Mehrfamilienhaus in Bonn-Beuel', ents: [['Bonn-Beuel', 'LOC']] },
      { text: 'In einem Mehrfamilienhaus in Bonn-Beuel ist am Samstagmorgen ein Feuer ausgebrochen.', ents: [['Bonn-Beuel', 'LOC']] },
      ...(order === 'first-earlier' ? [earlier, later] : [later, earlier]),
    ]);
  };

  it.each(['first-earlier', 'first-later'] as const)('„zunächst 3 … inzwischen 7“ (%s in the text): one group, 3 before 7, rising', (order) => {
    const r = compare([fire(order)], opts);
    const g = groupOf(r, 'fw1_ga', 'drei Verletzten');
    expect(g.members.map((m) => m.text).sort()).toEqual(['drei Verletzten', 'sieben Verletzten']);
    expect(g.timeline.map((t) => t.value)).toEqual([3, 7]);
    expect(g.updated).toBe('rising');
    expect(g.members.find((m) => m.text === 'drei Verletzten')!.marks).toContain('earlier');
    expect(g.members.find((m) => m.text === 'sieben Verletzten')!.marks).toContain('later');
  });

  it('with another outlet published later, its figure comes last', () => {
    const other = dated('fw2_ksta', '2026-03-22T08:00:00+01:00', [
      { text: 'Bonn-Beuel: Sieben Verletzte bei Brand', q: [people('Sieben Verletzte', 7, 'Verletzte')], ents: [['Bonn-Beuel', 'LOC']] },
      { text: 'Bei dem Brand in einem Mehrfamilienhaus in Bonn-Beuel wurden sieben Menschen verletzt, sagte ein Sprecher der Feuerwehr.', q: [people('sieben Menschen', 7)], ents: [['Bonn-Beuel', 'LOC']] },
    ]);
    const r = compare([fire('first-later'), other], opts);
    const g = groupOf(r, 'fw1_ga', 'drei Verletzten');
    expect(inTime(g)[0]).toBe('fw1_ga:drei Verletzten');
    expect(inTime(g).slice(-1)[0]).toMatch(/^fw2_ksta:/);
    expect(g.updated).toBe('rising');
  });
});

// ---------------------------------------------------------------- compare: a past state is another fact

describe('compare: a past state never joins this year’s figure', () => {
  const election = (): ArticleResult[] => [
    dated('lt1_br', '2028-10-08T22:00:00+02:00', [
      { text: 'Landtagswahl in Bayern: SPD einstellig', ents: [['Bayern', 'LOC']] },
      { text: 'Die SPD kam bei der Landtagswahl in Bayern auf 9,7 Prozent.', q: [pct('9,7 Prozent', 9.7)], ents: [['Bayern', 'LOC']] },
      {
        text: 'Bei der Landtagswahl 2013 war die SPD in Bayern noch auf 20,6 Prozent gekommen.',
        q: [pct('20,6 Prozent', 20.6)],
        ents: [['Bayern', 'LOC']],
        dates: [['2013', '2013']],
      },
    ]),
    dated('lt2_sz', '2028-10-09T07:00:00+02:00', [
      { text: 'Bayern hat gewählt: Debakel für die SPD', ents: [['Bayern', 'LOC']] },
      { text: 'Die SPD erreichte bei der Landtagswahl in Bayern nur 9,9 Prozent.', q: [pct('9,9 Prozent', 9.9)], ents: [['Bayern', 'LOC']] },
    ]),
  ];

  it('„Bei der Landtagswahl 2013 war die SPD noch auf 20,6 Prozent gekommen“ stays out of the result group', () => {
    const r = compare(election(), opts);
    expect(together(r, ['lt1_br', '9,7 Prozent'], ['lt2_sz', '9,9 Prozent'])).toBe(true);
    expect(together(r, ['lt1_br', '20,6 Prozent'], ['lt2_sz', '9,9 Prozent'])).toBe(false);
    expect(groupOf(r, 'lt1_br', '20,6 Prozent').members).toHaveLength(1);
    expect(groupOf(r, 'lt1_br', '20,6 Prozent').members[0].marks).toContain('prev');
  });

  it('an equal figure from another outlet for 2013 joins the 2013 figure, not this year’s', () => {
    const past = dated('lt3_nn', '2028-10-09T10:00:00+02:00', [
      { text: 'SPD in Bayern: Absturz seit 2013', ents: [['Bayern', 'LOC']] },
      { text: 'Bei der Landtagswahl 2013 hatte die SPD in Bayern noch 20,6 Prozent geholt.', q: [pct('20,6 Prozent', 20.6)], ents: [['Bayern', 'LOC']], dates: [['2013', '2013']] },
    ]);
    const r = compare([...election(), past], opts);
    expect(together(r, ['lt1_br', '20,6 Prozent'], ['lt3_nn', '20,6 Prozent'])).toBe(true);
    expect(together(r, ['lt3_nn', '20,6 Prozent'], ['lt2_sz', '9,9 Prozent'])).toBe(false);
  });

  /** The Greens' result with their gain over the previous election in one clause; another outlet's share. */
  const greens = (otherShare: string, otherValue: number): ArticleResult[] => [
    dated('gr1_br', '2028-10-08T22:30:00+02:00', [
      { text: 'Grüne in Bayern zweitstärkste Kraft', ents: [['Bayern', 'LOC']] },
      {
        text: 'Die Grünen werden mit 17,5 Prozent zweitstärkste Kraft und legen gegenüber der vorigen Landtagswahl 8,9 Punkte zu.',
        q: [pct('17,5 Prozent', 17.5), { text: '8,9 Punkte', value: 8.9, unit: 'Punkt' }],
      },
    ]),
    dated('gr2_sz', '2028-10-09T07:00:00+02:00', [
      { text: 'Bayern: Grüne legen kräftig zu', ents: [['Bayern', 'LOC']] },
      { text: `Die Grünen kamen bei der Landtagswahl in Bayern auf ${otherShare}.`, q: [pct(otherShare, otherValue)], ents: [['Bayern', 'LOC']] },
    ]),
  ];

  it('the result and an equal share of another outlet agree; the gain carries the past reference', () => {
    const r = compare(greens('17,5 Prozent', 17.5), opts);
    const g = groupOf(r, 'gr1_br', '17,5 Prozent');
    expect(g.members.map((m) => m.article)).toEqual(['gr1_br', 'gr2_sz']);
    expect(g.status).toBe('agree');
    expect(groupOf(r, 'gr1_br', '8,9 Punkte').members[0].marks).toContain('prev');
  });

  // Was a bug (fixed): the words between two figures („… Kraft und legen gegenüber der vorigen
  // Landtagswahl“) belonged to both; a figure's own words now end at a coordination after it.
  it('a past reference between two figures belongs to the later one only („mit 17,5 Prozent … gegenüber der vorigen Landtagswahl 8,9 Punkte“)', () => {
    const r = compare(greens('17,5 Prozent', 17.5), opts);
    expect(groupOf(r, 'gr1_br', '17,5 Prozent').members[0].marks ?? []).not.toContain('prev');
  });
  it('… so another outlet’s 17,6 Prozent meets the 17,5 as a conflict', () => {
    const r = compare(greens('17,6 Prozent', 17.6), opts);
    expect(together(r, ['gr1_br', '17,5 Prozent'], ['gr2_sz', '17,6 Prozent'])).toBe(true);
  });

  /** A strike at Frankfurt airport; the first outlet also gives last year's count. */
  const strike = (current: QSpec): ArticleResult[] => [
    dated('vs1_hr', '2026-03-05T12:00:00+01:00', [
      { text: 'Warnstreik am Flughafen Frankfurt', ents: [['Flughafen Frankfurt', 'LOC']] },
      { text: 'Am Flughafen Frankfurt legten am Donnerstag nach Angaben von Verdi 2.400 Beschäftigte die Arbeit nieder.', q: [people('2.400 Beschäftigte', 2400, 'Beschäftigte')], ents: [['Flughafen Frankfurt', 'LOC'], ['Verdi', 'ORG']] },
      { text: 'Im Vorjahr hatten sich am Flughafen Frankfurt 1.900 Beschäftigte am Warnstreik beteiligt.', q: [people('1.900 Beschäftigte', 1900, 'Beschäftigte')], ents: [['Flughafen Frankfurt', 'LOC']] },
    ]),
    dated('vs2_fnp', '2026-03-05T15:00:00+01:00', [
      { text: 'Verdi-Warnstreik legt Flughafen Frankfurt lahm', ents: [['Verdi', 'ORG'], ['Flughafen Frankfurt', 'LOC']] },
      { text: `${current.text} folgten am Donnerstag dem Aufruf von Verdi zum Warnstreik am Flughafen Frankfurt.`, q: [current], ents: [['Verdi', 'ORG'], ['Flughafen Frankfurt', 'LOC']] },
    ]),
  ];

  it('a strike: last year’s count („im Vorjahr“) stays out of this year’s', () => {
    const r = compare(strike(people('2.000 Beschäftigte', 2000, 'Beschäftigte')), opts);
    expect(together(r, ['vs1_hr', '2.400 Beschäftigte'], ['vs2_fnp', '2.000 Beschäftigte'])).toBe(true);
    expect(together(r, ['vs1_hr', '1.900 Beschäftigte'], ['vs2_fnp', '2.000 Beschäftigte'])).toBe(false);
    expect(groupOf(r, 'vs1_hr', '2.400 Beschäftigte').status).toBe('conflict');
  });

  // Bug: an approximate figure whose interval holds the other value counts as „equal“, and equal
  // figures link across different times, so „Rund 2.000“ (this year) takes last year's 1.900.
  it.fails('a strike: last year’s 1.900 stays out of this year’s „rund 2.000“', () => {
    const r = compare(strike(people('Rund 2.000 Beschäftigte', 2000, 'Beschäftigte', 'approx')), opts);
    expect(together(r, ['vs1_hr', '1.900 Beschäftigte'], ['vs2_fnp', 'Rund 2.000 Beschäftigte'])).toBe(false);
  });
});

// ---------------------------------------------------------------- compare: sources

describe('compare: who gives which figure', () => {
  /** A demonstration in Grevenbroich: police and organisers, two outlets. */
  const demo = (): ArticleResult[] => [
    dated('gv1_ngz', '2026-09-12T17:30:00+02:00', [
      { text: 'Klimaprotest in Grevenbroich', ents: [['Grevenbroich', 'LOC']] },
      { text: 'Laut Polizei nahmen am Samstag 8.000 Menschen an der Kundgebung gegen den Tagebau in Grevenbroich teil.', q: [people('8.000 Menschen', 8000)], ents: [['Grevenbroich', 'LOC']] },
      { text: 'Die Veranstalter sprachen dagegen von 15.000 Teilnehmern.', q: [people('15.000 Teilnehmern', 15000, 'Teilnehmer')] },
    ]),
    dated('gv2_wdr', '2026-09-12T19:00:00+02:00', [
      { text: 'Tausende demonstrieren gegen den Tagebau', ents: [] },
      { text: 'An der Kundgebung gegen den Tagebau in Grevenbroich beteiligten sich laut Polizei 8.000 Menschen.', q: [people('8.000 Menschen', 8000)], ents: [['Grevenbroich', 'LOC']] },
      { text: 'Die Veranstalter nannten 15.000 Teilnehmer.', q: [people('15.000 Teilnehmer', 15000, 'Teilnehmer')] },
    ]),
  ];

  it('group.sources lists each source with its figures and articles', () => {
    const g = groupOf(compare(demo(), opts), 'gv1_ngz', '8.000 Menschen');
    expect(g.status).toBe('conflict');
    expect(g.sources).toEqual([
      { source: 'Polizei', figures: ['8.000 Menschen'], articles: ['gv1_ngz', 'gv2_wdr'] },
      { source: 'Veranstalter', figures: ['15.000 Teilnehmern', '15.000 Teilnehmer'], articles: ['gv1_ngz', 'gv2_wdr'] },
    ]);
    expect(g.members.map((m) => m.source)).toEqual(['Polizei', 'Die Veranstalter', 'Polizei', 'Die Veranstalter']);
  });

  it('the reason names the sources and times', () => {
    const g = groupOf(compare(demo(), opts), 'gv1_ngz', '8.000 Menschen');
    expect(g.reason).toContain('gv1 (Polizei, 2026-09-12 17:30) says 8.000');
    expect(g.reason).toContain('gv1 (Die Veranstalter, 2026-09-12 17:30) says 15.000');
    expect(g.reason).toContain('gv2 (Polizei, 2026-09-12 19:00) says 8.000');
  });

  it('a statement’s speaker is the source; a figure without one is the article’s', () => {
    const arts = [
      dated('ex1_mz', '2026-01-15T10:00:00+01:00', [
        { text: 'Explosion in Chemiepark Leuna', ents: [['Leuna', 'LOC']] },
        {
          text: 'Bei der Explosion im Chemiepark Leuna wurden vier Arbeiter verletzt, sagte Werkssprecherin Carola Mendt.',
          q: [people('vier Arbeiter', 4, 'Arbeiter')],
          st: { speaker: 'Werkssprecherin Carola Mendt', name: 'Carola Mendt', cue: 'sagte', content: 'Bei der Explosion im Chemiepark Leuna wurden vier Arbeiter verletzt' },
          ents: [['Leuna', 'LOC'], ['Carola Mendt', 'PER']],
        },
      ]),
      dated('ex2_lvz', '2026-01-15T12:00:00+01:00', [
        { text: 'Leuna: Explosion im Chemiepark', ents: [['Leuna', 'LOC']] },
        { text: 'Bei der Explosion im Chemiepark Leuna wurden am Donnerstag fünf Arbeiter verletzt.', q: [people('fünf Arbeiter', 5, 'Arbeiter')], ents: [['Leuna', 'LOC']] },
      ]),
    ];
    const g = groupOf(compare(arts, opts), 'ex1_mz', 'vier Arbeiter');
    expect(g.members.map((m) => m.article)).toEqual(['ex1_mz', 'ex2_lvz']);
    expect(g.sources).toEqual([
      { source: 'Carola Mendt', figures: ['vier Arbeiter'], articles: ['ex1_mz'] },
      { source: 'ex2', figures: ['fünf Arbeiter'], articles: ['ex2_lvz'] },
    ]);
    expect(g.reason).toContain('ex1 (Carola Mendt, 2026-01-15 10:00) says 4');
    expect(g.reason).toContain('ex2 (2026-01-15 12:00) says 5');
  });

  // Was a weak spot (fixed): one source written two ways („nach Angaben der Polizei“ / „laut
  // Polizei“) is one entry of group.sources.
  it('one source under two phrasings is one entry of group.sources', () => {
    const arts = demo();
    arts[0] = dated('gv1_ngz', '2026-09-12T17:30:00+02:00', [
      { text: 'Klimaprotest in Grevenbroich', ents: [['Grevenbroich', 'LOC']] },
      { text: 'Nach Angaben der Polizei nahmen am Samstag 8.000 Menschen an der Kundgebung gegen den Tagebau in Grevenbroich teil.', q: [people('8.000 Menschen', 8000)], ents: [['Grevenbroich', 'LOC']] },
      { text: 'Die Veranstalter sprachen dagegen von 15.000 Teilnehmern.', q: [people('15.000 Teilnehmern', 15000, 'Teilnehmer')] },
    ]);
    const g = groupOf(compare(arts, opts), 'gv1_ngz', '8.000 Menschen');
    expect(g.sources.filter((s) => /Polizei/.test(s.source))).toHaveLength(1);
  });
});
