import rule from '../../../src/rules/entity/org-sports-club.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Jahr 1860 München war die Residenz der Wittelsbacher, sagt der Trainer.', name: 'a year before a town after „Jahr“ is a date' },
    { text: 'In der Liga erzielte der Verein in Berlin 12 Tore.', name: 'a town + a count after a place preposition' },
    { text: 'Die Stadt zählte 1860 München zu den größten Städten.', name: 'a year + town without a sports context' },
    { text: 'Die Fondsgesellschaft meldete, die Union Investment habe Zahlen vorgelegt.', name: 'a club word without a place after it' },
    { text: 'Sie ist seit Jahren Mitglied im FC Vorstand.', name: 'a club abbreviation before a common noun' },
    { text: 'Die Inflation traf Familien in Manchester City und Umgebung.', name: 'a club suffix outside an article about sport' },
    { text: 'Beim Spiel der Liga saß David Villa auf der Tribüne.', name: 'a club suffix after a first name with no preposition before it' },
    { text: 'In der Liga saßen David Villa und Michael Ballack auf der Tribüne.', name: 'a club suffix coordinated with a person' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
    { text: 'Das Bad Wetter ist kein Ort, sagte der FC Vorstand.', name: '„Bad“ without a club abbreviation before it' },
  ],
  invalid: [
    { text: 'Nach dem Erfolg gegen 1860 München verlor die Kogge in der 3. Liga.', expect: [{ name: '1860 München', type: 'ORG' }], exact: true, name: 'a founding year + town in a sports article' },
    { text: 'Der Trainer von Hannover 96 lobte die Abwehr.', expect: [{ name: 'Hannover 96', type: 'ORG' }], exact: true, name: 'a town + a two-digit year in a sports article' },
    { text: 'Leiden müssen auch der FC Erzgebirge Aue und Trainer Jens Härtel.', expect: [{ name: 'FC Erzgebirge Aue', type: 'ORG' }], exact: true, name: 'a town named like a common word (Aue) inside a club name' },
    { text: 'Der FC Bayern München verlor gegen den 1. FC Köln.', expect: [{ name: 'FC Bayern München' }, { name: '1. FC Köln' }] },
    { text: 'Der Abwehrspieler wechselt vom SC Paderborn zum FSV Zwickau.', expect: [{ name: 'SC Paderborn', type: 'ORG' }, { name: 'FSV Zwickau', type: 'ORG' }], name: 'club abbreviation + town' },
    { text: 'Im Pokal trifft Rapid Wien auf Dynamo Dresden, der KAA Gent auf Sturm Graz.', expect: [{ name: 'Rapid Wien' }, { name: 'Dynamo Dresden' }, { name: 'KAA Gent' }, { name: 'Sturm Graz' }], name: 'club word + town' },
    { text: 'Um den Stürmer warben Wycombe Wanderers und der FC Porto.', expect: [{ name: 'Wycombe Wanderers', type: 'ORG' }, { name: 'FC Porto', type: 'ORG' }], exact: true, name: 'a club suffix coordinated with a club' },
    { text: 'Der Trainer holte einen Stürmer von Leeds United, die Ablöse kam von Crystal Palace.', expect: [{ name: 'Leeds United', type: 'ORG' }, { name: 'Crystal Palace', type: 'ORG' }], name: 'club suffix in a sports article' },
    { text: 'Der Aufsteiger SV Elversberg 07 gewann.', expect: [{ name: 'SV Elversberg 07' }], name: 'club with its founding year' },
    { text: 'Die TSG Altenhagen/Heepen deklassierte den Aufsteiger HC Westfalia Herne.', expect: [{ name: 'TSG Altenhagen/Heepen', type: 'ORG' }, { name: 'HC Westfalia Herne', type: 'ORG' }], exact: true, name: 'fresh copy: two places of one club joined by a slash; a handball club abbreviation (HC)' },
    { text: 'Bis 2012 spielte er für den Traditionsverein VfL Bad Schwartau.', expect: [{ name: 'VfL Bad Schwartau', type: 'ORG' }], exact: true, name: 'fresh copy: a spa town („Bad …“) in a club name' },
    { text: 'Trainer des HC Erlangen ist er seit Jahren, der EV Füssen verlor.', expect: [{ name: 'HC Erlangen' }, { name: 'EV Füssen' }], exact: true, name: 'realnews-h: hockey and ice hockey abbreviations' },
  ],
});
