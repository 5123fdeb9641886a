import rule from '../../../src/rules/entity/acronym-definition.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das operative Ergebnis (EBITDA) sank im Quartal auf 80 Millionen Euro.', name: 'a financial metric in brackets is no organisation (realnews-l: EBITDA; finance-metrics list)' },
    { text: 'Der Verlust vor Steuern (EBT) stieg auf zwölf Millionen Euro, teilte die Brauerei mit.', name: 'other topic: a brewery report (EBT)' },
    { text: 'Das Kurs-Gewinn-Verhältnis (KGV) der Aktie liegt bei 14.', name: 'a ratio (KGV)' },
    { text: 'Tel Aviv/Beirut (AFP) – Die Armee griff an.', name: 'a dateline source after places' },
    { text: 'Die Zahl der Toten (23) stieg weiter.' },
    { text: 'Der Streik dauert an. (AFP)', name: 'a source tag after a sentence is no definition' },
    { text: 'Die Ergebnisse (siehe Tabelle) überraschten.' },
    { text: 'Simbach am Inn (BY) – Das Hochwasser stieg weiter.', name: 'a place before a state code in a dateline is no person with a club (the code stays unnamed)' },
  ],
  invalid: [
    { text: 'Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnte vor neuen Angriffen.', expect: [{ name: 'Bundesamt für Sicherheit in der Informationstechnik', type: 'ORG' }], name: 'small words the acronym skips („in der“) stay inside the long form when the initials spell it' },
    { text: 'Die Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA) rät zu Pausen.', expect: [{ name: 'Bundesanstalt für Arbeitsschutz und Arbeitsmedizin', type: 'ORG' }] },
    { text: 'Ministerpräsident Bodo Ramelow (Linke) räumte die Niederlage ein.', expect: [{ name: 'Linke', type: 'ORG' }], exact: true, name: 'a party word after a person' },
    {
      text: 'Südkoreas Nationaler Nachrichtendienst (NIS) informierte die Abgeordneten. Der NIS zufolge reicht die Munition zwei Monate.',
      expect: [{ name: 'Nationaler Nachrichtendienst', type: 'ORG' }],
      exact: true,
    },
    { text: 'Der südkoreanische Geheimdienst (NIS) gab an, Gesichtserkennung eingesetzt zu haben.', expect: [{ name: 'NIS', type: 'ORG' }], exact: true, name: 'a common noun before the acronym' },
    { text: 'Die Europäische Zentralbank (EZB) hob den Leitzins an.', expect: [{ name: 'EZB', type: 'ORG' }], exact: true, name: 'known organisation: the gazetteer canonical name' },
    { text: 'Das Deutsche Institut für Wirtschaftsforschung (DIW) senkte die Prognose. Das DIW erwartet Stagnation.', expect: [{ name: 'Deutsche Institut für Wirtschaftsforschung', type: 'ORG' }], exact: true },
    { text: 'Das Bundesamt für Migration und Flüchtlinge (BAMF) meldete mehr Anträge.', expect: [{ name: 'Bundesamt für Migration und Flüchtlinge', type: 'ORG' }] },
    { text: 'Bundeskanzler Olaf Scholz (SPD) verteidigte den Haushalt.', expect: [{ name: 'SPD', type: 'ORG' }], exact: true, name: 'party after a person: no definition' },
    { text: 'Die Gewerkschaft Deutscher Lokomotivführer (GDL) ruft zum Streik bei der Deutschen Bahn auf.', expect: [{ name: 'Gewerkschaft Deutscher Lokomotivführer', type: 'ORG' }] },
    { text: 'Der Streik der Gewerkschaft Deutscher Lokomotivführer (GDL) dauert an.', expect: [{ name: 'Gewerkschaft Deutscher Lokomotivführer', aliases: undefined }], name: 'the head noun before the long form is dropped' },
    { text: 'Das zeigen Schätzungen des Bundesamts für Sozialversicherungen (BSV).', expect: [{ name: 'Bundesamt für Sozialversicherungen' }], name: 'head noun dropped, genitive head in the nominative' },
    { text: 'Helfer vom Technischen Hilfswerk (THW) und vom Deutschen Wetterdienst (DWD) waren vor Ort.', expect: [{ name: 'Technisches Hilfswerk' }, { name: 'Deutscher Wetterdienst' }], exact: true, name: 'canonical nominative of declined adjectives' },
    { text: 'Der Verkehrsverbund Rhein-Ruhr (VRR) meldete Ausfälle.', expect: [{ name: 'Verkehrsverbund Rhein-Ruhr', type: 'ORG' }], exact: true, name: 'initials spell the acronym; no LOC Rhein' },
    { text: 'Unionsfraktionsvize Jens Ahrend (CDU) und Landrat Peter Gruber (Linke) stimmten zu.', expect: [{ name: 'CDU', type: 'ORG' }, { name: 'Linke', type: 'ORG' }], exact: true, name: 'party affiliation after a person with a compound role is an ORG, no definition („(Freie Wähler)“: gazetteer-place)' },
    { text: 'Nach Schätzungen des Hessischen Landesamts für Naturschutz (HLNUG) sinkt der Grundwasserspiegel.', expect: [{ name: 'Hessisches Landesamt für Naturschutz', type: 'ORG' }], name: 'a plain noun + des before the long form is no part of it' },
    { text: 'Aubert (HSV) ist der gefährlichste Stürmer der Liga.', expect: [{ name: 'HSV', type: 'ORG' }], exact: true, name: 'a player with his club in brackets: one proper word, initial ≠ acronym → the acronym alone (fresh copy: lie-zeit.li 2017, „Aubameyang (BVB)“)' },
    { text: 'Die Abgeordneten haben am Mittwoch Stefan Brenntaler (ÖDP) zum Sprecher gewählt.', expect: [{ name: 'ÖDP', type: 'ORG' }], exact: true, name: 'a weekday before a first name + surname + party: no long form „Mittwoch Stefan Brenntaler“ (realnews-n: oe24 Landtag)' },
    { text: 'Zur Präsidentin gewählt wurde mit 31 Ja-Stimmen Petra Hollweger (SPD).', expect: [{ name: 'SPD', type: 'ORG' }], exact: true, name: 'a noun before a first name + surname + party (other topic: city council vote)' },
    { text: 'Das Bündnis Jana Holtkamp (BJH) trat erstmals an.', expect: [{ name: 'Bündnis Jana Holtkamp', type: 'ORG' }], name: 'a party named after a person whose initials spell the acronym stays a long form (as „Bündnis Sahra Wagenknecht (BSW)“)' },
    { text: 'Im Stadtrat warb Wendtland (ÖDP) für den Antrag.', expect: [{ name: 'ÖDP', type: 'ORG' }], exact: true, name: 'surname with party in brackets, other topic' },
    { text: 'Vantiqo (VTQ) meldete Verluste.', expect: [{ name: 'Vantiqo', type: 'ORG' }], name: 'one proper word whose initial IS the acronym’s stays a long form' },
    { text: 'Laut Daten der Deutschen Eishockey Liga (DEL) kamen mehr Zuschauer.', expect: [{ name: 'Deutsche Eishockey Liga', type: 'ORG' }], name: 'the head is the last noun of the run (Liga, feminine)' },
  ],
});
