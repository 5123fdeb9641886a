import rule from '../../../src/rules/entity/org-pattern.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Staatsanwaltschaft ermittelt, das Landeskriminalamt schweigt.', name: 'a bare state institution is one of many' },
    { text: 'US-Behörden meldeten Anfang November neue Zahlen.', name: 'a country acronym compound is a description' },
    { text: 'Das Ministerium äußerte sich nicht.', name: 'a bare organisation noun is no name' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
    { text: 'Südkoreas Nationaler Sicherheitsdirektor sprach am Freitag.', name: 'a capitalised adjective before a role' },
    { text: 'Die Abgeordneten stimmten am Freitag ab.' },
  ],
  invalid: [
    { text: 'Das teilten Polizei und Staatsanwaltschaft Mannheim mit. Das Landeskriminalamt Baden-Württemberg ermittelt.', expect: [{ name: 'Staatsanwaltschaft Mannheim' }, { name: 'Landeskriminalamt Baden-Württemberg' }], exact: true, name: 'state institution + place' },
    { text: 'Der Autokonzern Volkswagen will Stellen abbauen.', expect: [{ name: 'Volkswagen', type: 'ORG' }], exact: true, name: 'company name that splits as a compound' },
    { text: 'Die Abgeordneten von SPÖ und FPÖ stimmten dagegen.', expect: [{ name: 'FPÖ', type: 'ORG' }], exact: true, name: 'an acronym coordinated with another (SPÖ alone is found by other rules)' },
    { text: 'Experten wie Professor Stefan Sell von der Hochschule Koblenz halten Streiks für wahrscheinlich.', expect: [{ name: 'Hochschule Koblenz', type: 'ORG' }], exact: true, name: 'institution + town' },
    { text: 'Nach Hochrechnungen des Instituts Ipsos erhielt die Partei 33 Prozent.', expect: [{ name: 'Ipsos', type: 'ORG' }], exact: true, name: 'genitive organisation noun + name' },
    { text: 'CDU-Chef Friedrich Merz und SPD-Generalsekretär Kevin Kühnert stritten, der TV-Moderator schwieg.', expect: [{ name: 'CDU', type: 'ORG' }, { name: 'SPD', type: 'ORG' }], exact: true, name: 'party acronym before a role' },
    { text: 'Der US-Konzern Apple hat am Montag ein neues iPhone vorgestellt.', expect: [{ name: 'Apple', type: 'ORG' }], exact: true, name: 'company noun + name' },
    { text: 'Ein Warnstreik der Gewerkschaft Verdi legte die Flughäfen lahm.', expect: [{ name: 'Verdi', type: 'ORG' }], exact: true },
    { text: 'Die Deutsche Bahn und die Gewerkschaft GDL verhandeln wieder.', expect: [{ name: 'Deutsche Bahn', type: 'ORG' }, { name: 'GDL', type: 'ORG' }], exact: true },
    { text: 'Das Bundesverfassungsgericht in Karlsruhe entschied gegen die Bundesregierung.', expect: [{ name: 'Bundesverfassungsgericht' }, { name: 'Bundesregierung' }] },
    { text: 'Das verstößt gegen Resolutionen des UN-Sicherheitsrates.', expect: [{ name: 'UN-Sicherheitsrat', type: 'ORG' }], name: 'acronym compound, nominative' },
    { text: 'Dem Center for Strategic & International Studies zufolge wuchs der Handel.', expect: [{ name: 'Center for Strategic & International Studies', type: 'ORG' }] },
    { text: 'Die Siemens AG meldete einen Gewinnsprung.', expect: [{ name: 'Siemens AG', type: 'ORG' }] },
    { text: 'Zu den Berichten hat sich der Kreml nicht geäußert.', expect: [{ name: 'Kreml', type: 'ORG' }], name: 'seat of power' },
    { text: 'Der FC Bayern München verlor gegen den 1. FC Köln.', expect: [{ name: 'FC Bayern München' }, { name: '1. FC Köln' }] },
    { text: 'Die SPD und die AfD legten bei der Wahl zu.', expect: [{ name: 'SPD', type: 'ORG' }, { name: 'AfD', type: 'ORG' }] },
    { text: 'Die Europäische Zentralbank hob den Leitzins an.', expect: [{ name: 'Europäische Zentralbank', type: 'ORG' }] },
    { text: 'Das südkoreanische Außenministerium erklärte, es prüfe alle Möglichkeiten.', expect: [{ type: 'ORG' }], pending: 'demonym + ministry is not named yet (needs a canonical "Außenministerium (Südkorea)" form)' },
  ],
});
