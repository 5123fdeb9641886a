/**
 * What a figure's sentence says about it (src/compare/facts.ts): the role of a count of people
 * from its predicate, the noun that governs it, its rate, its source, whether it is a demand, and
 * its time marks. Own German examples from many topics; each table has must-not-match rows.
 */
import { describe, expect, it } from 'vitest';
import { CONTRAST, frameClass, frameClasses, frameOf, isEstimate, isTarget, rateKeys, roleOf, sourcePhrase, timeMarks, timesDiffer } from '../../src/compare/facts.js';
import { loadLexicon } from '../../src/lexicon/index.js';

/** Split a sentence at the figure: [before, after]. */
function around(sentence: string, figure: string): [string, string] {
  const i = sentence.indexOf(figure);
  if (i < 0) throw new Error(`"${figure}" not in "${sentence}"`);
  return [sentence.slice(0, i), sentence.slice(i + figure.length)];
}

describe('roleOf: the role a predicate gives a count of people', () => {
  const rows: [string, string, string | null][] = [
    ['Bei dem Brand in der Lackfabrik wurden vier Mitarbeiter leicht verletzt.', 'vier Mitarbeiter', 'verletzte'],
    ['Unfall auf der A7: Drei Insassen verletzt – Autobahn gesperrt', 'Drei Insassen', 'verletzte'],
    ['Bei dem Busunglück in Tirol sind zwölf Urlauber ums Leben gekommen.', 'zwölf Urlauber', 'tote'],
    ['Nach Angaben der Rettungskräfte wurden mindestens 30 Dorfbewohner getötet, darunter Kinder.', 'mindestens 30 Dorfbewohner', 'tote'],
    ['Dabei seien „vier Angreifer ausgeschaltet“ worden.', 'vier Angreifer', 'tote'],
    ['Bei dem Lawinenabgang starben fünf Skitourengeher.', 'fünf Skitourengeher', 'tote'],
    ['Nach dem Erdrutsch gelten 14 Menschen als vermisst.', '14 Menschen', 'vermisste'],
    ['Bei dem Unfall wurden 25 Fahrgäste schwer verletzt.', '25 Fahrgäste', 'schwerverletzte'],
    ['Zwei Feuerwehrleute wurden lebensgefährlich verletzt.', 'Zwei Feuerwehrleute', 'schwerverletzte'],
    ['Drei Arbeiter wurden verletzt, einer von ihnen schwer.', 'Drei Arbeiter', 'verletzte'],
    ['Bei der Massenkarambolage wurden rund 40 Menschen zum Teil schwer verletzt.', 'rund 40 Menschen', 'verletzte'],
    ['Im Festzelt wurden 15 Besucher teils schwer verletzt.', '15 Besucher', 'verletzte'],
    ['Zwölf Reisende wurden teilweise lebensgefährlich verletzt.', 'Zwölf Reisende', 'verletzte'],
    ['Nach der Demonstration wurden 23 Personen festgenommen.', '23 Personen', 'festgenommene'],
    ['Wegen des Hochwassers mussten 800 Anwohner evakuiert werden.', '800 Anwohner', 'evakuierte'],
    ['Drei Besatzungsmitglieder wurden am Sonntag bei dem Zusammenstoß verletzt.', 'Drei Besatzungsmitglieder', 'verletzte'],
    ['Zwei Radfahrer sind bei dem Unfall tödlich verunglückt.', 'Zwei Radfahrer', 'tote'],
    ['Vier Bergsteiger erlitten bei dem Sturz schwere Verletzungen.', 'Vier Bergsteiger', 'schwerverletzte'],
    ['Sieben Fahrgäste mussten ins Krankenhaus gebracht werden.', 'Sieben Fahrgäste', 'verletzte'],
    // animals culled in an outbreak are the dead too
    ['Nach Angaben des Kreises müssen mehr als 2.800 Schweine gekeult werden.', 'mehr als 2.800 Schweine', 'tote'],
    ['Im Stall sind 300 Rinder verendet.', '300 Rinder', 'tote'],
    ['Wegen der Seuche wurden 12.000 Hühner geschlachtet, weitere werden untersucht.', '12.000 Hühner', 'tote'],
    // must not match: the predicate is not about harm, or it belongs to another figure
    ['An Bord befanden sich 24 Seeleute.', '24 Seeleute', null],
    ['Im Sperrbezirk leben 40.000 Schweine, gekeult wurde bisher keines.', '40.000 Schweine', null],
    ['Im Werk arbeiten 450 Beschäftigte, die Produktion ruht.', '450 Beschäftigte', null],
    ['Mindestens 14 Menschen wurden getötet, unter ihnen fünf Kinder.', 'fünf Kinder', null],
    ['Die Feuerwehr war mit 80 Einsatzkräften vor Ort, verletzt wurde niemand.', '80 Einsatzkräften', null],
    ['Mehr als 2.000 Fans feierten die Mannschaft.', 'Mehr als 2.000 Fans', null],
    ['Zwei Notärzte versorgten die Verletzten am Unfallort.', 'Zwei Notärzte', null],
    ['Zehn Taucher suchten nach den Vermissten.', 'Zehn Taucher', null],
    ['Drei Sanitäter brachten zwei Verletzte ins Krankenhaus.', 'Drei Sanitäter', null],
    ['Rund 200 Helfer waren im Einsatz, um die Bewohner in Sicherheit zu bringen.', 'Rund 200 Helfer', null],
  ];
  it.each(rows)('%s → %s: %s', (sentence, figure, role) => {
    const [before, after] = around(sentence, figure);
    expect(roleOf(before, after)).toBe(role);
  });
});

describe('frameOf: the noun that governs a figure through "von"/"um"', () => {
  const rows: [string, string | null][] = [
    ['Bis 2040 drohe ein Verlust von weiteren ', 'verlus'],
    ['Der Experte rechnet mit einem Verlust von ', 'verlus'],
    ['Das Schiff hat eine Tragfähigkeit von rund ', 'tragfa'],
    ['Der Verein zahlt eine Ablöse von mehr als ', 'ablose'],
    ['Die Gewerkschaft verlangt eine Lohnerhöhung um ', 'lohner'],
    ['Der Konzern meldet einen Gewinn in Höhe von ', 'gewinn'],
    ['Die Wahlbeteiligung lag nach Angaben der Landeswahlleiterin bei ', 'wahlbe'],
    ['Die tatsächliche Neuverschuldung liege bei rund ', 'neuver'],
    ['Die Ablöse beträgt nach Informationen der Agentur ', 'ablose'],
    // must not match: no governing noun, or a verb / another phrase stands between
    ['Die Polizei zählte ', null],
    ['Das Wachstum lag ', null],
    ['Der Umsatz lag im dritten Quartal mit ', null],
    ['Der Schaden wurde von Gutachtern geschätzt auf ', null],
    ['Der Sprecher sprach von ', null],
  ];
  it.each(rows)('%s → %s', (before, frame) => {
    expect(frameOf(before)).toBe(frame);
  });
});

describe('rateKeys', () => {
  const rows: [string, string[]][] = [
    ['Täglich erreichen etwa 300 Busse den Grenzübergang', ['r:tag']],
    ['mehr als 250 Busse pro Tag', ['r:tag']],
    ['Nötig seien 1.000 Lastwagen am Tag', ['r:tag']],
    ['Die Klinik behandelt jährlich 40.000 Patienten', ['r:jahr']],
    ['Der Pegel steigt um zehn Zentimeter pro Stunde', ['r:stunde']],
    // must not match
    ['Im Jahr 2023 kamen 40.000 Patienten', []],
    ['Am Tagebau demonstrierten 500 Menschen', []],
  ];
  it.each(rows)('%s → %j', (clause, keys) => {
    expect(rateKeys(clause)).toEqual(keys);
  });
});

describe('sourcePhrase: attribution phrases of a sentence without a statement', () => {
  const rows: [string, string | null][] = [
    ['Nach ukrainischen Angaben wurden bei dem Angriff sieben Menschen getötet.', 'ukrainischen Angaben'],
    ['Nach Informationen unserer Redaktion wurden drei Arbeiter verletzt.', 'Informationen unserer Redaktion'],
    ['Laut Feuerwehr brannte die Halle vollständig aus.', 'Feuerwehr'],
    ['Dem Roten Kreuz zufolge fehlen 200 Betten.', 'Kreuz'],
    ['Die Feuerwehr hatte am Morgen noch von vier Verletzten gesprochen.', 'Die Feuerwehr'],
    ['Die Veranstalter sprachen dagegen von 15.000 Teilnehmern.', 'Die Veranstalter'],
    ['Der kommunale Arbeitgeberverband sprach hingegen von höchstens 7.000 Streikenden.', 'Arbeitgeberverband'],
    ['Die Polizei spricht weiterhin von sechs Toten.', 'Die Polizei'],
    ['Die Gewerkschaft Verdi, die die Beschäftigten vertritt, spricht dagegen von 800 Streikenden.', 'Die Gewerkschaft Verdi'],
    ['Die Bremer Reederei Hansa, die das Schiff betreibt, nennt 19 Besatzungsmitglieder.', 'Bremer Reederei Hansa'],
    // must not match
    ['Der Umsatz stieg um 8 Prozent, der Gewinn sank dagegen um 3 Prozent.', null],
    ['Der Trainer, der die Mannschaft seit Jahren führt, lobte die 20 Spieler.', null],
    ['Die Halle brannte vollständig aus.', null],
    ['Drei Arbeiter wurden verletzt, einer schwer.', null],
  ];
  it.each(rows)('%s → %s', (sentence, phrase) => {
    expect(sourcePhrase(sentence)).toBe(phrase);
  });
});

describe('isEstimate, isTarget, CONTRAST', () => {
  it('estimates of a person', () => {
    expect(isEstimate('Er rechnet mit einem Minus von drei Prozent.')).toBe(true);
    expect(isEstimate('Die Bank erwartet für 2027 ein Wachstum von 1,2 Prozent.')).toBe(true);
    expect(isEstimate('Das Wachstum lag bei 1,2 Prozent.')).toBe(false);
  });
  it('demands and needs are targets, reports are not', () => {
    expect(isTarget('Nötig seien mindestens 1.000 Lastwagen am Tag')).toBe(true);
    expect(isTarget('Die Gewerkschaft fordert acht Prozent mehr Lohn')).toBe(true);
    expect(isTarget('Die Emissionen müssten auf unter zehn Milliarden Tonnen sinken')).toBe(true);
    expect(isTarget('Analysten hatten mit einem Umsatz von 4,5 Milliarden Euro gerechnet')).toBe(true);
    expect(isTarget('Geplant waren 500 neue Wohnungen')).toBe(true);
    expect(isTarget('Die Feuerwehr hatte am Vormittag noch von zwei Leichtverletzten gesprochen')).toBe(false);
    expect(isTarget('Täglich erreichen 600 Lastwagen das Gebiet')).toBe(false);
    expect(isTarget('Die Arbeitgeber bieten fünf Prozent')).toBe(false);
  });
  it('contrast cues set one figure against another', () => {
    expect(CONTRAST.test('Die Polizei sprach hingegen von 800 Teilnehmern.')).toBe(true);
    expect(CONTRAST.test('Die Feuerwehr hatte am Vormittag noch von zwei Verletzten gesprochen.')).toBe(true);
    expect(CONTRAST.test('Die Veranstalter zählten 3.000 Teilnehmer.')).toBe(false);
    expect(CONTRAST.test('Sie hatten noch Glück, sagte der Sprecher.')).toBe(false);
  });
});

describe('timeMarks and timesDiffer', () => {
  it('reads years, months, quarters and past references', () => {
    expect([...timeMarks('Bis 2050 drohe ein Verlust von 45 Prozent')]).toEqual(['2050']);
    expect([...timeMarks('Im ersten Quartal stieg der Umsatz um 4 Prozent')]).toEqual(['q1']);
    expect([...timeMarks('Bei der letzten Landtagswahl lag die Beteiligung bei 58 Prozent')]).toEqual(['prev']);
    expect([...timeMarks('Am Vortag waren 2.000 Menschen auf der Straße')]).toEqual(['prev']);
    expect([...timeMarks('Im laufenden Jahr hatte die Neuverschuldung bei 900 Millionen Euro gelegen')]).toEqual(['prev']);
    expect([...timeMarks('Die Feuerwehr hatte am Morgen noch von vier Verletzten gesprochen')]).toEqual([]);
    expect([...timeMarks('Die Beteiligung lag bei 61 Prozent')]).toEqual([]);
  });
  it('different marks or a past reference on one side only are different times', () => {
    expect(timesDiffer(timeMarks('im ersten Quartal'), timeMarks('im zweiten Quartal'))).toBe(true);
    expect(timesDiffer(timeMarks('bei der letzten Wahl'), timeMarks('diesmal'))).toBe(true);
    expect(timesDiffer(timeMarks('bis 2050'), timeMarks('er rechnet mit'))).toBe(false);
    expect(timesDiffer(timeMarks('im März 2026'), timeMarks('im März'))).toBe(false);
  });
});

describe('frameClass: frames naming one kind of amount', () => {
  it('costs, payments and expenses are money paid out; a loss, a demand or a fee are not', () => {
    const stems = (w: string) => frameOf(`Man rechnet mit ${w} von `);
    const classes = frameClasses(loadLexicon().table('fact-frames'));
    expect(frameClass(stems('Kosten')!, classes)).toBe('fc:outlay');
    expect(frameClass(stems('Zahlungen')!, classes)).toBe('fc:outlay');
    expect(frameClass(stems('Ausgaben')!, classes)).toBe('fc:outlay');
    expect(frameClass(stems('Wahlbeteiligung')!, classes)).toBe('fc:turnout');
    expect(frameClass(stems('Stimmbeteiligung')!, classes)).toBe('fc:turnout');
    expect(frameClass(stems('Verlusten')!, classes)).not.toBe('fc:outlay');
    expect(frameClass(stems('Forderungen')!, classes)).toBeNull();
    expect(frameClass(stems('Ablösesumme')!, classes)).toBeNull();
  });
});
