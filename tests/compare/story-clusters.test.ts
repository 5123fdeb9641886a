/**
 * Story clustering (src/compare/stories.ts) on invented German news of many kinds: what must stay one
 * story (several outlets on one event) and what must not (two events of one kind: two demonstrations,
 * two car crashes, two fires; an unrelated article; the same kind of event a year apart), plus the
 * contract every story result keeps: no group spans two stories, the result does not depend on the
 * order or sharding of the input, story ids are stable.
 *
 * All people, organisations and figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { compare, compareOptionsFromLexicon, mergeArticles } from '../../src/compare/index.js';
import { hash32 } from '../../src/compare/groups.js';
import { clusterStories, MAX_DAYS, storyKeys, storySimilarities } from '../../src/compare/stories.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import type { ArticleResult, CompareResult } from '../../src/types.js';
import { article, type SentenceSpec } from './build.js';

const opts = compareOptionsFromLexicon(loadLexicon());

/** An article with a publication time (as an extractor reading a page's metadata would give). */
function dated(id: string, published: string | null, sentences: SentenceSpec[]): ArticleResult {
  const a = article(id, sentences);
  if (published) a.published = published;
  return a;
}

// ---------------------------------------------------------------- the corpus

/** Demonstration in Kassel, Saturday 2 March 2024, three outlets. */
const demoKassel = (): ArticleResult[] => [
  dated('dk1_hna', '2024-03-02T16:40:00+01:00', [
    { text: 'Tausende demonstrieren in Kassel gegen Rechtsextremismus', ents: [['Kassel', 'LOC']] },
    {
      text: 'Am Samstag zogen nach Angaben der Polizei 12.000 Menschen vom Königsplatz durch die Kasseler Innenstadt.',
      q: [{ text: '12.000 Menschen', value: 12000, unit: 'Mensch' }],
      ents: [['Königsplatz', 'LOC']],
      dates: [['Samstag', '2024-03-02']],
    },
    {
      text: 'Die Veranstalterin Miriam Falkner vom Bündnis Kassel bleibt bunt sprach von 20.000 Teilnehmern.',
      q: [{ text: '20.000 Teilnehmern', value: 20000, unit: 'Teilnehmer' }],
      ents: [['Miriam Falkner', 'PER'], ['Kassel bleibt bunt', 'ORG']],
    },
  ]),
  dated('dk2_fr', '2024-03-02T18:05:00+01:00', [
    { text: 'Kassel: Großdemo gegen Rechts am Königsplatz', ents: [['Kassel', 'LOC'], ['Königsplatz', 'LOC']] },
    {
      text: 'Rund 12.000 Menschen versammelten sich am Samstag auf dem Königsplatz in Kassel, teilte die Polizei mit.',
      q: [{ text: 'Rund 12.000 Menschen', value: 12000, bound: 'approx', unit: 'Mensch' }],
      ents: [['Königsplatz', 'LOC'], ['Kassel', 'LOC']],
      dates: [['Samstag', '2024-03-02']],
    },
    {
      text: 'Das Bündnis Kassel bleibt bunt zählte 20.000 Teilnehmer, sagte Sprecherin Miriam Falkner.',
      q: [{ text: '20.000 Teilnehmer', value: 20000, unit: 'Teilnehmer' }],
      st: { speaker: 'Sprecherin Miriam Falkner', name: 'Miriam Falkner', cue: 'sagte', content: 'Das Bündnis Kassel bleibt bunt zählte 20.000 Teilnehmer' },
      ents: [['Kassel bleibt bunt', 'ORG'], ['Miriam Falkner', 'PER']],
    },
  ]),
  dated('dk3_hr', '2024-03-03T09:15:00+01:00', [
    { text: 'Nach der Demo am Königsplatz: Kassel zieht Bilanz', ents: [['Königsplatz', 'LOC'], ['Kassel', 'LOC']] },
    {
      text: 'Die Kundgebung des Bündnisses Kassel bleibt bunt am Samstag blieb nach Polizeiangaben friedlich, gezählt wurden 12.000 Menschen.',
      q: [{ text: '12.000 Menschen', value: 12000, unit: 'Mensch' }],
      ents: [['Kassel bleibt bunt', 'ORG']],
      dates: [['Samstag', '2024-03-02']],
    },
  ]),
];

/** Demonstration in Rostock a week later: the same kind of event, other place, people and day. */
const demoRostock = (): ArticleResult[] => [
  dated('dr1_ndr', '2024-03-09T15:30:00+01:00', [
    { text: 'Demonstration in Rostock: 5.000 Menschen am Stadthafen', q: [{ text: '5.000 Menschen', value: 5000, unit: 'Mensch' }], ents: [['Rostock', 'LOC']] },
    {
      text: 'Am Samstag versammelten sich laut Polizei 5.000 Menschen am Stadthafen in Rostock.',
      q: [{ text: '5.000 Menschen', value: 5000, unit: 'Mensch' }],
      ents: [['Stadthafen', 'LOC'], ['Rostock', 'LOC']],
      dates: [['Samstag', '2024-03-09']],
    },
    {
      text: 'Aufgerufen hatte das Bündnis Rostock für alle, dessen Sprecher Lasse Dombrowski von 7.000 Teilnehmern sprach.',
      q: [{ text: '7.000 Teilnehmern', value: 7000, unit: 'Teilnehmer' }],
      ents: [['Rostock für alle', 'ORG'], ['Lasse Dombrowski', 'PER']],
    },
  ]),
  dated('dr2_oz', '2024-03-09T19:00:00+01:00', [
    { text: 'Rostock: Tausende protestieren am Stadthafen', ents: [['Rostock', 'LOC'], ['Stadthafen', 'LOC']] },
    {
      text: 'Die Polizei zählte am Samstag rund 5.000 Demonstranten am Stadthafen, das Bündnis Rostock für alle sprach von 7.000.',
      q: [{ text: 'rund 5.000 Demonstranten', value: 5000, bound: 'approx', unit: 'Demonstrant' }],
      ents: [['Stadthafen', 'LOC'], ['Rostock für alle', 'ORG']],
      dates: [['Samstag', '2024-03-09']],
    },
  ]),
];

/** Car crash on the A7 near Fulda. */
const crashFulda = (): ArticleResult[] => [
  dated('cf1_osthessen', '2024-05-14T08:20:00+02:00', [
    { text: 'Schwerer Unfall auf der A7 bei Fulda: zwei Tote', q: [{ text: 'zwei Tote', value: 2, unit: 'Tote' }], ents: [['A7', 'LOC'], ['Fulda', 'LOC']] },
    {
      text: 'Bei einem Auffahrunfall auf der A7 bei Fulda sind am Dienstagmorgen zwei Menschen ums Leben gekommen.',
      q: [{ text: 'zwei Menschen', value: 2, unit: 'Mensch' }],
      ents: [['A7', 'LOC'], ['Fulda', 'LOC']],
      dates: [['Dienstagmorgen', '2024-05-14']],
    },
    {
      text: 'Drei weitere Insassen wurden schwer verletzt, teilte die Polizei Osthessen mit.',
      q: [{ text: 'Drei weitere Insassen', value: 3, unit: 'Insasse' }],
      ents: [['Polizei Osthessen', 'ORG']],
    },
  ]),
  dated('cf2_hr', '2024-05-14T10:45:00+02:00', [
    { text: 'A7 nach tödlichem Auffahrunfall bei Fulda stundenlang gesperrt', ents: [['A7', 'LOC'], ['Fulda', 'LOC']] },
    {
      text: 'Zwei Menschen starben am Dienstagmorgen, drei Insassen wurden schwer verletzt, sagte ein Sprecher der Polizei Osthessen.',
      q: [
        { text: 'Zwei Menschen', value: 2, unit: 'Mensch' },
        { text: 'drei Insassen', value: 3, unit: 'Insasse' },
      ],
      ents: [['Polizei Osthessen', 'ORG']],
      dates: [['Dienstagmorgen', '2024-05-14']],
    },
  ]),
];

/** Another car crash a week later, on the B96 near Neubrandenburg. */
const crashB96 = (): ArticleResult[] => [
  dated('cb1_nordkurier', '2024-05-20T12:10:00+02:00', [
    { text: 'Frontalzusammenstoß auf der B96 bei Neubrandenburg: ein Toter', ents: [['B96', 'LOC'], ['Neubrandenburg', 'LOC']] },
    {
      text: 'Auf der B96 bei Neubrandenburg ist am Montag ein 58 Jahre alter Autofahrer tödlich verunglückt.',
      q: [{ text: '58 Jahre alter', value: 58, unit: 'Jahr' }],
      ents: [['B96', 'LOC'], ['Neubrandenburg', 'LOC']],
      dates: [['Montag', '2024-05-20']],
    },
    { text: 'Vier Menschen wurden verletzt, darunter zwei Kinder.', q: [{ text: 'Vier Menschen', value: 4, unit: 'Mensch' }] },
  ]),
  dated('cb2_svz', '2024-05-20T15:00:00+02:00', [
    { text: 'B96: Tödlicher Frontalzusammenstoß bei Neubrandenburg', ents: [['B96', 'LOC'], ['Neubrandenburg', 'LOC']] },
    {
      text: 'Ein 58-Jähriger starb am Montag auf der B96 nahe Neubrandenburg, vier Menschen erlitten Verletzungen.',
      q: [
        { text: '58-Jähriger', value: 58, unit: 'Jahr' },
        { text: 'vier Menschen', value: 4, unit: 'Mensch' },
      ],
      ents: [['B96', 'LOC'], ['Neubrandenburg', 'LOC']],
      dates: [['Montag', '2024-05-20']],
    },
  ]),
];

/** A heat record: about something else entirely. */
const heat = (): ArticleResult[] => [
  dated('hw1_swr', '2024-07-10T17:00:00+02:00', [
    { text: 'Hitzerekord in Bad Kreuznach: 39,1 Grad', q: [{ text: '39,1 Grad', value: 39.1, unit: 'Grad' }], ents: [['Bad Kreuznach', 'LOC']] },
    {
      text: 'Die Wetterstation in Bad Kreuznach meldete am Mittwoch 39,1 Grad, so viel wie nie seit Beginn der Aufzeichnungen.',
      q: [{ text: '39,1 Grad', value: 39.1, unit: 'Grad' }],
      ents: [['Bad Kreuznach', 'LOC']],
      dates: [['Mittwoch', '2024-07-10']],
    },
  ]),
];

/** Job cuts at an (invented) car supplier. */
const jobCuts = (): ArticleResult[] => [
  dated('jc1_br', '2024-06-04T11:00:00+02:00', [
    { text: 'Autozulieferer Brenntner streicht 800 Stellen in Schweinfurt', q: [{ text: '800 Stellen', value: 800, unit: 'Stelle' }], ents: [['Brenntner', 'ORG'], ['Schweinfurt', 'LOC']] },
    {
      text: 'Der Vorstand um Konrad Weidlich kündigte am Dienstag an, bis 2026 in Schweinfurt 800 Arbeitsplätze abzubauen.',
      q: [{ text: '800 Arbeitsplätze', value: 800, unit: 'Arbeitsplatz' }],
      ents: [['Konrad Weidlich', 'PER'], ['Schweinfurt', 'LOC']],
      dates: [['Dienstag', '2024-06-04'], ['2026', '2026']],
    },
  ]),
  dated('jc2_mainpost', '2024-06-04T14:30:00+02:00', [
    { text: 'Brenntner: Betriebsrat kritisiert Abbau von 800 Jobs', q: [{ text: '800 Jobs', value: 800, unit: 'Job' }], ents: [['Brenntner', 'ORG']] },
    {
      text: 'Betriebsratschefin Ilse Pfannmüller nannte den Abbau von 800 Stellen am Standort Schweinfurt einen Schlag für die Region.',
      q: [{ text: '800 Stellen', value: 800, unit: 'Stelle' }],
      ents: [['Ilse Pfannmüller', 'PER'], ['Schweinfurt', 'LOC']],
    },
  ]),
];

/** A warehouse fire; its figures (Einsatzkräfte, Euro) share nothing with the rest. */
const fire = (): ArticleResult[] => [
  dated('fi1_nw', '2024-04-22T07:30:00+02:00', [
    { text: 'Großbrand in Lagerhalle in Gütersloh', ents: [['Gütersloh', 'LOC']] },
    {
      text: 'In der Nacht zum Montag brannte eine Lagerhalle im Gewerbegebiet Nordring in Gütersloh nieder, 140 Einsatzkräfte waren vor Ort.',
      q: [{ text: '140 Einsatzkräfte', value: 140, unit: 'Einsatzkraft' }],
      ents: [['Nordring', 'LOC'], ['Gütersloh', 'LOC']],
      dates: [['Montag', '2024-04-22']],
    },
    { text: 'Den Schaden schätzt die Feuerwehr auf 1,5 Millionen Euro.', q: [{ text: '1,5 Millionen Euro', value: 1.5e6, unit: 'Euro' }] },
  ]),
  dated('fi2_gt', '2024-04-22T09:00:00+02:00', [
    { text: 'Gütersloh: Lagerhalle am Nordring abgebrannt', ents: [['Gütersloh', 'LOC'], ['Nordring', 'LOC']] },
    {
      text: 'Mit 140 Einsatzkräften bekämpfte die Feuerwehr Gütersloh den Brand der Lagerhalle, verletzt wurde niemand.',
      q: [{ text: '140 Einsatzkräften', value: 140, unit: 'Einsatzkraft' }],
      ents: [['Feuerwehr Gütersloh', 'ORG']],
    },
  ]),
];

const all = (): ArticleResult[] => [...demoKassel(), ...demoRostock(), ...crashFulda(), ...crashB96(), ...heat(), ...jobCuts(), ...fire()];

/** The expected partition: one list of article ids per event. */
const EVENTS: string[][] = [
  ['dk1_hna', 'dk2_fr', 'dk3_hr'],
  ['dr1_ndr', 'dr2_oz'],
  ['cf1_osthessen', 'cf2_hr'],
  ['cb1_nordkurier', 'cb2_svz'],
  ['hw1_swr'],
  ['jc1_br', 'jc2_mainpost'],
  ['fi1_nw', 'fi2_gt'],
];

function storyOf(r: CompareResult, id: string): string {
  const s = r.stories.find((x) => x.articles.includes(id));
  if (!s) throw new Error(`no story holds ${id}`);
  return s.id;
}

/** Every group lies inside one story: its story id names a story that holds all its members. */
function expectGroupsInsideStories(r: CompareResult): void {
  const byId = new Map(r.stories.map((s) => [s.id, s]));
  expect(r.groups.length).toBeGreaterThan(0);
  for (const g of r.groups) {
    const s = byId.get(g.story);
    expect(s, `group ${g.id} names story ${g.story}`).toBeDefined();
    for (const m of g.members) expect(s!.articles, `${g.id}: ${m.article} "${m.text}"`).toContain(m.article);
  }
}

/** Shuffle with a fixed seed (a linear congruential generator): the same order on every run. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const json = (r: CompareResult) => JSON.stringify(r, null, 2);

// ---------------------------------------------------------------- must hold / must not

describe('stories: one event, one story', () => {
  const cases: [string, () => ArticleResult[]][] = [
    ['a demonstration told by three outlets (Kassel)', demoKassel],
    ['a demonstration told by two outlets (Rostock)', demoRostock],
    ['a crash told by two outlets (A7 bei Fulda)', crashFulda],
    ['a crash told by two outlets (B96 bei Neubrandenburg)', crashB96],
    ['job cuts told by two outlets (Brenntner, Schweinfurt)', jobCuts],
    ['a warehouse fire told by two outlets (Gütersloh)', fire],
  ];
  it.each(cases)('%s alone is one story', (_, make) => {
    const arts = make();
    const { stories, storyOf: of } = clusterStories(mergeArticles([arts]).articles);
    expect(stories).toHaveLength(1);
    expect(stories[0].articles).toEqual(arts.map((a) => a.id).sort());
    expect(new Set(of.values()).size).toBe(1);
  });

  it.each(cases)('%s stays one story in the mixed folder', (_, make) => {
    const r = compare(all(), opts);
    const ids = make().map((a) => a.id);
    expect(new Set(ids.map((id) => storyOf(r, id))).size).toBe(1);
  });

  it('a short agency brief without names joins the story it repeats the figures of', () => {
    const brief = dated('dk4_dpa', '2024-03-02T15:10:00+01:00', [
      { text: 'Kassel: 12.000 bei Demo gegen Rechts', q: [{ text: '12.000', value: 12000, unit: 'Mensch' }], ents: [['Kassel', 'LOC']] },
      { text: 'Gegen Rechtsextremismus sind am Samstag in Kassel nach Polizeiangaben 12.000 Menschen auf die Straße gegangen.', q: [{ text: '12.000 Menschen', value: 12000, unit: 'Mensch' }], ents: [['Kassel', 'LOC']], dates: [['Samstag', '2024-03-02']] },
    ]);
    const r = compare([...all(), brief], opts);
    expect(storyOf(r, 'dk4_dpa')).toBe(storyOf(r, 'dk1_hna'));
    expect(storyOf(r, 'dk4_dpa')).not.toBe(storyOf(r, 'dr1_ndr'));
  });

  it('a single article forms a story of its own', () => {
    const { stories } = clusterStories(heat());
    expect(stories).toEqual([{ id: 's' + hash32('hw1_swr'), label: expect.any(String), articles: ['hw1_swr'] }]);
  });
});

describe('stories: different events stay apart', () => {
  const r = compare(all(), opts);
  const apart: [string, string, string][] = [
    ['two demonstrations a week apart in two cities', 'dk1_hna', 'dr1_ndr'],
    ['two demonstrations (the other outlets)', 'dk2_fr', 'dr2_oz'],
    ['two car crashes on two roads', 'cf1_osthessen', 'cb1_nordkurier'],
    ['two car crashes (the other outlets)', 'cf2_hr', 'cb2_svz'],
    ['a heat record and a demonstration', 'hw1_swr', 'dk1_hna'],
    ['a heat record and a crash', 'hw1_swr', 'cf1_osthessen'],
    ['job cuts and a fire', 'jc1_br', 'fi1_nw'],
    ['a fire and a crash', 'fi2_gt', 'cf2_hr'],
  ];
  it.each(apart)('%s: %s and %s are two stories', (_, a, b) => {
    expect(storyOf(r, a)).not.toBe(storyOf(r, b));
  });

  it('the mixed folder splits into exactly the seven events', () => {
    const got = r.stories.map((s) => s.articles).sort((x, y) => (x[0] < y[0] ? -1 : 1));
    expect(got).toEqual([...EVENTS].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
  });

  it('an article about something else forms its own story', () => {
    const s = r.stories.find((x) => x.articles.includes('hw1_swr'))!;
    expect(s.articles).toEqual(['hw1_swr']);
  });

  it('no group ever spans two stories, and each group carries its story id', () => {
    expectGroupsInsideStories(r);
    // The cross-outlet groups are there (the contract is not met by grouping nothing).
    const demo = r.groups.find((g) => g.members.some((m) => m.article === 'dk1_hna' && m.text === '12.000 Menschen'))!;
    expect(demo.members.map((m) => m.article)).toEqual(expect.arrayContaining(['dk1_hna', 'dk2_fr']));
    expect(demo.story).toBe(storyOf(r, 'dk1_hna'));
  });

  it('equal figures of two events of one kind never meet („vier Menschen“, „zwei Menschen“)', () => {
    // Both crashes report small counts of people; the Kassel and Rostock demos both count Menschen.
    for (const g of r.groups) expect(new Set(g.members.map((m) => storyOf(r, m.article))).size).toBe(1);
  });
});

describe('stories: publication days', () => {
  /** A town festival reported in two years: the same town, organiser and words, other figures. */
  const festival = (year: number, published: string | null, visitors: number): ArticleResult =>
    dated(`sf${year}_cz`, published, [
      { text: `Stadtfest in Celle lockt ${visitors.toLocaleString('de-DE')} Besucher`, q: [{ text: `${visitors.toLocaleString('de-DE')} Besucher`, value: visitors, unit: 'Besucher' }], ents: [['Celle', 'LOC']] },
      {
        text: `Zum Stadtfest in der Altstadt von Celle kamen am Wochenende nach Angaben des Veranstalters Jan Böttcher ${visitors.toLocaleString('de-DE')} Besucher.`,
        q: [{ text: `${visitors.toLocaleString('de-DE')} Besucher`, value: visitors, unit: 'Besucher' }],
        ents: [['Celle', 'LOC'], ['Jan Böttcher', 'PER']],
      },
      { text: 'Auf drei Bühnen spielten Bands aus der Region, der Verein Celler Altstadt zog eine positive Bilanz.', q: [{ text: 'drei Bühnen', value: 3, unit: 'Bühne' }], ents: [['Celler Altstadt', 'ORG']] },
    ]);
  const other = () => [...demoKassel(), ...crashFulda(), ...heat()];

  it('two festival reports published days apart are one story', () => {
    const r = compare([festival(2023, '2023-08-20T18:00:00+02:00', 60000), festival(2024, '2023-08-21T09:00:00+02:00', 55000), ...other()], opts);
    expect(storyOf(r, 'sf2023_cz')).toBe(storyOf(r, 'sf2024_cz'));
  });

  /** Two thunderstorms in the Sauerland: other towns, figures and people; the region is shared. */
  const stormMeschede = (published: string) =>
    dated('us1_wp', published, [
      { text: 'Unwetter im Sauerland: Keller vollgelaufen', ents: [['Sauerland', 'LOC']] },
      {
        text: 'In Meschede rückte die Feuerwehr am Donnerstag zu 120 Einsätzen aus, umgestürzte Bäume blockierten Straßen im Hochsauerlandkreis.',
        q: [{ text: '120 Einsätzen', value: 120, unit: 'Einsatz' }],
        ents: [['Meschede', 'LOC'], ['Hochsauerlandkreis', 'LOC']],
      },
    ]);
  const stormWinterberg = (published: string) =>
    dated('us2_wr', published, [
      { text: 'Gewitter: Blitz trifft Kirchturm in Winterberg', ents: [['Winterberg', 'LOC']] },
      { text: 'In Winterberg rückten die Helfer am Mittwoch zu 85 Einsätzen aus, vor allem wegen überfluteter Straßen.', q: [{ text: '85 Einsätzen', value: 85, unit: 'Einsatz' }], ents: [['Winterberg', 'LOC']] },
      { text: 'Auch anderswo im Sauerland gab es Schäden, verletzt wurde niemand.', ents: [['Sauerland', 'LOC']] },
      { text: 'Der Wetterdienst hatte vor Starkregen, Hagel und Sturmböen bis Tempo 90 gewarnt, die Bahnstrecke nach Brilon blieb gesperrt.', ents: [['Brilon', 'LOC']] },
      { text: 'Bürgermeisterin Hannelore Quast dankte den Freiwilligen, die Schule am Ortsrand bleibt bis Freitag geschlossen.', ents: [['Hannelore Quast', 'PER']] },
    ]);
  const rest = () => [...demoKassel(), ...crashFulda(), ...heat(), ...jobCuts()];

  it('two storm reports of one region two days apart are one story', () => {
    const r = compare([stormMeschede('2023-06-22T20:00:00+02:00'), stormWinterberg('2023-06-24T08:00:00+02:00'), ...rest()], opts);
    expect(storyOf(r, 'us1_wp')).toBe(storyOf(r, 'us2_wr'));
  });

  it('the same two storm reports a year apart are two stories', () => {
    const r = compare([stormMeschede('2023-06-22T20:00:00+02:00'), stormWinterberg('2024-07-03T08:00:00+02:00'), ...rest()], opts);
    expect(storyOf(r, 'us1_wp')).not.toBe(storyOf(r, 'us2_wr'));
    expectGroupsInsideStories(r);
  });

  // Weak spot: beyond 60 days the similarity is cut to a tenth, but a yearly report told from the same
  // template (similarity 0.94 → 0.094) still passes LINK_MIN 0.08 and joins last year's story.
  it.fails('the same festival a year apart (publication days), told in the same words, is two stories', () => {
    const r = compare([festival(2023, '2023-08-20T18:00:00+02:00', 60000), festival(2024, '2024-08-18T18:00:00+02:00', 55000), ...other()], opts);
    expect(storyOf(r, 'sf2023_cz')).not.toBe(storyOf(r, 'sf2024_cz'));
  });

  it('publication days up to MAX_DAYS apart change nothing, up to six times that halve, beyond cut to a tenth', () => {
    const sim = (a: string, b: string) => storySimilarities([festival(2023, a, 60000), festival(2024, b, 55000)])[0][1];
    const same = sim('2023-08-20', '2023-08-20');
    expect(MAX_DAYS).toBe(10);
    expect(sim('2023-08-20', '2023-08-30')).toBeCloseTo(same, 10);
    expect(sim('2023-08-20', '2023-08-31')).toBeCloseTo(same / 2, 10);
    expect(sim('2023-08-20', '2023-10-19')).toBeCloseTo(same / 2, 10);
    expect(sim('2023-08-20', '2023-10-20')).toBeCloseTo(same / 10, 10);
    expect(sim('2023-08-20', '2024-08-18')).toBeCloseTo(same / 10, 10);
    // Symmetric, and the time of day does not matter.
    const m = storySimilarities([festival(2023, '2023-08-20T23:59:00+02:00', 60000), festival(2024, '2024-08-18T00:01:00+02:00', 55000)]);
    expect(m[0][1]).toBe(m[1][0]);
    expect(m[0][1]).toBeCloseTo(same / 10, 10);
  });

  it('without publication days, the years the dates name keep them apart too', () => {
    const a = festival(2023, null, 60000);
    const b = festival(2024, null, 55000);
    a.dates.push({ text: '19. August 2023', value: '2023-08-19', start: 0, end: 0, sentence: 1, rule: 'date/test' });
    b.dates.push({ text: '17. August 2024', value: '2024-08-17', start: 0, end: 0, sentence: 1, rule: 'date/test' });
    const sameYear = festival(2024, null, 55000);
    sameYear.dates.push({ text: '19. August 2023', value: '2023-08-19', start: 0, end: 0, sentence: 1, rule: 'date/test' });
    const apart = storySimilarities([a, b])[0][1];
    const together = storySimilarities([a, sameYear])[0][1];
    expect(apart).toBeLessThan(together);
  });

  // Weak spot: publication days 11 to 60 apart only halve the similarity, so a second crash on the A7
  // near Fulda five weeks later, told in the same words (similarity ~0.75), joins the first's story.
  it.fails('a crash on the same road five weeks later, otherwise told alike, is another story', () => {
    const later = crashFulda().map((a) => {
      const b = JSON.parse(JSON.stringify(a)) as ArticleResult;
      b.id = b.id.replace('cf', 'cg');
      b.path = b.id + '.txt';
      b.published = b.published!.replace('2024-05-14', '2024-06-18');
      for (const d of b.dates) d.value = d.value.replace('2024-05-14', '2024-06-18');
      return b;
    });
    const r = compare([...crashFulda(), ...later, ...demoKassel(), ...heat()], opts);
    // Each month's outlets stay together …
    expect(storyOf(r, 'cf1_osthessen')).toBe(storyOf(r, 'cf2_hr'));
    expect(storyOf(r, 'cg1_osthessen')).toBe(storyOf(r, 'cg2_hr'));
    // … and the two crashes are apart.
    expect(storyOf(r, 'cf1_osthessen')).not.toBe(storyOf(r, 'cg1_osthessen'));
  });
});

describe('stories: profile keys', () => {
  it('carry full dates and figures of 10 or more with their unit, not small counts', () => {
    const keys = storyKeys(demoKassel()[0]);
    expect(keys).toContain('d:2024-03-02');
    expect(keys).toContain('q:12000:mensch');
    expect(keys).toContain('q:20000:teilne');
    expect(keys).toContain('e:kassel');
    const crash = storyKeys(crashFulda()[0]);
    expect(crash.some((k) => k.startsWith('q:2:'))).toBe(false);
    expect(crash.some((k) => k.startsWith('q:3:'))).toBe(false);
  });
  it('are sorted and unique', () => {
    for (const a of all()) {
      const keys = storyKeys(a);
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('stories: independent of order and sharding', () => {
  const whole = json(compare(all(), opts));

  it.each([1, 7, 42, 2024])('the same bytes for the input shuffled (seed %i)', (seed) => {
    expect(json(compare(shuffled(all(), seed), opts))).toBe(whole);
  });

  it('the same bytes when two halves are merged in either order (as two shard files)', () => {
    const arts = shuffled(all(), 5);
    const half = Math.floor(arts.length / 2);
    // Round-trip through JSON as shard files would.
    const a = JSON.parse(JSON.stringify(arts.slice(0, half))) as ArticleResult[];
    const b = JSON.parse(JSON.stringify(arts.slice(half))) as ArticleResult[];
    expect(json(compare([...a, ...b], opts))).toBe(whole);
    expect(json(compare([...b, ...a], opts))).toBe(whole);
    expect(json(compare(mergeArticles([b, a]).articles, opts))).toBe(whole);
  });

  it('clusterStories gives the same stories for any order of already sorted input', () => {
    const sorted = mergeArticles([all()]).articles;
    const again = mergeArticles([shuffled(all(), 99)]).articles;
    expect(clusterStories(again).stories).toEqual(clusterStories(sorted).stories);
  });
});

describe('stories: ids', () => {
  it('a story id is s + FNV-1a of its sorted article ids', () => {
    const r = compare(all(), opts);
    for (const s of r.stories) {
      expect([...s.articles].sort()).toEqual(s.articles);
      expect(s.id).toBe('s' + hash32(s.articles.join('|')));
    }
    expect(new Set(r.stories.map((s) => s.id)).size).toBe(r.stories.length);
  });

  it('an unrelated article added to the folder changes no other story id', () => {
    const before = compare([...demoKassel(), ...crashFulda(), ...jobCuts()], opts);
    const after = compare([...demoKassel(), ...crashFulda(), ...jobCuts(), ...heat()], opts);
    for (const s of before.stories) expect(after.stories.map((x) => x.id)).toContain(s.id);
    expect(after.stories).toHaveLength(before.stories.length + 1);
  });

  it('group ids inside a story do not change when other stories are added', () => {
    const ids = (r: CompareResult, story: string) => r.groups.filter((g) => g.story === story).map((g) => g.id).sort();
    const alone = compare(demoRostock(), opts);
    const mixed = compare(all(), opts);
    const sid = storyOf(alone, 'dr1_ndr');
    expect(storyOf(mixed, 'dr1_ndr')).toBe(sid);
    expect(ids(mixed, sid)).toEqual(ids(alone, sid));
  });

  it('story labels name what the articles share', () => {
    const r = compare(all(), opts);
    const s = r.stories.find((x) => x.articles.includes('dk1_hna'))!;
    expect(s.label).toMatch(/Kassel/);
  });
});
