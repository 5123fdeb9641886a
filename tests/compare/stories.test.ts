/**
 * Quantity groups on hand-built stories of other topics (strike, demonstration, court, stadium,
 * flood, election): the same counted thing under different nouns, conflicting figures of one
 * story, the article similarity gate between unrelated stories that use the same units, ages
 * versus durations, and disagreements reported inside one article.
 */
import { describe, expect, it } from 'vitest';
import { compare, compareOptionsFromLexicon } from '../../src/compare/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { ArticleSimilarity, articleProfile, SIM_MIN } from '../../src/compare/similarity.js';
import { normaliseLemma } from '../../src/compare/units.js';
import type { ArticleResult, CompareResult, QuantityGroup } from '../../src/types.js';
import { article } from './build.js';

/** Classes as the shipped list names them, with the default hierarchy (people ⊃ casualties, workers). */
const CLASSES = new Map<string, string>([
  ['tote', 'casualties'],
  ['todesopfer', 'casualties'],
  ['vermisste', 'casualties'],
  ['verletzte', 'patients'],
  ['mensch', 'people'],
  ['person', 'people'],
  ['bewohner', 'people'],
  ['teilnehmer', 'people'],
  ['beschaftigte', 'workers'],
  ['streikende', 'workers'],
  ['lokfuhrer', 'workers'],
  ['pflegekraft', 'workers'],
  ['euro', 'money'],
]);
const MEASURES = new Set(['euro', 'prozent', 'jahr', 'monat']);
const opts = { unitClasses: CLASSES, isMeasure: (u: string) => MEASURES.has(u.toLowerCase()) };

function groupOf(r: CompareResult, articleId: string, text: string): QuantityGroup {
  const g = r.groups.find((x) => x.members.some((m) => m.article === articleId && m.text === text));
  if (!g) throw new Error(`no group for ${articleId}: ${text}`);
  return g;
}
const together = (r: CompareResult, a: [string, string], b: [string, string]) => groupOf(r, ...a).id === groupOf(r, ...b).id;

// Two outlets on a hospital strike in Hamburg.
const strike = (): ArticleResult[] => [
  article('s1_ndr', [
    { text: 'Warnstreik an Hamburger Kliniken: Verdi spricht von 4.000 Streikenden', q: [{ text: '4.000 Streikenden', value: 4000, unit: 'Streikende' }], ents: [['Verdi', 'ORG']] },
    {
      text: 'Nach Angaben der Gewerkschaft Verdi legten am Dienstag 4.000 Pflegekräfte in Hamburg die Arbeit nieder.',
      q: [{ text: '4.000 Pflegekräfte', value: 4000, unit: 'Pflegekraft' }],
      st: { speaker: 'Gewerkschaft Verdi', name: 'Verdi', cue: 'Nach Angaben', kind: 'according_to', content: 'legten am Dienstag 4.000 Pflegekräfte in Hamburg die Arbeit nieder' },
      ents: [['Verdi', 'ORG'], ['Hamburg', 'LOC']],
    },
    {
      text: 'Die Klinikbetreiber in Hamburg rechnen mit Kosten von 2 Millionen Euro pro Streiktag, sagte Sprecherin Jana Voss.',
      q: [{ text: '2 Millionen Euro', value: 2e6, unit: 'Euro' }],
      st: { speaker: 'Sprecherin Jana Voss', name: 'Jana Voss', cue: 'sagte', content: 'Die Klinikbetreiber in Hamburg rechnen mit Kosten von 2 Millionen Euro pro Streiktag' },
      ents: [['Hamburg', 'LOC'], ['Jana Voss', 'PER']],
    },
    { text: 'Die Gewerkschaft fordert für die Beschäftigten der Kliniken eine Lohnerhöhung von 8 Prozent.', q: [{ text: '8 Prozent', value: 8, unit: 'Prozent' }] },
  ]),
  article('s2_abendblatt', [
    { text: 'Klinikstreik in Hamburg: Betreiber zählen nur 2.500 Streikende', q: [{ text: '2.500 Streikende', value: 2500, unit: 'Streikende' }], ents: [['Hamburg', 'LOC']] },
    {
      text: 'Die Klinikbetreiber zählten am Dienstag rund 2.500 Beschäftigte im Warnstreik, Verdi hatte zu dem Ausstand in Hamburg aufgerufen.',
      q: [{ text: 'rund 2.500 Beschäftigte', value: 2500, bound: 'approx', unit: 'Beschäftigte' }],
      ents: [['Verdi', 'ORG'], ['Hamburg', 'LOC']],
    },
    {
      text: 'Jeder Streiktag koste die Kliniken 2 Millionen Euro, sagte Jana Voss, die Sprecherin der Betreiber.',
      q: [{ text: '2 Millionen Euro', value: 2e6, unit: 'Euro' }],
      st: { speaker: 'Jana Voss', cue: 'sagte', content: 'Jeder Streiktag koste die Kliniken 2 Millionen Euro' },
      ents: [['Jana Voss', 'PER']],
    },
    { text: 'Verdi verlangt eine Lohnerhöhung von acht Prozent für die Pflegekräfte.', q: [{ text: 'acht Prozent', value: 8, unit: 'Prozent' }], ents: [['Verdi', 'ORG']] },
  ]),
];

// Two outlets on a stadium renovation in Leipzig: the same units (Euro, Jahr, Prozent), another story.
const stadium = (): ArticleResult[] => [
  article('t1_mdr', [
    { text: 'Leipzig saniert das Zentralstadion für 2 Millionen Euro', q: [{ text: '2 Millionen Euro', value: 2e6, unit: 'Euro' }], ents: [['Leipzig', 'LOC']] },
    {
      text: 'Der Stadtrat von Leipzig hat die Sanierung des Zentralstadions beschlossen, die Bauarbeiten sollen zwei Jahre dauern.',
      q: [{ text: 'zwei Jahre', value: 2, unit: 'Jahr' }],
      ents: [['Leipzig', 'LOC']],
    },
    { text: 'Die Zuschauerkapazität des Stadions steigt um 8 Prozent auf 47.000 Plätze.', q: [{ text: '8 Prozent', value: 8, unit: 'Prozent' }] },
  ]),
  article('t2_lvz', [
    { text: 'Zentralstadion: Stadtrat gibt 2 Millionen Euro für die Sanierung frei', q: [{ text: '2 Millionen Euro', value: 2e6, unit: 'Euro' }] },
    {
      text: 'Die Sanierung des Leipziger Zentralstadions soll nach zwei Jahren abgeschlossen sein, teilte die Stadt Leipzig mit.',
      q: [{ text: 'zwei Jahren', value: 2, unit: 'Jahr' }],
      st: { speaker: 'die Stadt Leipzig', name: 'Leipzig', cue: 'teilte', content: 'Die Sanierung des Leipziger Zentralstadions soll nach zwei Jahren abgeschlossen sein' },
      ents: [['Leipzig', 'LOC']],
    },
  ]),
];

describe('article similarity', () => {
  it('is high for two outlets on one story and low for unrelated stories', () => {
    const arts = [...strike(), ...stadium()];
    const ids = new Map<string, number>();
    const sims = new ArticleSimilarity(arts, (k) => {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    });
    expect(sims.get(0, 1)).toBeGreaterThanOrEqual(SIM_MIN);
    expect(sims.get(2, 3)).toBeGreaterThanOrEqual(SIM_MIN);
    for (const [a, b] of [[0, 2], [0, 3], [1, 2], [1, 3]]) expect(sims.get(a, b)).toBeLessThan(SIM_MIN);
    expect(sims.get(1, 1)).toBe(1);
  });

  it('profiles carry entity names and content words, no function or number words', () => {
    const p = articleProfile(strike()[0]);
    expect(p.has('e:verdi')).toBe(true);
    expect(p.has('hambur')).toBe(true);
    expect(p.has('zwei')).toBe(false);
    expect(p.has('nach')).toBe(false);
  });
});

describe('quantity groups across stories', () => {
  it('two unrelated stories with the same amounts and units do not merge', () => {
    const r = compare([...strike(), ...stadium()], opts);
    // Within each story the same amount is the same figure …
    expect(together(r, ['s1_ndr', '2 Millionen Euro'], ['s2_abendblatt', '2 Millionen Euro'])).toBe(true);
    expect(together(r, ['t1_mdr', '2 Millionen Euro'], ['t2_lvz', '2 Millionen Euro'])).toBe(true);
    expect(together(r, ['t1_mdr', 'zwei Jahre'], ['t2_lvz', 'zwei Jahren'])).toBe(true);
    // … but strike money never joins stadium money, nor a wage rise a capacity rise.
    expect(together(r, ['s1_ndr', '2 Millionen Euro'], ['t1_mdr', '2 Millionen Euro'])).toBe(false);
    expect(together(r, ['s1_ndr', '8 Prozent'], ['t1_mdr', '8 Prozent'])).toBe(false);
    expect(groupOf(r, 't1_mdr', '2 Millionen Euro').members).toHaveLength(2);
    expect(groupOf(r, 's1_ndr', '8 Prozent').members.map((m) => m.article)).toEqual(['s1_ndr', 's2_abendblatt']);
  });

  it('strikers, nurses and employees are one count of workers; the two outlets conflict', () => {
    const r = compare(strike(), opts);
    const g = groupOf(r, 's1_ndr', '4.000 Streikenden');
    expect(g.members.map((m) => m.text)).toEqual(['4.000 Streikenden', '4.000 Pflegekräfte', '2.500 Streikende', 'rund 2.500 Beschäftigte']);
    expect(g.status).toBe('conflict');
  });

  it('the same value and unit in two outlets of one story agree without a shared word', () => {
    const r = compare(stadium(), opts);
    const g = groupOf(r, 't2_lvz', '2 Millionen Euro');
    expect(g.members.map((m) => m.article)).toEqual(['t1_mdr', 't2_lvz']);
    expect(g.status).toBe('agree');
  });
});

// A court case: the defendant's age and the sentence are both counted in "Jahr".
const court = (): ArticleResult[] => [
  article('c1', [
    { text: 'Ein 7-Jähriger wurde in Kiel von einem Auto erfasst.', q: [{ text: '7-Jähriger', value: 7, unit: 'Jahr' }], ents: [['Kiel', 'LOC']] },
    {
      text: 'Das Landgericht Kiel verurteilte den Fahrer zu sieben Jahren Haft wegen fahrlässiger Tötung.',
      q: [{ text: 'sieben Jahren', value: 7, unit: 'Jahr' }],
      ents: [['Landgericht Kiel', 'ORG', 'Landgericht Kiel']],
    },
  ]),
  article('c2', [
    { text: 'Landgericht Kiel: Sieben Jahre Haft für Raser nach Unfall mit einem 7-Jährigen', q: [{ text: 'einem 7-Jährigen', value: 7, unit: 'Jahr' }, { text: 'Sieben Jahre', value: 7, unit: 'Jahr' }], ents: [['Landgericht Kiel', 'ORG']] },
    {
      text: 'Das Landgericht Kiel verhängte gegen den Fahrer sieben Jahre Haft, der 7-Jährige war in Kiel auf dem Schulweg erfasst worden.',
      q: [{ text: 'sieben Jahre', value: 7, unit: 'Jahr' }],
      ents: [['Landgericht Kiel', 'ORG'], ['Kiel', 'LOC']],
    },
  ]),
];

describe('ages and durations', () => {
  it('an age never groups with a duration of the same number', () => {
    const r = compare(court(), opts);
    expect(together(r, ['c1', '7-Jähriger'], ['c1', 'sieben Jahren'])).toBe(false);
    expect(together(r, ['c1', '7-Jähriger'], ['c2', 'Sieben Jahre'])).toBe(false);
    expect(together(r, ['c1', 'sieben Jahren'], ['c2', 'sieben Jahre'])).toBe(true);
    expect(together(r, ['c1', '7-Jähriger'], ['c2', 'einem 7-Jährigen'])).toBe(true);
  });
});

describe('people counted under different nouns', () => {
  const flood = (): ArticleResult[] => [
    article('f1', [
      { text: 'Hochwasser an der Elbe: Zahl der Toten in Sachsen steigt', ents: [['Elbe', 'LOC'], ['Sachsen', 'LOC']] },
      {
        text: 'Nach Angaben der Polizei in Sachsen wurden bis Sonntag mindestens 6 Tote geborgen, in Dresden gelten vier Menschen als vermisst.',
        q: [{ text: 'mindestens 6 Tote', value: 6, bound: 'gte', unit: 'Tote' }, { text: 'vier Menschen', value: 4, unit: 'Mensch' }],
        ents: [['Sachsen', 'LOC'], ['Dresden', 'LOC']],
      },
      { text: 'An der Elbe mussten 2.000 Bewohner in Dresden ihre Häuser verlassen.', q: [{ text: '2.000 Bewohner', value: 2000, unit: 'Bewohner' }], ents: [['Elbe', 'LOC'], ['Dresden', 'LOC']] },
      { text: 'In Dresden kamen 200 Menschen in Notunterkünften unter.', q: [{ text: '200 Menschen', value: 200, unit: 'Mensch' }], ents: [['Dresden', 'LOC']] },
      { text: 'Zwei Menschen wurden wegen Plünderungen festgenommen.', q: [{ text: 'Zwei Menschen', value: 2, unit: 'Mensch' }] },
    ]),
    article('f2', [
      { text: 'Elbe-Hochwasser: Feuerwehr zählt 8 Todesopfer in Sachsen', q: [{ text: '8 Todesopfer', value: 8, unit: 'Todesopfer' }], ents: [['Elbe', 'LOC'], ['Sachsen', 'LOC']] },
      {
        text: 'Die Feuerwehr in Dresden zählt inzwischen 8 Todesopfer, wie ihr Sprecher mitteilte.',
        q: [{ text: '8 Todesopfer', value: 8, unit: 'Todesopfer' }],
        st: { speaker: 'ihr Sprecher', name: 'Sprecher', cue: 'mitteilte', content: 'Die Feuerwehr in Dresden zählt inzwischen 8 Todesopfer' },
        ents: [['Dresden', 'LOC']],
      },
      { text: 'Die Polizei spricht dagegen weiterhin von sechs bestätigten Toten in Sachsen.', q: [{ text: 'sechs bestätigten Toten', value: 6, unit: 'Toten', noun: 'Toten' }], ents: [['Sachsen', 'LOC']] },
      { text: 'In Dresden werden laut Stadtverwaltung noch drei Vermisste gesucht.', q: [{ text: 'drei Vermisste', value: 3, unit: 'Vermisste' }], ents: [['Dresden', 'LOC']] },
      { text: 'Rund 2.500 Menschen in Dresden mussten an der Elbe ihre Häuser verlassen.', q: [{ text: 'Rund 2.500 Menschen', value: 2500, bound: 'approx', unit: 'Mensch' }], ents: [['Dresden', 'LOC'], ['Elbe', 'LOC']] },
      { text: 'Zwei Menschen erlitten beim Einsturz einer Brücke leichte Verletzungen.', q: [{ text: 'Zwei Menschen', value: 2, unit: 'Mensch' }] },
    ]),
  ];

  it('a nominalised adjective as written ("Toten") is read as its lemma ("Tote")', () => {
    const env = { classes: CLASSES, lemmas: new Set<string>() };
    expect(normaliseLemma('toten', env)).toBe('tote');
    expect(normaliseLemma('streikenden', env)).toBe('streikende');
    expect(normaliseLemma('menschen', env)).toBe('menschen');
    expect(normaliseLemma('mitarbeiter', env)).toBe('mitarbeiter');
  });

  it('the dead under three nouns; a disagreement reported in one article is a conflict', () => {
    const r = compare(flood(), opts);
    const g = groupOf(r, 'f1', 'mindestens 6 Tote');
    expect(g.members.map((m) => `${m.article}:${m.text}`)).toEqual(['f1:mindestens 6 Tote', 'f2:8 Todesopfer', 'f2:8 Todesopfer', 'f2:sechs bestätigten Toten']);
    expect(g.status).toBe('conflict');
    expect(g.reason).toBe('f1 (Angaben der Polizei) says at least 6; f2 (Feuerwehr) says 8; f2 (Sprecher) says 8; f2 (Die Polizei) says 6. f2 reports both 6 and 8: they cannot both be right.');
  });

  it('Bewohner ~ Menschen (people), and Menschen vermisst ~ Vermisste through the parent class', () => {
    const r = compare(flood(), opts);
    expect(together(r, ['f1', '2.000 Bewohner'], ['f2', 'Rund 2.500 Menschen'])).toBe(true);
    expect(groupOf(r, 'f1', '2.000 Bewohner').status).toBe('conflict');
    expect(together(r, ['f1', 'vier Menschen'], ['f2', 'drei Vermisste'])).toBe(true);
    // People in a role never join a count of another role or a very different figure.
    expect(together(r, ['f1', 'vier Menschen'], ['f1', 'mindestens 6 Tote'])).toBe(false);
    expect(together(r, ['f1', '2.000 Bewohner'], ['f2', 'drei Vermisste'])).toBe(false);
  });

  it('within one story, distant counts need shared words, and a small number alone identifies nothing', () => {
    const r = compare(flood(), opts);
    // "zwei Menschen" arrested is not "zwei Menschen" injured …
    expect(together(r, ['f1', 'Zwei Menschen'], ['f2', 'Zwei Menschen'])).toBe(false);
    // … and one shared word ("Dresden") is not enough for 200 vs 2.500 people (more than 3× apart).
    const title = 'Elbe-Hochwasser in Dresden: Pegel der Elbe steigt weiter';
    const ents: [string, 'LOC'][] = [['Elbe', 'LOC'], ['Dresden', 'LOC']];
    const arts = [
      article('g1', [{ text: title, ents }, { text: 'In Dresden kamen 200 Menschen in Notunterkünften unter.', q: [{ text: '200 Menschen', value: 200, unit: 'Mensch' }], ents: [['Dresden', 'LOC']] }]),
      article('g2', [{ text: title, ents }, { text: 'Rund 2.500 Menschen in Dresden mussten ihre Häuser verlassen.', q: [{ text: 'Rund 2.500 Menschen', value: 2500, bound: 'approx', unit: 'Mensch' }], ents: [['Dresden', 'LOC']] }]),
      article('g3', [{ text: title, ents }, { text: 'Nach Angaben der Stadt Dresden mussten 3.000 Menschen ihre Häuser verlassen.', q: [{ text: '3.000 Menschen', value: 3000, unit: 'Mensch' }], ents: [['Dresden', 'LOC']] }]),
    ];
    const r2 = compare(arts, opts);
    expect(together(r2, ['g1', '200 Menschen'], ['g2', 'Rund 2.500 Menschen'])).toBe(false);
    expect(together(r2, ['g2', 'Rund 2.500 Menschen'], ['g3', '3.000 Menschen'])).toBe(true);
  });

  it('without a contrast or two sources, two different figures of one article stay apart', () => {
    const arts = [
      article('a', [
        { text: 'Beim Sturm in Hessen starben 5 Menschen in Kassel.', q: [{ text: '5 Menschen', value: 5, unit: 'Mensch' }], ents: [['Hessen', 'LOC'], ['Kassel', 'LOC']] },
        { text: 'Beim Sturm in Hessen starben 7 Menschen in Fulda.', q: [{ text: '7 Menschen', value: 7, unit: 'Mensch' }], ents: [['Hessen', 'LOC'], ['Fulda', 'LOC']] },
      ]),
      article('b', [{ text: 'Beim Sturm in Hessen starben in Kassel und Fulda 12 Menschen.', q: [{ text: '12 Menschen', value: 12, unit: 'Mensch' }], ents: [['Hessen', 'LOC'], ['Kassel', 'LOC'], ['Fulda', 'LOC']] }]),
    ];
    const r = compare(arts, opts);
    expect(together(r, ['a', '5 Menschen'], ['a', '7 Menschen'])).toBe(false);
  });
});

describe('election turnout from two outlets', () => {
  it('different percentages of one story link only with shared context, and conflict', () => {
    const arts = [
      article('w1', [
        { text: 'Landtagswahl in Thüringen: Wahlbeteiligung bei 74 Prozent', q: [{ text: '74 Prozent', value: 74, unit: 'Prozent' }], ents: [['Thüringen', 'LOC']] },
        { text: 'Die CDU kam in Thüringen auf 23,6 Prozent der Stimmen, teilte die Landeswahlleiterin mit.', q: [{ text: '23,6 Prozent', value: 23.6, unit: 'Prozent' }], ents: [['CDU', 'ORG'], ['Thüringen', 'LOC']] },
      ]),
      article('w2', [
        { text: 'Thüringen hat gewählt: CDU erreicht 23,6 Prozent', q: [{ text: '23,6 Prozent', value: 23.6, unit: 'Prozent' }], ents: [['Thüringen', 'LOC'], ['CDU', 'ORG']] },
        { text: 'Die Wahlbeteiligung in Thüringen lag nach Angaben der Landeswahlleiterin bei 73,6 Prozent.', q: [{ text: '73,6 Prozent', value: 73.6, unit: 'Prozent' }], ents: [['Thüringen', 'LOC']] },
      ]),
    ];
    const r = compare(arts, opts);
    expect(together(r, ['w1', '74 Prozent'], ['w2', '73,6 Prozent'])).toBe(true);
    expect(groupOf(r, 'w1', '74 Prozent').status).toBe('conflict');
    expect(together(r, ['w1', '23,6 Prozent'], ['w2', '23,6 Prozent'])).toBe(true);
    expect(together(r, ['w1', '74 Prozent'], ['w2', '23,6 Prozent'])).toBe(false);
  });
});

describe('the dead and the injured of one accident', () => {
  it('are different counts, even with the same number; the injured of two outlets conflict', () => {
    const arts = [
      article('u1', [
        { text: 'Busunglück auf der Autobahn bei Kassel: zwei Tote', q: [{ text: 'zwei Tote', value: 2, unit: 'Tote' }], ents: [['Kassel', 'LOC']] },
        {
          text: 'Bei dem Busunglück bei Kassel wurden zudem 14 Verletzte in Kliniken gebracht, teilte die Polizei mit.',
          q: [{ text: '14 Verletzte', value: 14, unit: 'Verletzte' }],
          st: { speaker: 'die Polizei', name: 'Polizei', cue: 'teilte', content: 'Bei dem Busunglück bei Kassel wurden zudem 14 Verletzte in Kliniken gebracht' },
          ents: [['Kassel', 'LOC']],
        },
      ]),
      article('u2', [
        { text: 'Busunglück bei Kassel: zwei Verletzte schweben in Lebensgefahr', q: [{ text: 'zwei Verletzte', value: 2, unit: 'Verletzte' }], ents: [['Kassel', 'LOC']] },
        {
          text: 'Nach Angaben der Polizei kamen bei dem Busunglück bei Kassel 12 Verletzte in Kliniken.',
          q: [{ text: '12 Verletzte', value: 12, unit: 'Verletzte' }],
          st: { speaker: 'der Polizei', name: 'Polizei', cue: 'Nach Angaben', kind: 'according_to', content: 'kamen bei dem Busunglück bei Kassel 12 Verletzte in Kliniken' },
          ents: [['Kassel', 'LOC']],
        },
      ]),
    ];
    const r = compare(arts, opts);
    expect(together(r, ['u1', 'zwei Tote'], ['u2', 'zwei Verletzte'])).toBe(false);
    expect(together(r, ['u1', '14 Verletzte'], ['u2', '12 Verletzte'])).toBe(true);
    expect(groupOf(r, 'u1', '14 Verletzte').status).toBe('conflict');
  });
});

// ---------------------------------------------------------------------------------------------
// One fact, several sources: disagreements inside one article and differing values across two.

/** Classes and measures for these stories (as the shipped lists name them). */
const FACT_CLASSES = new Map<string, string>([
  ...CLASSES,
  ['leichtverletzte', 'patients'],
  ['mitarbeiter', 'workers'],
  ['arbeiter', 'workers'],
  ['zivilist', 'people'],
  ['soldat', 'military-personnel'],
  ['evakuierte', 'displaced'],
]);
const FACT_MEASURES = new Set(['euro', 'prozent', 'jahr', 'monat', 'woche', 'tonne']);
const factOpts = {
  unitClasses: FACT_CLASSES,
  isMeasure: (u: string) => FACT_MEASURES.has(u.toLowerCase()),
  // A tiny stand-in for the lexicon's compound splitter.
  compoundHead: (w: string) => (/^.{4,}bericht$/i.test(w) ? 'Bericht' : null),
};

// A factory fire told by a local paper and an agency.
const fire = (): ArticleResult[] => [
  article('b1_lokal', [
    { text: 'Großbrand in Lackfabrik: sechs Beschäftigte verletzt', q: [{ text: 'sechs Beschäftigte', value: 6, unit: 'Beschäftigte' }] },
    {
      text: 'Nach Informationen unserer Zeitung wurden bei dem Feuer in der Lackfabrik in Bielefeld sechs Beschäftigte verletzt, zwei von ihnen schwer.',
      q: [{ text: 'sechs Beschäftigte', value: 6, unit: 'Beschäftigte' }],
      ents: [['Bielefeld', 'LOC']],
    },
    { text: 'Die Feuerwehr hatte am Morgen noch von vier Leichtverletzten gesprochen.', q: [{ text: 'vier Leichtverletzten', value: 4, unit: 'Leichtverletzte' }] },
    { text: 'Rund 120 Beschäftigte wurden aus den Hallen der Lackfabrik evakuiert.', q: [{ text: 'Rund 120 Beschäftigte', value: 120, bound: 'approx', unit: 'Beschäftigte' }] },
    { text: 'In der Lackfabrik arbeiten 450 Mitarbeiter im Schichtbetrieb.', q: [{ text: '450 Mitarbeiter', value: 450, unit: 'Mitarbeiter' }] },
  ]),
  article('b2_agentur', [
    { text: 'Feuer in Lackfabrik in Bielefeld – vier Verletzte', q: [{ text: 'vier Verletzte', value: 4, unit: 'Verletzte' }], ents: [['Bielefeld', 'LOC']] },
    {
      text: 'Bei dem Brand in einer Lackfabrik in Bielefeld sind nach Angaben der Feuerwehr vier Mitarbeiter leicht verletzt worden.',
      q: [{ text: 'vier Mitarbeiter', value: 4, unit: 'Mitarbeiter' }],
      st: { speaker: 'der Feuerwehr', name: 'Feuerwehr', cue: 'nach Angaben', kind: 'according_to', content: 'sind nach Angaben der Feuerwehr vier Mitarbeiter leicht verletzt worden' },
      ents: [['Bielefeld', 'LOC']],
    },
    { text: 'Die Feuerwehr war mit 80 Einsatzkräften an der Lackfabrik im Einsatz.', q: [{ text: '80 Einsatzkräften', value: 80, unit: 'Einsatzkraft' }] },
  ]),
];

describe('a factory fire: the injured under four nouns, one group across two outlets', () => {
  it('headline, body and an earlier count of the injured form one conflict group', () => {
    const r = compare(fire(), factOpts);
    const g = groupOf(r, 'b1_lokal', 'vier Leichtverletzten');
    expect(g.members.map((m) => `${m.article}:${m.text}`)).toEqual([
      'b1_lokal:sechs Beschäftigte',
      'b1_lokal:sechs Beschäftigte',
      'b1_lokal:vier Leichtverletzten',
      'b2_agentur:vier Verletzte',
      'b2_agentur:vier Mitarbeiter',
    ]);
    expect(g.status).toBe('conflict');
  });

  it('the evacuated and the workforce are other counts, though the nouns are the same', () => {
    const r = compare(fire(), factOpts);
    expect(together(r, ['b1_lokal', 'Rund 120 Beschäftigte'], ['b1_lokal', 'sechs Beschäftigte'])).toBe(false);
    expect(together(r, ['b1_lokal', '450 Mitarbeiter'], ['b2_agentur', 'vier Mitarbeiter'])).toBe(false);
    expect(together(r, ['b1_lokal', '450 Mitarbeiter'], ['b1_lokal', 'Rund 120 Beschäftigte'])).toBe(false);
    expect(groupOf(r, 'b2_agentur', '80 Einsatzkräften').members).toHaveLength(1);
  });
});

// A transfer fee reported by two outlets; one of them also names another source's fee.
const transfer = (): ArticleResult[] => [
  article('k1_magazin', [
    {
      text: 'Stürmer Jonas Keller wechselt für rund 40 Millionen Euro nach Frankfurt',
      q: [{ text: 'rund 40 Millionen Euro', value: 40e6, bound: 'approx', unit: 'Euro' }],
      ents: [['Jonas Keller', 'PER'], ['Frankfurt', 'LOC']],
    },
    {
      text: 'Eintracht Frankfurt zahlt nach Informationen des Magazins eine Ablöse von rund 40 Millionen Euro an den FC Basel.',
      q: [{ text: 'rund 40 Millionen Euro', value: 40e6, bound: 'approx', unit: 'Euro' }],
      ents: [['Eintracht Frankfurt', 'ORG'], ['FC Basel', 'ORG']],
    },
    {
      text: 'Eine Boulevardzeitung nennt dagegen eine Ablöse von 32 Millionen Euro.',
      q: [{ text: '32 Millionen Euro', value: 32e6, unit: 'Euro' }],
    },
    {
      text: 'Keller erhält einen Vertrag über fünf Jahre und soll 6 Millionen Euro im Jahr verdienen.',
      q: [{ text: 'fünf Jahre', value: 5, unit: 'Jahr' }, { text: '6 Millionen Euro', value: 6e6, unit: 'Euro' }],
      ents: [['Jonas Keller', 'PER', 'Keller']],
    },
  ]),
  article('k2_agentur', [
    {
      text: 'Eintracht holt Keller aus Basel – Ablöse 38,5 Millionen Euro',
      q: [{ text: '38,5 Millionen Euro', value: 38.5e6, unit: 'Euro' }],
      ents: [['Jonas Keller', 'PER', 'Keller'], ['Basel', 'LOC']],
    },
    {
      text: 'Die Ablöse für Jonas Keller beträgt nach Informationen der Agentur 38,5 Millionen Euro.',
      q: [{ text: '38,5 Millionen Euro', value: 38.5e6, unit: 'Euro' }],
      ents: [['Jonas Keller', 'PER']],
    },
    {
      text: 'Für Verteidiger Tim Brandt hatte die Eintracht im vergangenen Sommer eine Ablöse von 35 Millionen Euro an den FC Basel gezahlt.',
      q: [{ text: '35 Millionen Euro', value: 35e6, unit: 'Euro' }],
      ents: [['Tim Brandt', 'PER'], ['Eintracht Frankfurt', 'ORG', 'Eintracht'], ['FC Basel', 'ORG']],
    },
  ]),
];

describe('a transfer fee from two outlets', () => {
  it('"rund 40 Millionen" and "38,5 Millionen" are one fee; another source\'s 32 Millionen in the same article conflicts', () => {
    const r = compare(transfer(), factOpts);
    const g = groupOf(r, 'k2_agentur', '38,5 Millionen Euro');
    expect(g.members.map((m) => `${m.article}:${m.text}`)).toEqual([
      'k1_magazin:rund 40 Millionen Euro',
      'k1_magazin:rund 40 Millionen Euro',
      'k1_magazin:32 Millionen Euro',
      'k2_agentur:38,5 Millionen Euro',
      'k2_agentur:38,5 Millionen Euro',
    ]);
    expect(g.status).toBe('conflict');
  });

  it('without the other source, the two outlets are compatible', () => {
    const [k1, k2] = transfer();
    const k1Only = { ...k1, quantities: k1.quantities.filter((q) => q.text !== '32 Millionen Euro') };
    const r = compare([k1Only, k2], factOpts);
    expect(groupOf(r, 'k2_agentur', '38,5 Millionen Euro').status).toBe('compatible');
  });

  it('an earlier fee for another player and the salary stay apart', () => {
    const r = compare(transfer(), factOpts);
    expect(groupOf(r, 'k2_agentur', '35 Millionen Euro').members).toHaveLength(1);
    expect(together(r, ['k1_magazin', '6 Millionen Euro'], ['k1_magazin', '32 Millionen Euro'])).toBe(false);
  });
});

describe('disagreements inside one article', () => {
  it('two death tolls of a mine accident from the union and the operator form one conflict', () => {
    const arts = [
      article('m1', [
        { text: 'Grubenunglück in Polen: widersprüchliche Angaben zur Zahl der Toten', ents: [['Polen', 'LOC']] },
        {
          text: 'Nach Angaben der Bergarbeitergewerkschaft kamen bei dem Unglück in der Zeche bei Kattowitz mindestens 14 Bergleute ums Leben.',
          q: [{ text: 'mindestens 14 Bergleute', value: 14, bound: 'gte', unit: 'Bergleute' }],
          st: { speaker: 'der Bergarbeitergewerkschaft', name: 'Bergarbeitergewerkschaft', cue: 'Nach Angaben', kind: 'according_to', content: 'kamen bei dem Unglück in der Zeche bei Kattowitz mindestens 14 Bergleute ums Leben' },
          ents: [['Kattowitz', 'LOC']],
        },
        {
          text: 'Der Betreiber der Zeche teilte mit, es seien neun Arbeiter gestorben.',
          q: [{ text: 'neun Arbeiter', value: 9, unit: 'Arbeiter' }],
          st: { speaker: 'Der Betreiber der Zeche', name: 'Betreiber', cue: 'teilte', content: 'es seien neun Arbeiter gestorben' },
        },
        { text: 'Insgesamt waren 60 Arbeiter unter Tage.', q: [{ text: '60 Arbeiter', value: 60, unit: 'Arbeiter' }] },
      ]),
    ];
    const r = compare(arts, factOpts);
    const g = groupOf(r, 'm1', 'mindestens 14 Bergleute');
    expect(g.members.map((m) => m.text)).toEqual(['mindestens 14 Bergleute', 'neun Arbeiter']);
    expect(g.status).toBe('conflict');
    expect(g.reason).toBe('m1 (Bergarbeitergewerkschaft) says at least 14; m1 (Betreiber) says 9. m1 reports both 9 and at least 14: they cannot both be right.');
    expect(groupOf(r, 'm1', '60 Arbeiter').members).toHaveLength(1);
  });

  it('police and organisers count a demonstration differently: one group', () => {
    const arts = [
      article('d1', [
        {
          text: 'Nach Angaben der Polizei nahmen 8.000 Menschen an der Demonstration gegen den Braunkohleabbau in Leipzig teil.',
          q: [{ text: '8.000 Menschen', value: 8000, unit: 'Mensch' }],
          st: { speaker: 'der Polizei', name: 'Polizei', cue: 'Nach Angaben', kind: 'according_to', content: 'nahmen 8.000 Menschen an der Demonstration gegen den Braunkohleabbau in Leipzig teil' },
          ents: [['Leipzig', 'LOC']],
        },
        {
          text: 'Die Veranstalter sprachen von 15.000 Teilnehmern an der Demonstration in Leipzig.',
          q: [{ text: '15.000 Teilnehmern', value: 15000, unit: 'Teilnehmer' }],
          st: { speaker: 'Die Veranstalter', name: 'Veranstalter', cue: 'sprachen', content: 'von 15.000 Teilnehmern an der Demonstration in Leipzig' },
          ents: [['Leipzig', 'LOC']],
        },
        {
          text: 'In Dresden demonstrierten laut Polizei am selben Tag 5.000 Menschen gegen den Braunkohleabbau.',
          q: [{ text: '5.000 Menschen', value: 5000, unit: 'Mensch' }],
          ents: [['Dresden', 'LOC']],
        },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['d1', '8.000 Menschen'], ['d1', '15.000 Teilnehmern'])).toBe(true);
    expect(groupOf(r, 'd1', '8.000 Menschen').status).toBe('conflict');
    // Another city: another fact, though the unit, the topic and a source match.
    expect(together(r, ['d1', '5.000 Menschen'], ['d1', '8.000 Menschen'])).toBe(false);
  });

  it('a demand is no report: the union\'s 500 nurses do not contradict the clinic\'s 400', () => {
    const arts = [
      article('p1', [
        {
          text: 'Die Gewerkschaft fordert 500 zusätzliche Pflegekräfte für die Kliniken in Hamburg.',
          q: [{ text: '500 zusätzliche Pflegekräfte', value: 500, unit: 'Pflegekraft', noun: 'Pflegekräfte' }],
          ents: [['Hamburg', 'LOC']],
        },
        {
          text: 'Nach Angaben der Klinikleitung arbeiten derzeit 400 Pflegekräfte in den Kliniken in Hamburg.',
          q: [{ text: '400 Pflegekräfte', value: 400, unit: 'Pflegekraft' }],
          st: { speaker: 'der Klinikleitung', name: 'Klinikleitung', cue: 'Nach Angaben', kind: 'according_to', content: 'arbeiten derzeit 400 Pflegekräfte in den Kliniken in Hamburg' },
          ents: [['Hamburg', 'LOC']],
        },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['p1', '500 zusätzliche Pflegekräfte'], ['p1', '400 Pflegekräfte'])).toBe(false);
  });

  it('turnout: this election and the last one are different facts; two parties\' shares too', () => {
    const arts = [
      article('l1', [
        { text: 'Landtagswahl in Brandenburg: Wahlbeteiligung steigt auf 66 Prozent', q: [{ text: '66 Prozent', value: 66, unit: 'Prozent' }], ents: [['Brandenburg', 'LOC']] },
        {
          text: 'Die Wahlbeteiligung in Brandenburg lag nach Angaben der Landeswahlleiterin bei 66 Prozent.',
          q: [{ text: '66 Prozent', value: 66, unit: 'Prozent' }],
          st: { speaker: 'der Landeswahlleiterin', name: 'Landeswahlleiterin', cue: 'nach Angaben', kind: 'according_to', content: 'Die Wahlbeteiligung in Brandenburg lag bei 66 Prozent'.slice(0, 0) || 'lag nach Angaben der Landeswahlleiterin bei 66 Prozent' },
          ents: [['Brandenburg', 'LOC']],
        },
        { text: 'Bei der letzten Landtagswahl hatte die Wahlbeteiligung in Brandenburg bei 61 Prozent gelegen.', q: [{ text: '61 Prozent', value: 61, unit: 'Prozent' }], ents: [['Brandenburg', 'LOC']] },
        { text: 'Die Opposition spricht dagegen von einer Wahlbeteiligung von 64 Prozent in Brandenburg.', q: [{ text: '64 Prozent', value: 64, unit: 'Prozent' }], ents: [['Brandenburg', 'LOC']] },
        { text: 'Nach Angaben der Landeswahlleiterin kam die SPD in Brandenburg auf 31 Prozent.', q: [{ text: '31 Prozent', value: 31, unit: 'Prozent' }], ents: [['SPD', 'ORG'], ['Brandenburg', 'LOC']] },
        { text: 'Die CDU erreichte in Brandenburg 29 Prozent der Stimmen.', q: [{ text: '29 Prozent', value: 29, unit: 'Prozent' }], ents: [['CDU', 'ORG'], ['Brandenburg', 'LOC']] },
      ]),
    ];
    const r = compare(arts, factOpts);
    const g = groupOf(r, 'l1', '64 Prozent');
    expect(g.members.map((m) => m.text)).toEqual(['66 Prozent', '66 Prozent', '64 Prozent']);
    expect(g.status).toBe('conflict');
    expect(groupOf(r, 'l1', '61 Prozent').members).toHaveLength(1);
    expect(together(r, ['l1', '31 Prozent'], ['l1', '29 Prozent'])).toBe(false);
  });

  it('ten soldiers here and five hundred there: the same unit in one article is another fact', () => {
    const arts = [
      article('s1', [
        {
          text: 'Nach Angaben des Verteidigungsministeriums sind derzeit 10 Soldaten der Bundeswehr in Litauen im Einsatz.',
          q: [{ text: '10 Soldaten', value: 10, unit: 'Soldat' }],
          st: { speaker: 'des Verteidigungsministeriums', name: 'Verteidigungsministerium', cue: 'Nach Angaben', kind: 'according_to', content: 'sind derzeit 10 Soldaten der Bundeswehr in Litauen im Einsatz' },
          ents: [['Bundeswehr', 'ORG'], ['Litauen', 'LOC']],
        },
        { text: 'Bis Jahresende sollen 500 Soldaten der Bundeswehr folgen.', q: [{ text: '500 Soldaten', value: 500, unit: 'Soldat' }], ents: [['Bundeswehr', 'ORG']] },
        { text: 'In Polen übt die Bundeswehr derzeit mit 14 Soldaten.', q: [{ text: '14 Soldaten', value: 14, unit: 'Soldat' }], ents: [['Polen', 'LOC'], ['Bundeswehr', 'ORG']] },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(groupOf(r, 's1', '10 Soldaten').members).toHaveLength(1);
    expect(groupOf(r, 's1', '14 Soldaten').members).toHaveLength(1);
  });
});

describe('one victim count across outlets: roles and noun classes', () => {
  it('dead civilians and dead soldiers of one attack are different counts', () => {
    const sentence = (who: string, n: string, v: number, unit: string, src: string) => ({
      text: `Bei dem Angriff auf das Dorf nahe Cherson wurden nach ${src} Angaben ${n} ${who} getötet.`,
      q: [{ text: `${n} ${who}`, value: v, unit }],
      ents: [['Cherson', 'LOC']] as [string, 'LOC'][],
    });
    const arts = [
      article('a1', [{ text: 'Angriff auf Dorf nahe Cherson', ents: [['Cherson', 'LOC']] }, sentence('Zivilisten', 'zwölf', 12, 'Zivilist', 'ukrainischen')]),
      article('a2', [{ text: 'Angriff auf Dorf nahe Cherson', ents: [['Cherson', 'LOC']] }, sentence('Soldaten', '20', 20, 'Soldat', 'russischen')]),
      article('a3', [{ text: 'Angriff auf Dorf nahe Cherson', ents: [['Cherson', 'LOC']] }, sentence('Menschen', '15', 15, 'Mensch', 'örtlichen')]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['a1', 'zwölf Zivilisten'], ['a2', '20 Soldaten'])).toBe(false);
    // "Menschen" covers anybody: it may be either count.
    expect(together(r, ['a1', 'zwölf Zivilisten'], ['a3', '15 Menschen']) || together(r, ['a2', '20 Soldaten'], ['a3', '15 Menschen'])).toBe(true);
  });
});

describe('a deadline in two outlets', () => {
  it('"frühestens in sechs Wochen" (Zwischenbericht) and "in sechs Wochen" (Bericht) agree', () => {
    const arts = [
      article('u1', [
        { text: 'Zugunglück bei Celle: Ermittler sichern Fahrtenschreiber', ents: [['Celle', 'LOC']] },
        {
          text: 'Mit einem Zwischenbericht der Bundesstelle sei frühestens in sechs Wochen zu rechnen, hieß es bei der Behörde.',
          q: [{ text: 'frühestens in sechs Wochen', value: 6, bound: 'gte', unit: 'Woche', noun: 'Wochen' }],
          st: { speaker: 'der Behörde', name: 'Behörde', cue: 'hieß es', kind: 'according_to', content: 'Mit einem Zwischenbericht der Bundesstelle sei frühestens in sechs Wochen zu rechnen' },
        },
        { text: 'Der Zug war mit 80 Stundenkilometern unterwegs.', q: [{ text: '80 Stundenkilometern', value: 80, unit: 'Stundenkilometer' }] },
      ]),
      article('u2', [
        { text: 'Zugunglück bei Celle: Fahrtenschreiber gesichert', ents: [['Celle', 'LOC']] },
        { text: 'Ihr Bericht soll in sechs Wochen vorliegen.', q: [{ text: 'in sechs Wochen', value: 6, unit: 'Woche', noun: 'Wochen' }] },
        { text: 'Die Strecke bleibt nach Angaben der Bahn sechs Wochen gesperrt.', q: [{ text: 'sechs Wochen', value: 6, unit: 'Woche' }] },
      ]),
    ];
    const r = compare(arts, factOpts);
    const g = groupOf(r, 'u1', 'frühestens in sechs Wochen');
    expect(g.members.map((m) => `${m.article}:${m.text}`)).toEqual(['u1:frühestens in sechs Wochen', 'u2:in sechs Wochen']);
    expect(g.status).toBe('agree');
  });
});

describe('what a figure is about, inside one article', () => {
  it('all injured and the seriously injured are different counts', () => {
    const arts = [
      article('z1', [
        {
          text: 'Bei dem Zugunglück bei Göttingen wurden nach Angaben der Bundespolizei 40 Fahrgäste verletzt.',
          q: [{ text: '40 Fahrgäste', value: 40, unit: 'Fahrgast' }],
          st: { speaker: 'der Bundespolizei', name: 'Bundespolizei', cue: 'nach Angaben', kind: 'according_to', content: 'wurden nach Angaben der Bundespolizei 40 Fahrgäste verletzt' },
          ents: [['Göttingen', 'LOC']],
        },
        { text: 'Bei dem Zugunglück wurden 25 Fahrgäste schwer verletzt.', q: [{ text: '25 Fahrgäste', value: 25, unit: 'Fahrgast' }] },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['z1', '40 Fahrgäste'], ['z1', '25 Fahrgäste'])).toBe(false);
  });

  it('two rescue services count the injured differently: one group; the services themselves are no subject', () => {
    const arts = [
      article('r1', [
        {
          text: 'Nach Angaben des DRK wurden bei dem Busunfall auf der A9 zwölf Menschen verletzt.',
          q: [{ text: 'zwölf Menschen', value: 12, unit: 'Mensch' }],
          ents: [['DRK', 'ORG'], ['A9', 'LOC']],
        },
        {
          text: 'Laut THW wurden bei dem Busunfall auf der A9 fünfzehn Menschen verletzt.',
          q: [{ text: 'fünfzehn Menschen', value: 15, unit: 'Mensch' }],
          ents: [['THW', 'ORG'], ['A9', 'LOC']],
        },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['r1', 'zwölf Menschen'], ['r1', 'fünfzehn Menschen'])).toBe(true);
    expect(groupOf(r, 'r1', 'zwölf Menschen').status).toBe('conflict');
  });

  it('two parties\' shares with the same governing noun stay apart', () => {
    const arts = [
      article('v1', [
        {
          text: 'Die SPD erzielte einen Stimmenanteil von 31 Prozent, teilte die Landeswahlleiterin mit.',
          q: [{ text: '31 Prozent', value: 31, unit: 'Prozent' }],
          st: { speaker: 'die Landeswahlleiterin', name: 'Landeswahlleiterin', cue: 'teilte', content: 'Die SPD erzielte einen Stimmenanteil von 31 Prozent' },
          ents: [['SPD', 'ORG']],
        },
        { text: 'Die CDU kam auf einen Stimmenanteil von 29 Prozent.', q: [{ text: '29 Prozent', value: 29, unit: 'Prozent' }], ents: [['CDU', 'ORG']] },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['v1', '31 Prozent'], ['v1', '29 Prozent'])).toBe(false);
  });
});

describe('a forecast is not the outcome', () => {
  it('the reported turnover and the analysts\' earlier expectation stay apart; two forecasts of one thing conflict', () => {
    const arts = [
      article('q1', [
        {
          text: 'Nach Angaben des Unternehmens erzielte der Autozulieferer im dritten Quartal einen Umsatz von 4,2 Milliarden Euro.',
          q: [{ text: '4,2 Milliarden Euro', value: 4.2e9, unit: 'Euro' }],
          st: { speaker: 'des Unternehmens', name: 'Unternehmen', cue: 'Nach Angaben', kind: 'according_to', content: 'erzielte der Autozulieferer im dritten Quartal einen Umsatz von 4,2 Milliarden Euro' },
        },
        { text: 'Analysten hatten im dritten Quartal mit einem Umsatz von 4,5 Milliarden Euro gerechnet.', q: [{ text: '4,5 Milliarden Euro', value: 4.5e9, unit: 'Euro' }] },
      ]),
      article('q2', [
        {
          text: 'Das Ifo-Institut erwartet für das kommende Jahr ein Wachstum von 1,2 Prozent.',
          q: [{ text: '1,2 Prozent', value: 1.2, unit: 'Prozent' }],
          st: { speaker: 'Das Ifo-Institut', name: 'Ifo-Institut', cue: 'erwartet', content: 'für das kommende Jahr ein Wachstum von 1,2 Prozent' },
        },
        {
          text: 'Die Bundesbank rechnet dagegen für das kommende Jahr nur mit einem Wachstum von 0,8 Prozent.',
          q: [{ text: '0,8 Prozent', value: 0.8, unit: 'Prozent' }],
          st: { speaker: 'Die Bundesbank', name: 'Bundesbank', cue: 'rechnet', content: 'für das kommende Jahr nur mit einem Wachstum von 0,8 Prozent' },
        },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['q1', '4,2 Milliarden Euro'], ['q1', '4,5 Milliarden Euro'])).toBe(false);
    expect(together(r, ['q2', '1,2 Prozent'], ['q2', '0,8 Prozent'])).toBe(true);
    expect(groupOf(r, 'q2', '1,2 Prozent').status).toBe('conflict');
  });
});

describe('rescue workers and soldiers in one flood story', () => {
  it('"Einsatzkräfte" of the THW and "Soldaten" of the Bundeswehr are different counts (shipped classes)', () => {
    const classes = new Map<string, string>([
      ['einsatzkraft', 'responders'],
      ['feuerwehrleute', 'responders'],
      ['soldat', 'military-personnel'],
    ]);
    const arts = [
      article('h1', [
        { text: 'Hochwasser an der Oder: THW schickt 1.200 Einsatzkräfte nach Frankfurt (Oder)', q: [{ text: '1.200 Einsatzkräfte', value: 1200, unit: 'Einsatzkraft' }], ents: [['Oder', 'LOC'], ['THW', 'ORG']] },
      ]),
      article('h2', [
        { text: 'Hochwasser an der Oder: Bundeswehr schickt 1.000 Soldaten nach Frankfurt (Oder)', q: [{ text: '1.000 Soldaten', value: 1000, unit: 'Soldat' }], ents: [['Oder', 'LOC'], ['Bundeswehr', 'ORG']] },
        { text: 'Das THW ist mit 1.100 Feuerwehrleuten und Helfern an der Oder im Einsatz.', q: [{ text: '1.100 Feuerwehrleuten', value: 1100, unit: 'Feuerwehrleute' }], ents: [['Oder', 'LOC'], ['THW', 'ORG']] },
      ]),
    ];
    const r = compare(arts, { ...factOpts, unitClasses: classes });
    expect(together(r, ['h1', '1.200 Einsatzkräfte'], ['h2', '1.000 Soldaten'])).toBe(false);
    expect(together(r, ['h1', '1.200 Einsatzkräfte'], ['h2', '1.100 Feuerwehrleuten'])).toBe(true);
  });
});

describe('a named source against an unnamed estimate', () => {
  it('a study\'s figure and an expert\'s estimate of the same loss conflict; an additional count does not', () => {
    const arts = [
      article('e1', [
        { text: 'Skigebiete in den Alpen: weniger Schneetage erwartet', ents: [['Alpen', 'LOC']] },
        {
          text: 'Nach Berechnungen des Klimainstituts drohe bis 2040 ein Rückgang der Schneetage um 30 Prozent.',
          q: [{ text: '30 Prozent', value: 30, unit: 'Prozent' }],
          st: { speaker: 'des Klimainstituts', name: 'Klimainstitut', cue: 'Nach Berechnungen', kind: 'according_to', content: 'drohe bis 2040 ein Rückgang der Schneetage um 30 Prozent' },
          dates: [['2040', '2040']],
        },
        { text: 'Ein Skilehrer aus Tirol hält das für übertrieben.', ents: [['Tirol', 'LOC']] },
        { text: 'Er rechnet mit einem Rückgang der Schneetage um 20 Prozent.', q: [{ text: '20 Prozent', value: 20, unit: 'Prozent' }] },
      ]),
      article('e2', [
        {
          text: 'Bei dem Unfall in der Chemiefabrik in Leverkusen meldete die Polizei zwölf Verletzte.',
          q: [{ text: 'zwölf Verletzte', value: 12, unit: 'Verletzte' }],
          st: { speaker: 'die Polizei', name: 'Polizei', cue: 'meldete', content: 'zwölf Verletzte' },
          ents: [['Leverkusen', 'LOC']],
        },
        { text: 'Sie rechnet bei dem Unfall in der Chemiefabrik mit weiteren fünf Verletzten.', q: [{ text: 'fünf Verletzten', value: 5, unit: 'Verletzte' }] },
      ]),
    ];
    const r = compare(arts, factOpts);
    const g = groupOf(r, 'e1', '30 Prozent');
    expect(g.members.map((m) => m.text)).toEqual(['30 Prozent', '20 Prozent']);
    expect(g.status).toBe('conflict');
    expect(together(r, ['e2', 'zwölf Verletzte'], ['e2', 'fünf Verletzten'])).toBe(false);
  });
});

describe('a contrast word sets one source against another, not one figure against any other', () => {
  it('union and employers count a strike differently; turnover and profit are two things', () => {
    const arts = [
      article('w1', [
        { text: 'Warnstreik im Nahverkehr legt Busse und Bahnen lahm' },
        {
          text: 'Nach Angaben der Gewerkschaft Verdi beteiligten sich bundesweit 12.000 Beschäftigte an dem Ausstand.',
          q: [{ text: '12.000 Beschäftigte', value: 12000, unit: 'Beschäftigte' }],
          st: { speaker: 'der Gewerkschaft Verdi', name: 'Verdi', cue: 'Nach Angaben', kind: 'according_to', content: 'beteiligten sich bundesweit 12.000 Beschäftigte an dem Ausstand' },
          ents: [['Verdi', 'ORG']],
        },
        { text: 'Der kommunale Arbeitgeberverband sprach hingegen von höchstens 7.000 Streikenden.', q: [{ text: 'höchstens 7.000 Streikenden', value: 7000, bound: 'lte', unit: 'Streikende' }] },
      ]),
      article('w2', [
        { text: 'Autozulieferer: Umsatz steigt, Gewinn sinkt' },
        {
          text: 'Der Umsatz des Zulieferers stieg im dritten Quartal auf 4,2 Milliarden Euro, der operative Gewinn sank dagegen auf 610 Millionen Euro.',
          q: [{ text: '4,2 Milliarden Euro', value: 4.2e9, unit: 'Euro' }, { text: '610 Millionen Euro', value: 610e6, unit: 'Euro' }],
        },
        { text: 'Für den Umbau plant der Zulieferer Kosten von 400 bis 500 Millionen Euro ein.', q: [{ text: 'von 400 bis 500 Millionen Euro', value: 400e6, bound: 'gte', unit: 'Euro', number: '400' }] },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['w1', '12.000 Beschäftigte'], ['w1', 'höchstens 7.000 Streikenden'])).toBe(true);
    expect(groupOf(r, 'w1', '12.000 Beschäftigte').status).toBe('conflict');
    expect(together(r, ['w2', '610 Millionen Euro'], ['w2', 'von 400 bis 500 Millionen Euro'])).toBe(false);
  });
});

describe('a budget: the minister\'s and the opposition\'s borrowing', () => {
  it('the same governing noun from two sources conflicts; this year\'s figure in the pluperfect stays apart', () => {
    const arts = [
      article('n1', [
        { text: 'Landeshaushalt: Finanzminister plant Neuverschuldung von 1,2 Milliarden Euro', q: [{ text: '1,2 Milliarden Euro', value: 1.2e9, unit: 'Euro' }] },
        {
          text: 'Der Finanzexperte der Opposition sagte, die tatsächliche Neuverschuldung liege bei 1,9 Milliarden Euro.',
          q: [{ text: '1,9 Milliarden Euro', value: 1.9e9, unit: 'Euro' }],
          st: { speaker: 'Der Finanzexperte der Opposition', name: 'Finanzexperte', cue: 'sagte', content: 'die tatsächliche Neuverschuldung liege bei 1,9 Milliarden Euro' },
        },
        { text: 'Im laufenden Jahr hatte die Neuverschuldung bei 900 Millionen Euro gelegen.', q: [{ text: '900 Millionen Euro', value: 900e6, unit: 'Euro' }] },
      ]),
    ];
    const r = compare(arts, factOpts);
    expect(together(r, ['n1', '1,2 Milliarden Euro'], ['n1', '1,9 Milliarden Euro'])).toBe(true);
    expect(groupOf(r, 'n1', '1,2 Milliarden Euro').status).toBe('conflict');
    expect(groupOf(r, 'n1', '900 Millionen Euro').members).toHaveLength(1);
  });
});

// Swine fever in one district, told by an agency and a local paper (blind2 patterns on another topic).
const OUTBREAK_CLASSES = new Map<string, string>([...FACT_CLASSES, ['tier', 'animals'], ['schwein', 'animals'], ['rind', 'animals']]);
const outbreakOpts = {
  unitClasses: OUTBREAK_CLASSES,
  // Frame nouns from the lexicon's `fact-frames` table ("Kosten", "Zahlungen" → outlay).
  factWords: compareOptionsFromLexicon(loadLexicon()).factWords,
  isMeasure: (u: string) => FACT_MEASURES.has(u.toLowerCase()),
  // A tiny stand-in for the lexicon's compound splitter.
  compoundHead: (w: string) => {
    const m = /^(.{4,}?)(haltung|betrieb|kasse|stall)(en|e)?$/i.exec(w);
    return m ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : null;
  },
};
const swineFever = (): ArticleResult[] => [
  article('a1_agentur', [
    { text: 'Schweinepest in der Uckermark: Rund 3.000 Schweine werden getötet', q: [{ text: 'Rund 3.000 Schweine', value: 3000, bound: 'approx', unit: 'Schwein' }], ents: [['Uckermark', 'LOC']] },
    {
      text: 'Wie der Landkreis Uckermark mitteilte, müssen rund 3.000 Schweine in dem Betrieb bei Prenzlau getötet werden.',
      q: [{ text: 'rund 3.000 Schweine', value: 3000, bound: 'approx', unit: 'Schwein' }],
      ents: [['Uckermark', 'LOC']],
    },
    { text: 'Im Sperrbezirk liegen laut Kreisverwaltung 147 Schweinehaltungen mit zusammen 90.000 Tieren.', q: [{ text: '147 Schweinehaltungen', value: 147, unit: 'Schweinehaltung' }, { text: '90.000 Tieren', value: 90000, unit: 'Tier' }] },
    { text: 'Im Landkreis gibt es 140 Schweinehaltungen ohne Auslauf.', q: [{ text: '140 Schweinehaltungen', value: 140, unit: 'Schweinehaltung' }] },
    { text: 'Die Kasse rechnet mit Kosten von bis zu 800.000 Euro für die Entschädigung der Landwirte.', q: [{ text: 'bis zu 800.000 Euro', value: 800000, bound: 'lte', unit: 'Euro' }] },
    { text: 'Bei dem Stallbrand in Gramzow sind zwei Menschen gestorben.', q: [{ text: 'zwei Menschen', value: 2, unit: 'Mensch' }], ents: [['Gramzow', 'LOC']] },
  ]),
  article('a2_lokal', [
    { text: 'Schweinepest: Bauern in der Uckermark bangen um ihre Existenz', ents: [['Uckermark', 'LOC']] },
    {
      text: 'Insgesamt müssen nach Angaben des Landkreises Uckermark mehr als 2.800 Schweine gekeult werden, vor allem Mastschweine.',
      q: [{ text: 'mehr als 2.800 Schweine', value: 2800, bound: 'gt', unit: 'Schwein' }],
      ents: [['Uckermark', 'LOC']],
    },
    { text: 'Betroffen sind 147 Schweinebetriebe.', q: [{ text: '147 Schweinebetriebe', value: 147, unit: 'Schweinebetrieb' }] },
    { text: 'In der Region arbeiten 140 Schweinebetriebe mit Freilandhaltung.', q: [{ text: '140 Schweinebetriebe', value: 140, unit: 'Schweinebetrieb' }] },
    { text: 'Die Tierseuchenkasse selbst geht von Zahlungen in Höhe von rund 1,2 Millionen Euro aus.', q: [{ text: 'rund 1,2 Millionen Euro', value: 1.2e6, bound: 'approx', unit: 'Euro' }] },
    { text: 'Bei dem Stallbrand in Gramzow sind drei Rinder verendet.', q: [{ text: 'drei Rinder', value: 3, unit: 'Rind' }], ents: [['Gramzow', 'LOC']] },
  ]),
];

describe('an animal disease outbreak told by two outlets', () => {
  it('animals killed and culled are one count; the two outlets are compatible', () => {
    const r = compare(swineFever(), outbreakOpts);
    const g = groupOf(r, 'a1_agentur', 'rund 3.000 Schweine');
    expect(g.members.map((m) => m.text)).toEqual(['Rund 3.000 Schweine', 'rund 3.000 Schweine', 'mehr als 2.800 Schweine']);
    expect(g.status).toBe('compatible');
  });

  it('the same non-round count of compounds with one modifier agrees; a round one needs shared words', () => {
    const r = compare(swineFever(), outbreakOpts);
    expect(together(r, ['a1_agentur', '147 Schweinehaltungen'], ['a2_lokal', '147 Schweinebetriebe'])).toBe(true);
    expect(groupOf(r, 'a2_lokal', '147 Schweinebetriebe').status).toBe('agree');
    expect(together(r, ['a1_agentur', '140 Schweinehaltungen'], ['a2_lokal', '140 Schweinebetriebe'])).toBe(false);
  });

  it('costs and payments of the same fund are one amount, and conflict', () => {
    const r = compare(swineFever(), outbreakOpts);
    expect(together(r, ['a1_agentur', 'bis zu 800.000 Euro'], ['a2_lokal', 'rund 1,2 Millionen Euro'])).toBe(true);
    expect(groupOf(r, 'a2_lokal', 'rund 1,2 Millionen Euro').status).toBe('conflict');
  });

  it('dead animals never join dead people', () => {
    const r = compare(swineFever(), outbreakOpts);
    expect(together(r, ['a1_agentur', 'zwei Menschen'], ['a2_lokal', 'drei Rinder'])).toBe(false);
  });
});

describe('two demands inside one article', () => {
  const kidnapping = (contrast: boolean): ArticleResult[] => [
    article('k1', [
      { text: 'Entführter Unternehmer: Ermittler schweigen zu Details', q: [] },
      {
        text: 'Nach Angaben der Polizei verlangen die Entführer ein Lösegeld von 500.000 Euro.',
        q: [{ text: '500.000 Euro', value: 500000, unit: 'Euro' }],
        st: { speaker: 'der Polizei', name: 'Polizei', cue: 'Nach Angaben', kind: 'according_to', content: 'verlangen die Entführer ein Lösegeld von 500.000 Euro' },
      },
      {
        text: contrast
          ? 'Die Gewerkschaft Verdi, die den Fahrer vertritt, spricht dagegen von einer Forderung über 800.000 Euro.'
          : 'Die Gewerkschaft Verdi, die den Fahrer vertritt, spricht von einer Forderung über 800.000 Euro.',
        q: [{ text: 'über 800.000 Euro', value: 800000, unit: 'Euro' }],
      },
      { text: 'Die Familie hat nach eigenen Angaben bereits 600.000 Euro bereitgestellt.', q: [{ text: '600.000 Euro', value: 600000, unit: 'Euro' }] },
    ]),
  ];
  it('set against each other ("spricht dagegen von einer Forderung"), two sources\' demands are one conflict group', () => {
    const r = compare(kidnapping(true), factOpts);
    const g = groupOf(r, 'k1', '500.000 Euro');
    expect(g.members.map((m) => m.text)).toEqual(['500.000 Euro', 'über 800.000 Euro']);
    expect(g.status).toBe('conflict');
  });
  it('without a contrast word, or against a reported figure, demands stay apart', () => {
    const r = compare(kidnapping(false), factOpts);
    expect(together(r, ['k1', '500.000 Euro'], ['k1', 'über 800.000 Euro'])).toBe(false);
    expect(groupOf(r, 'k1', '600.000 Euro').members).toHaveLength(1);
  });
});

describe('a sub-headline repeats a small figure of the body', () => {
  const schools = (subheadline: boolean): ArticleResult[] => [
    article('u1', [
      { text: 'Wasserschaden in Kassel: Unterricht fällt aus', q: [], ents: [['Kassel', 'LOC']] },
      subheadline
        ? { text: 'Drei Schulen im Stadtteil Wehlheiden geschlossen – Eltern suchen Betreuung', q: [{ text: 'Drei Schulen', value: 3, unit: 'Schule' }] }
        : { text: 'Im Stadtteil Wehlheiden gibt es drei Schulen.', q: [{ text: 'drei Schulen', value: 3, unit: 'Schule' }] },
      { text: 'Nach dem Rohrbruch am Wochenende gab die Stadt bekannt, dass der Unterricht bis Freitag ausfällt.', q: [] },
      { text: 'Die Grundschule am Park ist eine von drei Schulen, in denen das Wasser die Keller flutete.', q: [{ text: 'drei Schulen', value: 3, unit: 'Schule' }] },
    ]),
  ];
  it('"Drei Schulen … geschlossen" under the title and "eine von drei Schulen" in the body are one figure', () => {
    const r = compare(schools(true), factOpts);
    expect(together(r, ['u1', 'Drei Schulen'], ['u1', 'drei Schulen'])).toBe(true);
  });
  it('a body sentence with a full stop is no sub-headline: the small number alone links nothing', () => {
    const r = compare(schools(false), factOpts);
    expect(r.groups.filter((g) => g.members.length > 1)).toHaveLength(0);
  });
});
