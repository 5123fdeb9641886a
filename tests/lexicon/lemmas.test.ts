import { describe, expect, it } from 'vitest';
import { compoundHead, loadLexicon } from '../../src/lexicon/index.js';

const lex = loadLexicon();

describe('nounLemma', () => {
  const table: Array<[string, string | null]> = [
    ['Soldaten', 'Soldat'],
    ['Containern', 'Container'],
    ['Truppen', 'Truppe'],
    ['Monate', 'Monat'],
    ['Jahren', 'Jahr'],
    ['Millionen', 'Million'],
    ['Milliarden', 'Milliarde'],
    ['Kräfte', 'Kraft'],
    ['Angaben', 'Angabe'],
    ['Abgeordneten', 'Abgeordnete'],
    ['Verletzten', 'Verletzte'],
    ['Menschen', 'Mensch'],
    ['Wahlen', 'Wahl'],
    ['Stimmen', 'Stimme'],
    ['Häuser', 'Haus'],
    ['Bäumen', 'Baum'],
    ['Tische', 'Tisch'],
    ['Spielers', 'Spieler'],
    ['Leute', 'Leute'],
    ['Eltern', 'Eltern'],
    ['SOLDATEN', 'Soldat'],
    ['AUSSENMINISTER', 'Außenminister'],
    // genitive -es, strong adjectival nouns, plural-only nouns
    ['Jahres', 'Jahr'],
    ['Krieges', 'Krieg'],
    ['Vertrages', 'Vertrag'],
    ['Lehrers', 'Lehrer'],
    ['Abgeordneter', 'Abgeordnete'],
    ['Freiwilliger', 'Freiwillige'],
    ['Daten', 'Datum'],
    ['Getöteten', 'Getötete'],
    ['Festgenommenen', 'Festgenommene'],
    // missing from the dictionary, known from the lists (roles, unit classes, units)
    ['Verwundeten', 'Verwundete'],
    ['Rekruten', 'Rekrut'],
    ['Reservisten', 'Reservist'],
    ['Yuan', 'Yuan'],
    ['Cent', 'Cent'],
    ['Impfdosen', 'Impfdosis'],
    ['Diplomatin', 'Diplomatin'],
    ['Landrätin', 'Landrätin'],
    ['Ökonominnen', 'Ökonomin'],
    ['Intendantin', 'Intendantin'],
    ['Streikenden', 'Streikende'],
    ['Kosten', 'Kosten'],
    ['Hallen', 'Halle'],
    ['Geheimdienstdaten', 'Geheimdienstdatum'],
    ['UN-Sicherheitsrates', 'UN-Sicherheitsrat'],
    // capitalised non-nouns and places are no compounds
    ['Insgesamt', null],
    ['Zusätzlich', null],
    ['Nordkoreanische', null],
    ['Russland', null],
    ['Ostukraine', null],
    // old spelling (before 1996) in the dictionary: lemmas in the new spelling
    ['Prozesse', 'Prozess'],
    ['Prozeß', 'Prozess'],
    ['Ausschüssen', 'Ausschuss'],
    ['Beschlüsse', 'Beschluss'],
    ['Mißbrauchs', 'Missbrauch'],
    ['Füße', 'Fuß'],
    ['Straßen', 'Straße'],
    ['Massen', 'Masse'],
    // homonyms the dictionary keeps one paradigm of; derivational suffixes before compounds
    ['Banken', 'Bank'],
    ['Bänke', 'Bank'],
    ['Schulden', 'Schulden'],
    ['Impfungen', 'Impfung'],
    ['Impfung', 'Impfung'],
    ['Digitalisierungen', 'Digitalisierung'],
    // unknown compounds: lemmatise the head
    ['Artilleriegranaten', 'Artilleriegranate'],
    ['Spezialkräfte', 'Spezialkraft'],
    ['Artilleriecontainern', 'Artilleriecontainer'],
    ['Hochwasserschäden', 'Hochwasserschaden'],
    ['Bundestagsabgeordneten', 'Bundestagsabgeordnete'],
    ['Streikposten', 'Streikposten'],
    ['Feuerwehrleute', 'Feuerwehrleute'],
    ['Polizeiangaben', 'Polizeiangabe'],
    ['Energiepreisen', 'Energiepreis'],
    ['Pegelstände', 'Pegelstand'],
    ['Pflegeheime', 'Pflegeheim'],
    ['Solarstroms', 'Solarstrom'],
    ['Mindestlohns', 'Mindestlohn'],
    ['Flüchtlingsunterkünfte', 'Flüchtlingsunterkunft'],
    ['Tarifverhandlungen', 'Tarifverhandlung'],
    ['Wärmepumpen', 'Wärmepumpe'],
    ['Lokführerstreiks', 'Lokführerstreik'],
    // hyphenated compounds
    ['Artillerie-Hanteln', 'Artillerie-Hantel'],
    ['Corona-Hilfen', 'Corona-Hilfe'],
    ['EU-Staaten', 'EU-Staat'],
    // missing from the dictionary and no compound: unknown rather than a wrong split (Ver + Sicherer)
    ['Versicherer', null],
    // not nouns
    ['sagte', null],
    ['und', null],
    ['Xq', null],
  ];
  it.each(table)('%s → %s', (form, lemma) => {
    expect(lex.nounLemma(form)).toBe(lemma);
  });

  it('lists every dictionary lemma, preferred first', () => {
    expect(lex.nounLemmas('Toten')[0]).toBe('Tote');
    expect(lex.nounLemmas('Soldaten')).toEqual(['Soldat']);
    expect(lex.nounLemmas('Qwxz')).toEqual([]);
  });
});

describe('compoundHead', () => {
  const table: Array<[string, string | null]> = [
    ['Artilleriecontainer', 'Container'],
    ['Artilleriegranate', 'Granate'],
    ['Artilleriegranaten', 'Granate'],
    ['Spezialkraft', 'Kraft'],
    ['Spezialkräfte', 'Kraft'],
    ['Inflationsrate', 'Rate'],
    ['Bundestagsabgeordnete', 'Abgeordnete'],
    ['Hochwasserschäden', 'Schaden'],
    ['Wahlkampfauftakt', 'Auftakt'],
    ['Pflegeheime', 'Heim'],
    ['Fußballnationalmannschaft', 'Nationalmannschaft'],
    ['Drohnenangriffe', 'Angriff'],
    ['Artillerie-Hanteln', 'Hantel'],
    // no compound
    ['Soldat', null],
    ['Soldaten', null],
    ['Streikende', null],
    ['Container', null],
    ['', null],
  ];
  it.each(table)('%s → %s', (noun, head) => {
    expect(compoundHead(noun)).toBe(head);
    expect(lex.compoundHead(noun)).toBe(head);
  });
});

describe('verbLemma', () => {
  const table: Array<[string, string | null]> = [
    ['sagte', 'sagen'],
    ['teilte', 'teilen'],
    ['fügte', 'fügen'],
    ['bestätigten', 'bestätigen'],
    ['äußerte', 'äußern'],
    ['Sagte', 'sagen'],
    ['erklärte', 'erklären'],
    ['betonte', 'betonen'],
    ['gesagt', 'sagen'],
    ['mitgeteilt', 'mitteilen'],
    ['hinzugefügt', 'hinzufügen'],
    ['angekündigt', 'ankündigen'],
    ['mitteilte', 'mitteilen'],
    ['anzugeben', 'angeben'],
    ['wies', 'weisen'],
    ['sei', 'sein'],
    ['wurden', 'werden'],
    ['hieß', 'heißen'],
    ['forderte', 'fordern'],
    ['streikten', 'streiken'],
    // new spelling of forms the dictionary has in the old one (läßt, muß, wußte, schloß)
    ['lässt', 'lassen'],
    ['läßt', 'lassen'],
    ['muss', 'müssen'],
    ['musste', 'müssen'],
    ['wusste', 'wissen'],
    ['schloss', 'schließen'],
    ['biss', 'beißen'],
    ['missbrauchte', 'missbrauchen'],
    ['stößt', 'stoßen'],
    // a strong verb before the weak verb made from its umlaut
    ['fällt', 'fallen'],
    ['gefällt', 'gefallen'],
    // regular -ieren verbs missing from the dictionary
    ['prognostizierte', 'prognostizieren'],
    ['insistiert', 'insistieren'],
    ['Soldat', null],
    ['Qwxz', null],
  ];
  it.each(table)('%s → %s', (form, lemma) => {
    expect(lex.verbLemma(form)).toBe(lemma);
  });


  it('joins a separable verb from finite part and particle', () => {
    expect(lex.particleVerbLemma('teilte', 'mit')).toBe('mitteilen');
    expect(lex.particleVerbLemma('fügte', 'hinzu')).toBe('hinzufügen');
    expect(lex.particleVerbLemma('wies', 'zurück')).toBe('zurückweisen');
    expect(lex.particleVerbLemma('gab', 'an')).toBe('angeben');
    expect(lex.particleVerbLemma('kündigte', 'an')).toBe('ankündigen');
    expect(lex.particleVerbLemma('räumte', 'ein')).toBe('einräumen');
    expect(lex.particleVerbLemma('fällt', 'aus')).toBe('ausfallen');
    expect(lex.particleVerbLemma('tat', 'kund')).toBeNull();
    expect(loadLexicon({ lists: { 'speech-verbs': ['kundtun'] } }).particleVerbLemma('tat', 'kund')).toBe('kundtun');
    expect(lex.particleVerbLemma('sagte', 'Haus')).toBeNull();
    expect(lex.particleVerbLemma('sagte', 'xyz')).toBeNull();
  });
});

describe('adjectiveLemma', () => {
  const table: Array<[string, string | null]> = [
    ['russischen', 'russisch'],
    ['ukrainischer', 'ukrainisch'],
    ['nordkoreanischen', 'nordkoreanisch'],
    ['südkoreanische', 'südkoreanisch'],
    ['bundesweiten', 'bundesweit'],
    ['Neue', 'neu'],
    ['hohe', 'hoch'],
    ['teuren', 'teuer'],
    ['größer', 'groß'],
    ['kleinste', 'klein'],
    ['ältesten', 'alt'],
    ['besten', 'gut'],
    ['höchsten', 'hoch'],
    ['blasse', 'blass'],
    ['nasses', 'nass'],
    ['bewussten', 'bewusst'],
    ['Soldat', null],
    ['Gewerkschaft', null],
    ['Europameisterschaft', null],
    ['versicherer', null],
  ];
  it.each(table)('%s → %s', (form, lemma) => {
    expect(lex.adjectiveLemma(form)).toBe(lemma);
  });
});

describe('word classes', () => {
  it('knows nouns, verbs and adjectives', () => {
    expect(lex.isNoun('Soldaten')).toBe(true);
    expect(lex.isNoun('soldaten')).toBe(false);
    expect(lex.isVerb('sagte')).toBe(true);
    expect(lex.isVerb('Sagte')).toBe(true);
    expect(lex.isAdjective('großen')).toBe(true);
    expect(lex.isAdjective('Tisch')).toBe(false);
  });

  it('isCommonWord: dictionary words and function words, not names', () => {
    for (const w of ['der', 'Die', 'und', 'Soldaten', 'sagte', 'neuen', 'Regierung', 'Bundestag', 'jedoch', 'Laut'])
      expect(lex.isCommonWord(w), w).toBe(true);
    for (const w of ['Gesichtserkennung', 'Wirtschaftskooperation', 'Koreanischer', 'Dies'])
      expect(lex.isCommonWord(w), w).toBe(true);
    for (const w of ['Qwxz', 'Scholz', 'Baerbock', 'Kretschmann', 'Putin', 'Macron', 'Sophie', 'Ludwig', 'Lorenz', ''])
      expect(lex.isCommonWord(w), w).toBe(false);
  });

  it('isFunctionWord ignores case', () => {
    expect(lex.isFunctionWord('Der')).toBe(true);
    expect(lex.isFunctionWord('laut')).toBe(true);
    expect(lex.isFunctionWord('Soldat')).toBe(false);
  });

  it('memoises the lexicon', () => {
    expect(loadLexicon()).toBe(lex);
    expect(loadLexicon({ lists: { roles: ['Intendant'] } })).toBe(loadLexicon({ lists: { roles: ['Intendant'] } }));
  });
});
