import rule from '../../../src/rules/statement/laut.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Musik war sehr laut.' },
    { text: 'Er rief laut um Hilfe.' },
    { text: '„Laut Statistik sind wir die Besten“, sagte er.', name: 'inside a quote' },
    { text: 'Gemäß Paragraf 5 muss der Vermieter die Kaution verzinsen.', name: '„gemäß“ = in accordance with' },
    { text: 'Die Zahlung erfolgt gemäß dem Vertrag in drei Raten.' },
    { text: 'Der Ausbau wird gemäß den Vorgaben der EU umgesetzt.' },
  ],
  invalid: [
    {
      text: 'Laut Polizei mussten die Kräfte erneut ausrücken: Das Feuer war wieder da.',
      expect: [{ speaker: 'Polizei', kind: 'according_to', content: 'mussten die Kräfte erneut ausrücken: Das Feuer war wieder da' }],
      name: 'an indicative clause after the colon stays part of the content',
    },
    {
      text: 'Laut Polizei mussten die Einsatzkräfte ein zweites Mal ausrücken: Der Dachstuhl habe sich wieder entzündet.',
      expect: [
        { speaker: 'Polizei', kind: 'according_to', content: 'mussten die Einsatzkräfte ein zweites Mal ausrücken' },
        { speaker: 'Polizei', kind: 'indirect', content: 'Der Dachstuhl habe sich wieder entzündet' },
      ],
      name: 'reported speech after a colon that ends the governed clause is a statement of its own (fire, realnews-t)',
    },
    {
      text: 'Der insolvente Regionalligist Vienna hat laut eigenen Angaben Verbindlichkeiten von 1,2 Millionen Euro.',
      expect: [{ speaker: { name: 'Vienna' }, kind: 'according_to' }],
      name: '„laut eigenen Angaben“: the subject of the clause speaks about itself (sport, realnews-w)',
    },
    {
      text: 'Zur Kundgebung kamen gemäß der Schätzung anwesender Reporter rund 300 Menschen.',
      name: 'an estimate is no speaker: the people in its genitive made it',
      expect: [{ speaker: { name: 'Reporter' }, kind: 'according_to', content: 'Zur Kundgebung kamen gemäß der Schätzung anwesender Reporter rund 300 Menschen' }],
    },
    {
      text: 'Laut Polizei kamen rund 4000 Menschen auf den Marktplatz, die Organisatoren sprechen von 9000.',
      name: 'the content ends before a following attribution',
      expect: [{ speaker: { name: 'Polizei' }, cue: 'Laut', content: 'kamen rund 4000 Menschen auf den Marktplatz' }],
      exact: true,
    },
    {
      text: 'Laut einer Medienmitteilung der Stadtwerke Hausen fällt das Wasser am Montag aus.',
      expect: [{ speaker: { name: 'Stadtwerke Hausen' }, cue: 'Laut', kind: 'according_to', content: 'fällt das Wasser am Montag aus' }],
      name: 'a document speaks for the author in its genitive',
    },
    {
      text: 'Nordkorea soll Russland laut Südkorea mit Raketen für die Ukraine-Offensive beliefern',
      expect: [{ speaker: 'Südkorea', cue: 'laut', kind: 'according_to', content: 'Nordkorea soll Russland laut Südkorea mit Raketen für die Ukraine-Offensive beliefern' }],
      exact: true,
    },
    {
      text: 'Laut The Guardian erwägt Seoul erstmals, Waffen zu liefern.',
      expect: [{ speaker: 'The Guardian', content: 'erwägt Seoul erstmals, Waffen zu liefern' }],
    },
    {
      text: 'Laut Polizei wurden bei dem Unfall drei Menschen verletzt.',
      expect: [{ speaker: 'Polizei', content: 'wurden bei dem Unfall drei Menschen verletzt' }],
    },
    {
      text: 'Insgesamt wurden laut südkoreanischer Geheimdienste mehr als 8 Millionen Granaten exportiert.',
      expect: [{ speaker: { text: 'südkoreanischer Geheimdienste' }, content: 'Insgesamt wurden laut südkoreanischer Geheimdienste mehr als 8 Millionen Granaten exportiert' }],
    },
    {
      text: 'Die Inflation lag im März laut Statistischem Bundesamt bei 2,2 Prozent.',
      expect: [{ speaker: { text: 'Statistischem Bundesamt' }, cue: 'laut' }],
    },
    {
      text: 'Laut einem Bericht der Süddeutschen Zeitung plant die Koalition neue Schulden.',
      expect: [{ speaker: { text: 'einem Bericht der Süddeutschen Zeitung' }, content: 'plant die Koalition neue Schulden' }],
    },
    {
      text: 'Landesweit fehlen gemäss Schätzungen des Bundesamts für Sozialversicherungen (BSV) über 35 000 Betreuungsplätze.',
      expect: [{ speaker: { text: 'Schätzungen des Bundesamts für Sozialversicherungen (BSV)' }, cue: 'gemäss', kind: 'according_to' }],
      exact: true,
      name: 'Swiss „gemäss“, the source name runs past the noun phrase',
    },
    {
      text: 'Gemäss einer Nachbefragung des Forschungsinstituts gfs.bern gaben vor allem junge Frauen den Ausschlag.',
      expect: [{ speaker: { text: 'einer Nachbefragung des Forschungsinstituts gfs.bern' }, content: 'gaben vor allem junge Frauen den Ausschlag' }],
    },
    {
      text: 'Gemäß einer Umfrage des Instituts Forsa wollen 40 Prozent der Befragten die Partei wählen.',
      expect: [{ speaker: 'Forsa', cue: 'Gemäß', content: 'wollen 40 Prozent der Befragten die Partei wählen' }],
    },
    {
      text: 'Die Mieten stiegen gemäss dem Bundesamt für Statistik im Jahresvergleich um 1,5 Prozent.',
      expect: [{ speaker: { text: 'dem Bundesamt für Statistik' }, cue: 'gemäss' }],
    },
    {
      text: 'Die Lage bleibt ernst: Laut Feuerwehr sind noch 30 Häuser ohne Strom.',
      expect: [{ speaker: 'Feuerwehr', content: 'sind noch 30 Häuser ohne Strom' }],
      exact: true,
      name: 'the content does not reach left across a colon',
    },
    {
      text: 'Besonders betroffen sei der Güterverkehr: Laut DB Cargo standen am Donnerstag mehr als 200 Güterzüge still.',
      expect: [{ speaker: 'DB Cargo', content: 'standen am Donnerstag mehr als 200 Güterzüge still' }],
    },
    {
      text: 'Laut »Kicker« verlängert der Trainer seinen Vertrag bis 2027.',
      name: 'a title in quotes without an article',
      expect: [{ speaker: { name: 'Kicker' }, cue: 'Laut', content: 'verlängert der Trainer seinen Vertrag bis 2027' }],
      exact: true,
    },
    {
      text: 'Laut der »Rheinischen Post« sollen 300 Wohnungen entstehen.',
      expect: [{ speaker: { name: 'Rheinischen Post' }, content: 'sollen 300 Wohnungen entstehen' }],
      exact: true,
    },
  ],
});
