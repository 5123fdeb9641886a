/**
 * Fact-frame qualifiers (src/compare/frames.ts: qualifiersOf, qualifiersDiffer, updateMarks) and how
 * compare's groups use them (src/compare/groups.ts: placeMatters, framesDiffer, propertyOf): the
 * share of one party is never another's, a poll is never the result, a nationwide total is never one
 * city's figure, two cities' counts stay apart where an article gives both, and one place named at
 * two levels with the same figure stays one fact. Tables of must / must-not examples on elections,
 * demonstrations, storms, accidents, strikes and weather; all people and figures invented.
 */
import { describe, expect, it } from 'vitest';
import { compare, compareOptionsFromLexicon, type CompareOptions } from '../../src/compare/index.js';
import { sentencesOf } from '../../src/compare/context.js';
import { qualifiersDiffer, qualifiersOf, TOTAL, updateMarks, type Qualifiers } from '../../src/compare/frames.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import type { ArticleResult, CompareResult, EntityType, QuantityGroup } from '../../src/types.js';
import { article, type QSpec, type SentenceSpec } from './build.js';

const opts = compareOptionsFromLexicon(loadLexicon());
const fw = opts.factWords!;
/** The same options without fact words: the control that shows a qualifier is what keeps two figures apart. */
const noFrames: CompareOptions = { ...opts, factWords: undefined };

/** An article with a publication time. */
function dated(id: string, published: string | null, sentences: SentenceSpec[]): ArticleResult {
  const a = article(id, sentences);
  if (published) a.published = published;
  return a;
}

/** A number standing without its noun („die SPD kam auf 28,4, …“): the extractor gives it no noun span. */
function bare(a: ArticleResult, ...texts: string[]): ArticleResult {
  for (const q of a.quantities) if (texts.includes(q.text)) delete q.noun;
  return a;
}

/** Qualifiers of the quantity `q` in a one-sentence article; `source` is the attribution span, if any. */
function quals(text: string, q: QSpec, ents: [string, EntityType, string?][] = [], source?: string): Qualifiers {
  const a = article('q', [{ text, q: [q], ents }]);
  const sentence = sentencesOf(a)![0];
  const src = source ? { text: source, start: text.indexOf(source), end: text.indexOf(source) + source.length } : null;
  return qualifiersOf(a, a.quantities[0], sentence, src, fw);
}

const pct = (text: string, value: number): QSpec => ({ text, value, unit: 'Prozent' });
const people = (text: string, value: number, unit = 'Mensch'): QSpec => ({ text, value, unit });

function groupOf(r: CompareResult, articleId: string, text: string): QuantityGroup {
  const g = r.groups.find((x) => x.members.some((m) => m.article === articleId && m.text === text));
  if (!g) throw new Error(`no group for ${articleId}: ${text}\n${show(r)}`);
  return g;
}
const together = (r: CompareResult, a: [string, string], b: [string, string]) => groupOf(r, ...a).id === groupOf(r, ...b).id;
const texts = (g: QuantityGroup) => g.members.map((m) => `${m.article}:${m.text}`);
function show(r: CompareResult): string {
  return r.groups.map((g) => `${g.status} ${texts(g).join(' | ')}`).join('\n');
}

// ---------------------------------------------------------------- qualifiersOf: one sentence at a time

describe('qualifiersOf: party', () => {
  const must: [string, QSpec, string][] = [
    ['Nach dem vorläufigen Ergebnis kam die SPD auf 28,4, die Grünen auf 14,1 Prozent.', pct('28,4', 28.4), 'SPD'],
    ['Nach dem vorläufigen Ergebnis kam die SPD auf 28,4, die Grünen auf 14,1 Prozent.', pct('14,1 Prozent', 14.1), 'Grüne'],
    ['Mit 37,2 Prozent für die CSU endete der Wahlabend in München.', pct('37,2 Prozent', 37.2), 'CSU'],
    ['Die Christdemokraten erreichten in Rheinland-Pfalz 31,0 Prozent.', pct('31,0 Prozent', 31), 'CDU'],
    ['Die Freien Wähler holten im Landkreis 15,8 Prozent der Zweitstimmen.', pct('15,8 Prozent', 15.8), 'Freie Wähler'],
    ['Die Alternative für Deutschland kam im Wahlkreis auf 19,2 Prozent.', pct('19,2 Prozent', 19.2), 'AfD'],
    ['Die SPD kam auf 28,4 Prozent, 14,1 Prozent entfielen auf die Grünen.', pct('14,1 Prozent', 14.1), 'Grüne'],
    ['Die Linke zog mit 5 Sitzen in den Stadtrat von Jena ein.', { text: '5 Sitzen', value: 5, unit: 'Sitz' }, 'Linke'],
  ];
  it.each(must)('%s → %s is %s', (text, q, party) => {
    expect(quals(text, q).party).toBe(party);
  });

  const mustNot: [string, QSpec][] = [
    // „Europäische Union“ is no party.
    ['Die Europäische Union stellt für den Wiederaufbau 2,5 Milliarden Euro bereit.', { text: '2,5 Milliarden Euro', value: 2.5e9, unit: 'Euro' }],
    // Another number stands between the party and the figure, and none follows in the clause.
    ['Die CDU verlor 3,1 Punkte, insgesamt gaben 61 Prozent der Wahlberechtigten ihre Stimme ab.', pct('61 Prozent', 61)],
    // A party in the next clause is not the figure's.
    ['Die Wahlbeteiligung stieg auf 68 Prozent, die CSU feierte bis in die Nacht.', pct('68 Prozent', 68)],
    // No party word at all.
    ['Die Wahlbeteiligung lag bei 61,3 Prozent.', pct('61,3 Prozent', 61.3)],
  ];
  it.each(mustNot)('%s → %s has no party', (text, q) => {
    expect(quals(text, q).party).toBeUndefined();
  });

  it('a party inside the figure’s source is not its party', () => {
    const q = quals('Ein Sprecher der SPD sagte, 1.200 Mitglieder seien ausgetreten.', people('1.200 Mitglieder', 1200, 'Mitglied'), [], 'Ein Sprecher der SPD');
    expect(q.party).toBeUndefined();
  });
});

describe('qualifiersOf: place and scope', () => {
  const must: [string, QSpec, [string, EntityType, string?][], string][] = [
    ['In Kiel demonstrierten am Samstag gut 12.000 Menschen.', people('gut 12.000 Menschen', 12000), [['Kiel', 'LOC']], 'Kiel'],
    ['Im oberbayerischen Bad Aibling starben elf Menschen.', people('elf Menschen', 11), [['Bad Aibling', 'LOC']], 'Bad Aibling'],
    ['Bei Münchberg wurden 14 Menschen verletzt.', people('14 Menschen', 14), [['Münchberg', 'LOC']], 'Münchberg'],
    ['Beim Brand nahe Gütersloh waren 140 Einsatzkräfte im Einsatz.', people('140 Einsatzkräfte', 140, 'Einsatzkraft'), [['Gütersloh', 'LOC']], 'Gütersloh'],
    ['Rund um Hamburg fielen 38 Liter Regen pro Quadratmeter.', { text: '38 Liter', value: 38, unit: 'Liter' }, [['Hamburg', 'LOC']], 'Hamburg'],
    ['Bundesweit gingen am Samstag 250.000 Menschen auf die Straße.', people('250.000 Menschen', 250000), [], TOTAL],
    ['Landesweit legten 9.000 Beschäftigte die Arbeit nieder.', people('9.000 Beschäftigte', 9000, 'Beschäftigte'), [], TOTAL],
    ['In Deutschland wurden am Wochenende 320.000 Teilnehmer gezählt.', people('320.000 Teilnehmer', 320000, 'Teilnehmer'), [['Deutschland', 'LOC']], TOTAL],
    ['Das Unternehmen streicht weltweit 4.000 Stellen.', { text: '4.000 Stellen', value: 4000, unit: 'Stelle' }, [], TOTAL],
  ];
  it.each(must)('%s → %s is about %s', (text, q, ents, place) => {
    expect(quals(text, q, ents).place).toBe(place);
  });

  const mustNot: [string, QSpec, [string, EntityType, string?][], string?][] = [
    // A country as an actor, not a place.
    ['Nordkorea hat 10.000 Soldaten nach Russland entsandt.', { text: '10.000 Soldaten', value: 10000, unit: 'Soldat' }, [['Nordkorea', 'LOC']]],
    // A place in the next clause.
    ['12.000 Menschen demonstrierten am Samstag, in Hamburg blieb es ruhig.', people('12.000 Menschen', 12000), [['Hamburg', 'LOC']]],
    // Another number stands between the place and the figure.
    ['In Kiel waren es 3.000, insgesamt kamen 12.000 Menschen.', people('12.000 Menschen', 12000), [['Kiel', 'LOC']]],
    // The place belongs to the source („ein Sprecher der Polizei in Rostock“).
    ['Ein Sprecher der Polizei in Rostock sagte, 5.000 Menschen seien gekommen.', people('5.000 Menschen', 5000), [['Rostock', 'LOC']], 'Ein Sprecher der Polizei in Rostock'],
    // A place written without a locative preposition („Leipziger“ as a modifier of the subject).
    ['Leipzig meldet 900 Einsätze der Feuerwehr.', { text: '900 Einsätze', value: 900, unit: 'Einsatz' }, [['Leipzig', 'LOC']]],
  ];
  it.each(mustNot)('%s → %s has no place', (text, q, ents, source) => {
    expect(quals(text, q, ents, source).place).toBeUndefined();
  });
});

describe('qualifiersOf: expected figures', () => {
  const n = (text: string, value: number, unit: string): QSpec => ({ text, value, unit });
  const must: [string, QSpec][] = [
    ['Zu dem Konzert erwartet der Veranstalter 20.000 Besucher.', n('20.000 Besucher', 20000, 'Besucher')],
    ['Die Polizei hatte im Vorfeld etwa 5000 Teilnehmer erwartet.', n('etwa 5000 Teilnehmer', 5000, 'Teilnehmer')],
    ['Angemeldet waren 3.000 Teilnehmer.', n('3.000 Teilnehmer', 3000, 'Teilnehmer')],
    ['Zum Marathon werden 12.000 Läufer erwartet.', n('12.000 Läufer', 12000, 'Läufer')],
  ];
  it.each(must)('%s → %s is expected, not counted', (text, q) => {
    expect(quals(text, q).kind).toBe('expected');
  });
  const mustNot: [string, QSpec][] = [
    ['Statt der erwarteten Menge kamen 40.000 Menschen, teilte die Polizei mit.', n('40.000 Menschen', 40000, 'Mensch')],
    ['Wie erwartet, kamen 9.000 Besucher.', n('9.000 Besucher', 9000, 'Besucher')],
    ['Zur Kundgebung kamen 7.000 Menschen.', n('7.000 Menschen', 7000, 'Mensch')],
    ['Insgesamt waren 90.000 Teilnehmer in fünf Städten erwartet worden.', n('fünf Städten', 5, 'Stadt')],
  ];
  it.each(mustNot)('%s → %s is a count', (text, q) => {
    expect(quals(text, q).kind).toBeUndefined();
  });
});

describe('qualifiersOf: poll', () => {
  const must: [string, QSpec][] = [
    ['Laut einer Umfrage des Instituts Demoskopia kommt die CDU auf 31 Prozent.', pct('31 Prozent', 31)],
    ['Im aktuellen Deutschlandtrend liegt die SPD bei 16 Prozent.', pct('16 Prozent', 16)],
    ['In der Sonntagsfrage verliert die FDP und kommt auf 4 Prozent.', pct('4 Prozent', 4)],
    ['Von den Befragten gaben 62 Prozent an, mit der Regierung unzufrieden zu sein.', pct('62 Prozent', 62)],
    ['In der jüngsten INSA-Umfrage erreichen die Grünen 13 Prozent.', pct('13 Prozent', 13)],
  ];
  it.each(must)('%s → %s is a poll', (text, q) => {
    expect(quals(text, q).kind).toBe('poll');
  });

  const mustNot: [string, QSpec][] = [
    ['Die CDU kam bei der Landtagswahl auf 29,6 Prozent.', pct('29,6 Prozent', 29.6)],
    ['Die Wahlbeteiligung lag nach Angaben der Landeswahlleiterin bei 61 Prozent.', pct('61 Prozent', 61)],
  ];
  it.each(mustNot)('%s → %s is no poll', (text, q) => {
    expect(quals(text, q).kind).toBeUndefined();
  });

  // Weak spot: a result sentence that mentions polls as a contrast is read as a poll, so the result
  // never meets the other outlets' result figures.
  it.fails('a result set against the polls („anders als in Umfragen“) is still the result', () => {
    expect(quals('Anders als in Umfragen erwartet kam die SPD auf 25,7 Prozent.', pct('25,7 Prozent', 25.7)).kind).toBeUndefined();
  });

  // Weak spot: poll words are matched as whole words only, so compounds are missed.
  it.fails('„Umfragewerte“ make a poll too', () => {
    expect(quals('Die Umfragewerte der SPD liegen derzeit bei 16 Prozent.', pct('16 Prozent', 16)).kind).toBe('poll');
  });
});

describe('qualifiersDiffer', () => {
  const differ: [string, Qualifiers, Qualifiers, boolean][] = [
    ['two parties', { party: 'SPD' }, { party: 'Grüne' }, false],
    ['a poll and an outcome', { kind: 'poll' }, {}, false],
    ['a total and a place', { place: TOTAL }, { place: 'Kassel' }, false],
    ['two places where places matter', { place: 'Berlin' }, { place: 'Hamburg' }, true],
    ['a poll and an outcome of one party', { party: 'CDU', kind: 'poll' }, { party: 'CDU' }, false],
  ];
  it.each(differ)('%s differ', (_, a, b, placesMatter) => {
    expect(qualifiersDiffer(a, b, placesMatter)).toBe(true);
    expect(qualifiersDiffer(b, a, placesMatter)).toBe(true);
  });

  const same: [string, Qualifiers, Qualifiers, boolean][] = [
    ['one party', { party: 'SPD' }, { party: 'SPD' }, true],
    ['a party and no party', { party: 'SPD' }, {}, true],
    ['two places where places do not matter', { place: 'Bad Aibling' }, { place: 'Rosenheim' }, false],
    ['a place and no place', { place: 'Kiel' }, {}, true],
    ['two totals', { place: TOTAL }, { place: TOTAL }, true],
    ['two polls', { kind: 'poll', party: 'FDP' }, { kind: 'poll', party: 'FDP' }, false],
    ['nothing', {}, {}, true],
  ];
  it.each(same)('%s do not differ', (_, a, b, placesMatter) => {
    expect(qualifiersDiffer(a, b, placesMatter)).toBe(false);
    expect(qualifiersDiffer(b, a, placesMatter)).toBe(false);
  });
});

describe('updateMarks', () => {
  const table: [string, string[]][] = [
    ['Die Zahl der Toten stieg am Abend auf fünf.', ['up']],
    ['Die Zahl der Verletzten ist auf zwölf gestiegen.', ['up']],
    ['Inzwischen spricht die Polizei von sieben Verletzten.', ['later']],
    ['Mittlerweile werden noch zwei Wanderer vermisst.', ['later']],
    ['Zunächst war von drei Verletzten die Rede.', ['earlier']],
    ['Ursprünglich hatte die Feuerwehr 40 Einsätze gemeldet.', ['earlier']],
    ['Die Zahl der Vermissten sank auf zwei.', ['down']],
    ['Zunächst hieß es zwei, inzwischen sind es fünf Tote.', ['earlier', 'later']],
    ['Die Polizei korrigierte die Zahl der Teilnehmer.', ['later']],
    ['Am Samstag demonstrierten 8.000 Menschen in Kassel.', []],
    ['Die Temperaturen erreichten 38,4 Grad.', []],
  ];
  it.each(table)('%s → %j', (sentence, marks) => {
    expect(updateMarks(sentence, fw)).toEqual(marks);
  });
  it('no fact words, no marks', () => {
    expect(updateMarks('Die Zahl der Toten stieg auf fünf.', undefined)).toEqual([]);
  });
  // Was a weak spot (fixed): „stieg“ counts only with „auf“/„um“ near it, not for climbing out of a car.
  it('„stieg … aus“ (climbed out) is no update', () => {
    expect(updateMarks('Der Fahrer stieg unverletzt aus dem Wagen.', fw)).toEqual([]);
  });
});

// ---------------------------------------------------------------- compare: groups that keep facts apart

/** A state election in Niedersachsen told by two outlets (invented results). */
const election = (): ArticleResult[] => [
  bare(
    dated('nw1_ndr', '2027-10-10T23:10:00+02:00', [
      { text: 'Landtagswahl in Niedersachsen: SPD gewinnt deutlich', ents: [['Niedersachsen', 'LOC']] },
      { text: 'Nach dem vorläufigen Ergebnis kam die SPD auf 28,4, die Grünen auf 14,1 Prozent.', q: [pct('28,4', 28.4), pct('14,1 Prozent', 14.1)] },
      { text: 'Die CDU erreichte 24,9 Prozent, die AfD kam auf 11,3 Prozent.', q: [pct('24,9 Prozent', 24.9), pct('11,3 Prozent', 11.3)] },
      { text: 'Die Wahlbeteiligung lag bei 60,3 Prozent.', q: [pct('60,3 Prozent', 60.3)] },
    ]),
    '28,4',
  ),
  dated('nw2_haz', '2027-10-11T06:30:00+02:00', [
    { text: 'Niedersachsen hat gewählt: SPD vorn, Grüne legen zu', ents: [['Niedersachsen', 'LOC']] },
    { text: 'Die SPD holte bei der Landtagswahl 28,4 Prozent der Stimmen, die Grünen kamen auf 14,5 Prozent.', q: [pct('28,4 Prozent', 28.4), pct('14,5 Prozent', 14.5)] },
    { text: 'Die CDU landete bei 24,9 Prozent, die AfD bei 11,3 Prozent.', q: [pct('24,9 Prozent', 24.9), pct('11,3 Prozent', 11.3)] },
    { text: 'Die Wahlbeteiligung lag nach Angaben der Landeswahlleiterin bei 60,3 Prozent.', q: [pct('60,3 Prozent', 60.3)] },
  ]),
];

/** A pre-election poll in the same story. */
const poll = (share: number): ArticleResult =>
  dated('nw0_nwz', '2027-10-07T12:00:00+02:00', [
    { text: 'Vor der Landtagswahl in Niedersachsen: SPD knapp vorn', ents: [['Niedersachsen', 'LOC']] },
    {
      text: `Laut einer Umfrage des Instituts Demoskopia kommt die SPD in Niedersachsen auf ${String(share).replace('.', ',')} Prozent.`,
      q: [pct(`${String(share).replace('.', ',')} Prozent`, share)],
      ents: [['Demoskopia', 'ORG'], ['Niedersachsen', 'LOC']],
    },
    { text: 'Die Grünen kämen demnach auf 14,1 Prozent, die CDU auf 26 Prozent.', q: [pct('14,1 Prozent', 14.1), pct('26 Prozent', 26)] },
  ]);

describe('compare: party shares never merge across parties', () => {
  const r = compare(election(), opts);

  it('each party’s share is its own group, agreeing or conflicting correctly', () => {
    const spd = groupOf(r, 'nw1_ndr', '28,4');
    expect(texts(spd)).toEqual(['nw1_ndr:28,4', 'nw2_haz:28,4 Prozent']);
    expect(spd.status).toBe('agree');
    const gruene = groupOf(r, 'nw1_ndr', '14,1 Prozent');
    expect(texts(gruene)).toEqual(['nw1_ndr:14,1 Prozent', 'nw2_haz:14,5 Prozent']);
    expect(gruene.status).toBe('conflict');
    expect(groupOf(r, 'nw1_ndr', '24,9 Prozent').members.map((m) => m.article)).toEqual(['nw1_ndr', 'nw2_haz']);
    expect(groupOf(r, 'nw1_ndr', '11,3 Prozent').members.map((m) => m.article)).toEqual(['nw1_ndr', 'nw2_haz']);
    expect(texts(groupOf(r, 'nw1_ndr', '60,3 Prozent'))).toEqual(['nw1_ndr:60,3 Prozent', 'nw2_haz:60,3 Prozent']);
  });

  it('no group holds two parties’ shares', () => {
    const partyOf: Record<string, string> = {
      'nw1_ndr:28,4': 'SPD', 'nw2_haz:28,4 Prozent': 'SPD',
      'nw1_ndr:14,1 Prozent': 'Grüne', 'nw2_haz:14,5 Prozent': 'Grüne',
      'nw1_ndr:24,9 Prozent': 'CDU', 'nw2_haz:24,9 Prozent': 'CDU',
      'nw1_ndr:11,3 Prozent': 'AfD', 'nw2_haz:11,3 Prozent': 'AfD',
    };
    for (const g of r.groups) expect(new Set(texts(g).map((t) => partyOf[t]).filter(Boolean)).size, show(r)).toBeLessThanOrEqual(1);
  });

  it('the party shares of one outlet never join each other through the other outlet', () => {
    expect(together(r, ['nw1_ndr', '14,1 Prozent'], ['nw2_haz', '11,3 Prozent'])).toBe(false);
    expect(together(r, ['nw1_ndr', '24,9 Prozent'], ['nw2_haz', '28,4 Prozent'])).toBe(false);
    expect(together(r, ['nw1_ndr', '60,3 Prozent'], ['nw2_haz', '28,4 Prozent'])).toBe(false);
  });
});

describe('compare: seats by party', () => {
  it('seat counts of two parties never merge; each party’s count agrees or conflicts', () => {
    const arts = [
      bare(
        dated('sz1_lvz', '2029-09-02T23:00:00+02:00', [
          { text: 'Landtagswahl in Sachsen: Sitzverteilung steht', ents: [['Sachsen', 'LOC']] },
          { text: 'Im neuen Landtag erhält die CDU 41 Sitze, die AfD 40.', q: [{ text: '41 Sitze', value: 41, unit: 'Sitz' }, { text: '40', value: 40, unit: 'Sitz' }] },
        ]),
        '40',
      ),
      dated('sz2_mdr', '2029-09-03T07:00:00+02:00', [
        { text: 'Sachsen: CDU knapp vor AfD', ents: [['Sachsen', 'LOC']] },
        { text: 'Die CDU kommt im neuen Landtag auf 41 Sitze.', q: [{ text: '41 Sitze', value: 41, unit: 'Sitz' }] },
        { text: 'Die AfD stellt im neuen Landtag 39 Sitze.', q: [{ text: '39 Sitze', value: 39, unit: 'Sitz' }] },
      ]),
    ];
    const r = compare(arts, opts);
    expect(texts(groupOf(r, 'sz1_lvz', '41 Sitze'))).toEqual(['sz1_lvz:41 Sitze', 'sz2_mdr:41 Sitze']);
    expect(texts(groupOf(r, 'sz1_lvz', '40'))).toEqual(['sz1_lvz:40', 'sz2_mdr:39 Sitze']);
    expect(groupOf(r, 'sz1_lvz', '40').status).toBe('conflict');
  });
});

describe('compare: a poll never joins the result', () => {
  it('a poll with another share stays apart from the result', () => {
    const r = compare([...election(), poll(30)], opts);
    expect(groupOf(r, 'nw0_nwz', '30 Prozent').members.map((m) => m.article)).toEqual(['nw0_nwz']);
    expect(together(r, ['nw1_ndr', '28,4'], ['nw2_haz', '28,4 Prozent'])).toBe(true);
  });

  it('a poll with the very same share as the result stays apart, though equal figures link easily', () => {
    const r = compare([...election(), poll(28.4)], opts);
    expect(together(r, ['nw0_nwz', '28,4 Prozent'], ['nw2_haz', '28,4 Prozent'])).toBe(false);
    expect(together(r, ['nw1_ndr', '28,4'], ['nw2_haz', '28,4 Prozent'])).toBe(true);
  });

  it('control: without fact words the poll’s 28,4 would agree with the result', () => {
    const r = compare([...election(), poll(28.4)], noFrames);
    expect(together(r, ['nw0_nwz', '28,4 Prozent'], ['nw2_haz', '28,4 Prozent'])).toBe(true);
  });

  // Weak spot: the poll mark is per sentence; the next sentence of the poll report („Die Grünen
  // kämen demnach auf 14,1 Prozent, die CDU auf 26 Prozent“) has no poll word, and its figures join
  // the results (the CDU's 26 even makes the result group a conflict).
  it.fails('the sentence after a poll („kämen demnach“) is no outcome either', () => {
    const r = compare([...election(), poll(30)], opts);
    expect(together(r, ['nw0_nwz', '14,1 Prozent'], ['nw1_ndr', '14,1 Prozent'])).toBe(false);
  });
  it.fails('… so the CDU result of both outlets agrees, without the poll’s 26', () => {
    const r = compare([...election(), poll(30)], opts);
    expect(groupOf(r, 'nw1_ndr', '24,9 Prozent').status).toBe('agree');
  });
});

describe('compare: a nationwide total never joins one city’s figure', () => {
  const kassel = () =>
    dated('kt1_hna', '2025-11-08T17:00:00+01:00', [
      { text: 'Protest gegen Klinikschließungen in Kassel', ents: [['Kassel', 'LOC']] },
      {
        text: 'In Kassel demonstrierten am Samstag 12.000 Menschen gegen die Schließung von Kliniken.',
        q: [people('12.000 Menschen', 12000)],
        ents: [['Kassel', 'LOC']],
      },
    ]);
  const nation = () =>
    dated('kt2_dpa', '2025-11-08T19:30:00+01:00', [
      { text: 'Proteste gegen Klinikschließungen, größte Kundgebung in Kassel', ents: [['Kassel', 'LOC']] },
      {
        text: 'Bundesweit demonstrierten am Samstag 15.000 Menschen gegen die Schließung von Kliniken.',
        q: [people('15.000 Menschen', 15000)],
      },
    ]);

  it('„bundesweit 15.000“ and „in Kassel 12.000“ are two facts', () => {
    const r = compare([kassel(), nation()], opts);
    expect(together(r, ['kt1_hna', '12.000 Menschen'], ['kt2_dpa', '15.000 Menschen'])).toBe(false);
  });

  it('control: without fact words the two would be one conflicting group', () => {
    const r = compare([kassel(), nation()], noFrames);
    expect(together(r, ['kt1_hna', '12.000 Menschen'], ['kt2_dpa', '15.000 Menschen'])).toBe(true);
  });

  it('an article with both the total and the city: another outlet’s city figure joins the city', () => {
    const both = dated('kt5_fr', '2025-11-08T21:00:00+01:00', [
      { text: 'Proteste gegen Klinikschließungen: größte Kundgebung in Kassel', ents: [['Kassel', 'LOC']] },
      { text: 'Bundesweit demonstrierten am Samstag 15.000 Menschen gegen die Schließung von Kliniken.', q: [people('15.000 Menschen', 15000)] },
      { text: 'Allein in Kassel kamen am Samstag 12.000 Menschen gegen die Schließung von Kliniken zusammen.', q: [people('12.000 Menschen', 12000)], ents: [['Kassel', 'LOC']] },
    ]);
    const r = compare([kassel(), nation(), both], opts);
    expect(texts(groupOf(r, 'kt1_hna', '12.000 Menschen'))).toEqual(['kt1_hna:12.000 Menschen', 'kt5_fr:12.000 Menschen']);
    expect(texts(groupOf(r, 'kt2_dpa', '15.000 Menschen'))).toEqual(['kt2_dpa:15.000 Menschen', 'kt5_fr:15.000 Menschen']);
  });

  it('„in Deutschland“ is a national total too', () => {
    const r = compare(
      [
        kassel(),
        dated('kt3_zeit', '2025-11-08T20:00:00+01:00', [
          { text: 'Proteste gegen Klinikschließungen in mehreren Städten', ents: [] },
          {
            text: 'In Deutschland demonstrierten am Samstag 15.000 Menschen gegen die Schließung von Kliniken, die größte Kundgebung gab es in Kassel.',
            q: [people('15.000 Menschen', 15000)],
            ents: [['Deutschland', 'LOC'], ['Kassel', 'LOC']],
          },
        ]),
      ],
      opts,
    );
    expect(together(r, ['kt1_hna', '12.000 Menschen'], ['kt3_zeit', '15.000 Menschen'])).toBe(false);
  });

  it('two outlets’ nationwide totals do meet', () => {
    const other = dated('kt4_taz', '2025-11-09T08:00:00+01:00', [
      { text: 'Klinikschließungen: Tausende protestieren', ents: [] },
      { text: 'Bundesweit gingen am Samstag nach Angaben von Verdi 18.000 Menschen gegen die Schließung von Kliniken auf die Straße.', q: [people('18.000 Menschen', 18000)], ents: [['Verdi', 'ORG']] },
    ]);
    const r = compare([kassel(), nation(), other], opts);
    expect(together(r, ['kt2_dpa', '15.000 Menschen'], ['kt4_taz', '18.000 Menschen'])).toBe(true);
    expect(together(r, ['kt1_hna', '12.000 Menschen'], ['kt4_taz', '18.000 Menschen'])).toBe(false);
  });
});

describe('compare: places separate figures only where they matter', () => {
  /** Rent protests in two cities, both in each article. */
  const rent = (): ArticleResult[] => [
    dated('mp1_tsp', '2026-04-18T18:00:00+02:00', [
      { text: 'Mietenprotest in Berlin und Hamburg', ents: [['Berlin', 'LOC'], ['Hamburg', 'LOC']] },
      { text: 'In Berlin demonstrierten am Samstag 40.000 Menschen gegen steigende Mieten.', q: [people('40.000 Menschen', 40000)], ents: [['Berlin', 'LOC']] },
      { text: 'In Hamburg zogen am Samstag 30.000 Menschen gegen steigende Mieten durch die Innenstadt.', q: [people('30.000 Menschen', 30000)], ents: [['Hamburg', 'LOC']] },
    ]),
    dated('mp2_mopo', '2026-04-18T20:00:00+02:00', [
      { text: 'Tausende gegen steigende Mieten in Hamburg und Berlin', ents: [['Hamburg', 'LOC'], ['Berlin', 'LOC']] },
      { text: 'In Hamburg protestierten am Samstag 25.000 Menschen gegen steigende Mieten.', q: [people('25.000 Menschen', 25000)], ents: [['Hamburg', 'LOC']] },
      { text: 'In Berlin gingen am Samstag 40.000 Menschen gegen steigende Mieten auf die Straße.', q: [people('40.000 Menschen', 40000)], ents: [['Berlin', 'LOC']] },
    ]),
  ];

  it('two cities’ participant counts stay apart when one article gives both', () => {
    const r = compare(rent(), opts);
    const berlin = groupOf(r, 'mp1_tsp', '40.000 Menschen');
    expect(texts(berlin)).toEqual(['mp1_tsp:40.000 Menschen', 'mp2_mopo:40.000 Menschen']);
    expect(berlin.status).toBe('agree');
    const hamburg = groupOf(r, 'mp1_tsp', '30.000 Menschen');
    expect(texts(hamburg)).toEqual(['mp1_tsp:30.000 Menschen', 'mp2_mopo:25.000 Menschen']);
    expect(hamburg.status).toBe('conflict');
  });

  it('a third outlet with only one city joins that city', () => {
    const third = dated('mp3_ndr', '2026-04-19T09:00:00+02:00', [
      { text: 'Mietenprotest in Hamburg', ents: [['Hamburg', 'LOC']] },
      { text: 'In Hamburg demonstrierten am Samstag nach Polizeiangaben 28.000 Menschen gegen steigende Mieten.', q: [people('28.000 Menschen', 28000)], ents: [['Hamburg', 'LOC']] },
    ]);
    const r = compare([...rent(), third], opts);
    expect(together(r, ['mp3_ndr', '28.000 Menschen'], ['mp1_tsp', '30.000 Menschen'])).toBe(true);
    expect(together(r, ['mp3_ndr', '28.000 Menschen'], ['mp1_tsp', '40.000 Menschen'])).toBe(false);
  });

  /** A storm: one district, one town in it; the injured named at two levels. */
  const storm = (districtFigure: number): ArticleResult[] => [
    dated('st1_ksta', '2025-06-05T21:00:00+02:00', [
      { text: 'Sturm im Oberbergischen: Verletzte in Hückeswagen', ents: [['Hückeswagen', 'LOC']] },
      { text: 'Bei dem Sturm wurden in Hückeswagen am Donnerstag sechs Menschen verletzt.', q: [people('sechs Menschen', 6)], ents: [['Hückeswagen', 'LOC']] },
    ]),
    dated('st2_rga', '2025-06-05T22:30:00+02:00', [
      { text: 'Sturmschäden im Oberbergischen Kreis', ents: [['Oberbergischer Kreis', 'LOC', 'Oberbergischen Kreis']] },
      {
        text: `Im Oberbergischen Kreis wurden bei dem Sturm am Donnerstag ${districtFigure === 6 ? 'sechs' : 'neun'} Menschen verletzt, teilte die Kreisverwaltung mit.`,
        q: [people(`${districtFigure === 6 ? 'sechs' : 'neun'} Menschen`, districtFigure)],
        ents: [['Oberbergischer Kreis', 'LOC', 'Oberbergischen Kreis']],
      },
      { text: 'In Hückeswagen wurden sechs Menschen verletzt, umgestürzte Bäume blockierten die Bundesstraße.', q: [people('sechs Menschen', 6)], ents: [['Hückeswagen', 'LOC']] },
    ]),
  ];

  it('one event’s place named at two levels with the same figure stays one group', () => {
    const r = compare(storm(6), opts);
    const g = groupOf(r, 'st1_ksta', 'sechs Menschen');
    expect(g.members.map((m) => m.article)).toEqual(['st1_ksta', 'st2_rga', 'st2_rga']);
    expect(g.status).toBe('agree');
  });

  it('the district’s own total stays apart where one article gives two places two figures', () => {
    const r = compare(storm(9), opts);
    expect(together(r, ['st1_ksta', 'sechs Menschen'], ['st2_rga', 'sechs Menschen'])).toBe(true);
    expect(together(r, ['st1_ksta', 'sechs Menschen'], ['st2_rga', 'neun Menschen'])).toBe(false);
  });

  it('a town and its district across two outlets (no article with both) are one group', () => {
    const r = compare(
      [
        storm(6)[0],
        dated('st3_wdr', '2025-06-05T23:00:00+02:00', [
          { text: 'Sturm: Verletzte im Oberbergischen Kreis', ents: [['Oberbergischer Kreis', 'LOC', 'Oberbergischen Kreis']] },
          { text: 'Im Oberbergischen Kreis wurden bei dem Sturm am Donnerstag sieben Menschen verletzt.', q: [people('sieben Menschen', 7)], ents: [['Oberbergischer Kreis', 'LOC', 'Oberbergischen Kreis']] },
        ]),
      ],
      opts,
    );
    const g = groupOf(r, 'st1_ksta', 'sechs Menschen');
    expect(g.members.map((m) => m.text)).toEqual(['sechs Menschen', 'sieben Menschen']);
    expect(g.status).toBe('conflict');
  });
});

describe('compare: police and organiser counts of one demonstration', () => {
  /** A climate demonstration in Grevenbroich; police and organisers disagree. */
  const demo = (): ArticleResult[] => [
    dated('gv1_ngz', '2026-09-12T17:30:00+02:00', [
      { text: 'Klimaprotest in Grevenbroich', ents: [['Grevenbroich', 'LOC']] },
      {
        text: 'Nach Angaben der Polizei nahmen am Samstag 8.000 Menschen an der Kundgebung gegen den Tagebau in Grevenbroich teil.',
        q: [people('8.000 Menschen', 8000)],
        ents: [['Grevenbroich', 'LOC']],
      },
      { text: 'Die Veranstalter sprachen dagegen von 15.000 Teilnehmern.', q: [people('15.000 Teilnehmern', 15000, 'Teilnehmer')] },
    ]),
    dated('gv2_wdr', '2026-09-12T19:00:00+02:00', [
      { text: 'Tausende demonstrieren gegen den Tagebau', ents: [] },
      {
        text: 'An der Kundgebung gegen den Tagebau in Grevenbroich beteiligten sich laut Polizei 8.000 Menschen.',
        q: [people('8.000 Menschen', 8000)],
        ents: [['Grevenbroich', 'LOC']],
      },
      { text: 'Die Veranstalter nannten 15.000 Teilnehmer.', q: [people('15.000 Teilnehmer', 15000, 'Teilnehmer')] },
    ]),
  ];

  it('are one group with status conflict, both sources named', () => {
    const r = compare(demo(), opts);
    const g = groupOf(r, 'gv1_ngz', '8.000 Menschen');
    expect(texts(g)).toEqual(['gv1_ngz:8.000 Menschen', 'gv1_ngz:15.000 Teilnehmern', 'gv2_wdr:8.000 Menschen', 'gv2_wdr:15.000 Teilnehmer']);
    expect(g.status).toBe('conflict');
  });

  // Was a bug (fixed): two members of one sentence were never one group, so „die Polizei sprach
  // von 8.000 Teilnehmern, die Veranstalter von 15.000“ split police and organisers apart.
  it('police and organisers in one sentence are one group', () => {
    const one = bare(
      dated('gv3_rp', '2026-09-12T20:00:00+02:00', [
        { text: 'Klimaprotest gegen den Tagebau in Grevenbroich', ents: [['Grevenbroich', 'LOC']] },
        {
          text: 'Die Polizei sprach von 8.000 Teilnehmern, die Veranstalter von 15.000.',
          q: [people('8.000 Teilnehmern', 8000, 'Teilnehmer'), people('15.000', 15000, 'Teilnehmer')],
        },
      ]),
      '15.000',
    );
    const r = compare([...demo(), one], opts);
    expect(together(r, ['gv3_rp', '8.000 Teilnehmern'], ['gv3_rp', '15.000'])).toBe(true);
  });

  it('a third outlet’s identical police figure joins the same group', () => {
    const third = dated('gv4_taz', '2026-09-13T09:00:00+02:00', [
      { text: 'Nach der Kundgebung: Bilanz in Grevenbroich', ents: [['Grevenbroich', 'LOC']] },
      {
        text: 'Die Kundgebung des Bündnisses Tagebau stoppen blieb nach Polizeiangaben friedlich, gezählt wurden 8.000 Menschen.',
        q: [people('8.000 Menschen', 8000)],
        ents: [['Tagebau stoppen', 'ORG']],
      },
    ]);
    const r = compare([...demo(), third], opts);
    expect(together(r, ['gv4_taz', '8.000 Menschen'], ['gv2_wdr', '8.000 Menschen'])).toBe(true);
    expect(groupOf(r, 'gv4_taz', '8.000 Menschen').members).toHaveLength(5);
  });

  // Weak spot: an organiser named by an ORG whose name ends in a lower-case word is not read as the
  // figure's source (sourcePhrase wants a capitalised word before „nannte“), so the ORG counts as
  // what the figure is about; police (Grevenbroich) and organisers (Tagebau stoppen) then each name
  // an entity the other lacks and may not disagree inside one article: the 15.000 stays single.
  it.fails('„Das Bündnis Tagebau stoppen nannte 15.000 Teilnehmer“ joins the police count', () => {
    const arts = demo();
    arts[1] = dated('gv2_wdr', '2026-09-12T19:00:00+02:00', [
      { text: 'Tausende demonstrieren gegen den Tagebau', ents: [] },
      { text: 'An der Kundgebung gegen den Tagebau in Grevenbroich beteiligten sich laut Polizei 8.000 Menschen.', q: [people('8.000 Menschen', 8000)], ents: [['Grevenbroich', 'LOC']] },
      { text: 'Das Bündnis Tagebau stoppen nannte 15.000 Teilnehmer.', q: [people('15.000 Teilnehmer', 15000, 'Teilnehmer')], ents: [['Tagebau stoppen', 'ORG']] },
    ]);
    const r = compare(arts, opts);
    expect(together(r, ['gv2_wdr', '15.000 Teilnehmer'], ['gv2_wdr', '8.000 Menschen'])).toBe(true);
  });
});

describe('compare: qualifiers on other topics', () => {
  it('strike: workers nationwide and workers at one plant stay apart', () => {
    const r = compare(
      [
        dated('ws1_br', '2026-02-03T12:00:00+01:00', [
          { text: 'Warnstreik in der Metallindustrie', ents: [] },
          { text: 'Bundesweit legten am Dienstag nach Angaben der IG Metall 9.000 Beschäftigte die Arbeit nieder.', q: [people('9.000 Beschäftigte', 9000, 'Beschäftigte')], ents: [['IG Metall', 'ORG']] },
        ]),
        dated('ws2_np', '2026-02-03T14:00:00+01:00', [
          { text: 'Warnstreik: IG Metall legt Werk in Schweinfurt lahm', ents: [['IG Metall', 'ORG'], ['Schweinfurt', 'LOC']] },
          { text: 'In Schweinfurt legten am Dienstag 7.000 Beschäftigte die Arbeit nieder, teilte die IG Metall mit.', q: [people('7.000 Beschäftigte', 7000, 'Beschäftigte')], ents: [['Schweinfurt', 'LOC'], ['IG Metall', 'ORG']] },
        ]),
      ],
      opts,
    );
    expect(together(r, ['ws1_br', '9.000 Beschäftigte'], ['ws2_np', '7.000 Beschäftigte'])).toBe(false);
  });

  it('weather: a record at one station and a nationwide value of the same day stay apart', () => {
    const r = compare(
      [
        dated('hr1_swr', '2026-07-10T17:00:00+02:00', [
          { text: 'Hitzerekord in Bad Kreuznach', ents: [['Bad Kreuznach', 'LOC']] },
          { text: 'In Bad Kreuznach wurden am Mittwoch 39,1 Grad gemessen, so viel wie nie seit Beginn der Aufzeichnungen.', q: [{ text: '39,1 Grad', value: 39.1, unit: 'Grad' }], ents: [['Bad Kreuznach', 'LOC']] },
        ]),
        dated('hr2_dwd', '2026-07-10T18:00:00+02:00', [
          { text: 'Hitzewelle: Rekord in Bad Kreuznach', ents: [['Bad Kreuznach', 'LOC']] },
          { text: 'Deutschlandweit lag der Höchstwert am Mittwoch bei 38,6 Grad, gemessen wurde er nach ersten Daten in Bad Kreuznach.', q: [{ text: '38,6 Grad', value: 38.6, unit: 'Grad' }], ents: [['Bad Kreuznach', 'LOC']] },
        ]),
      ],
      opts,
    );
    expect(together(r, ['hr1_swr', '39,1 Grad'], ['hr2_dwd', '38,6 Grad'])).toBe(false);
  });

  it('accident: the dead at one crash site and the dead of the whole state stay apart', () => {
    const r = compare(
      [
        dated('ac1_br', '2026-12-22T10:00:00+01:00', [
          { text: 'Glatteis: Unfälle in Bayern', ents: [['Bayern', 'LOC']] },
          { text: 'Landesweit kamen bei Glätteunfällen am Montag fünf Menschen ums Leben.', q: [people('fünf Menschen', 5)] },
        ]),
        dated('ac2_np', '2026-12-22T11:00:00+01:00', [
          { text: 'Glatteis: tödlicher Unfall bei Passau', ents: [['Passau', 'LOC']] },
          { text: 'Bei Passau kamen bei einem Glätteunfall am Montag vier Menschen ums Leben.', q: [people('vier Menschen', 4)], ents: [['Passau', 'LOC']] },
        ]),
      ],
      opts,
    );
    expect(together(r, ['ac1_br', 'fünf Menschen'], ['ac2_np', 'vier Menschen'])).toBe(false);
  });
});


describe('rival counts of two sources in one sentence', () => {
  const opts = compareOptionsFromLexicon(loadLexicon());
  const one = (text: string, q: { text: string; value: number; unit: string }[]) => [article('r1', [{ text, q }])];
  const must: [string, { text: string; value: number; unit: string }[]][] = [
    ['Die Polizei sprach von 8.000 Teilnehmern, die Veranstalter von 20.000.', [{ text: '8.000 Teilnehmern', value: 8000, unit: 'Teilnehmer' }, { text: '20.000', value: 20000, unit: 'Teilnehmer' }]],
    ['Die Feuerwehr meldete 12 Verletzte, die Polizei von 9.', [{ text: '12 Verletzte', value: 12, unit: 'Verletzte' }, { text: '9', value: 9, unit: 'Verletzte' }]],
  ];
  const mustNot: [string, { text: string; value: number; unit: string }[]][] = [
    // One source, two counts: no rivals.
    ['Die Polizei zählte 8.000 Teilnehmer und 300 Ordner.', [{ text: '8.000 Teilnehmer', value: 8000, unit: 'Teilnehmer' }, { text: '300 Ordner', value: 300, unit: 'Ordner' }]],
    // Far apart (more than four times): not one fact.
    ['Die Polizei sprach von 2.000 Teilnehmern, die Veranstalter von 50.000.', [{ text: '2.000 Teilnehmern', value: 2000, unit: 'Teilnehmer' }, { text: '50.000', value: 50000, unit: 'Teilnehmer' }]],
    // Two places, no second source.
    ['In Kiel demonstrierten 3.000 Menschen, in Lübeck 2.000 Menschen.', [{ text: '3.000 Menschen', value: 3000, unit: 'Mensch' }, { text: '2.000 Menschen', value: 2000, unit: 'Mensch' }]],
  ];
  it.each(must)('one group: %s', (text, q) => {
    const r = compare(one(text, q), opts);
    const g = r.groups.find((x) => x.members.some((m) => m.text === q[0].text))!;
    expect(g.members.map((m) => m.text).sort()).toEqual(q.map((x) => x.text).sort());
    expect(g.status).toBe('conflict');
    expect(g.sources.length).toBe(2);
  });
  it.each(mustNot)('apart: %s', (text, q) => {
    const r = compare(one(text, q), opts);
    const g = r.groups.find((x) => x.members.some((m) => m.text === q[0].text))!;
    expect(g.members.length).toBe(1);
  });
});

describe('totals and their parts are different facts', () => {
  const opts = compareOptionsFromLexicon(loadLexicon());
  const q = (text: string, value: number, unit: string) => ({ text, value, unit });
  it('a part reported by one outlet never joins the total given by another', () => {
    const arts = [
      article('p1', [
        { text: 'Der Stahlkonzern will 11.000 Arbeitsplätze streichen.', q: [q('11.000 Arbeitsplätze', 11000, 'Arbeitsplatz')] },
        { text: 'Davon sollen 5.000 Arbeitsplätze abgebaut und 6.000 Arbeitsplätze ausgelagert werden.', q: [q('5.000 Arbeitsplätze', 5000, 'Arbeitsplatz'), q('6.000 Arbeitsplätze', 6000, 'Arbeitsplatz')] },
      ]),
      article('p2', [{ text: 'Der Stahlkonzern streicht 5.000 Arbeitsplätze.', q: [q('5.000 Arbeitsplätze', 5000, 'Arbeitsplatz')] }]),
      article('p3', [{ text: 'Beim Stahlkonzern fallen 11.000 Arbeitsplätze weg.', q: [q('11.000 Arbeitsplätze', 11000, 'Arbeitsplatz')] }]),
    ];
    const r = compare(arts, opts);
    const total = r.groups.find((g) => g.members.some((m) => m.article === 'p3'))!;
    expect(total.members.map((m) => m.value).every((v) => v === 11000)).toBe(true);
    const part = r.groups.find((g) => g.members.some((m) => m.article === 'p2'))!;
    expect(part.members.map((m) => m.value).every((v) => v === 5000)).toBe(true);
  });
  it('without a sum in one article, different counts of one fact still conflict', () => {
    const arts = [
      article('c1', [{ text: 'Bei dem Sturm in der Eifel kamen drei Menschen ums Leben.', q: [q('drei Menschen', 3, 'Mensch')] }, { text: 'Der Sturm in der Eifel richtete Schäden an, zwei Brücken stürzten ein.', q: [q('zwei Brücken', 2, 'Brücke')] }]),
      article('c2', [{ text: 'Beim Sturm in der Eifel starben fünf Menschen.', q: [q('fünf Menschen', 5, 'Mensch')] }]),
    ];
    const r = compare(arts, opts);
    const g = r.groups.find((x) => x.members.some((m) => m.article === 'c2'))!;
    expect(g.members.map((m) => m.value).sort()).toEqual([3, 5]);
    expect(g.status).toBe('conflict');
  });
});
