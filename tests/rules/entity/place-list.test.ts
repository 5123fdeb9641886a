import rule from '../../../src/rules/entity/place-list.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Streit zwischen Kubicki und Lindner eskaliert.', name: 'no route before „zwischen“: unknown names stay no places' },
    { text: 'Die Straße zwischen Müller und Roth war gesperrt.', name: 'after a route, listed surnames are no places' },
    { text: 'Der Täter flüchtete zu Fuß in Richtung Norden.', name: 'tuning sets: a cardinal direction after „Richtung“ is no town (Norden)' },
    { text: 'Zwischen Merkel und Macron gab es Streit.', name: 'persons between „zwischen … und“' },
    { text: 'Die Arbeit zwischen Union und SPD ruht.', name: 'parties' },
    { text: 'Er sprach in Berlin, Scholz sagte nichts.', name: 'a comma without a closing conjunction is no list' },
    { text: 'Die Firmen arbeiten bei Siemens, Bosch und Continental.', name: 'no place opens the list' },
    { text: 'Der Streit zwischen Arbeit und Familie belastet viele.', name: 'common nouns' },
    { text: 'Die Reise ging nach Berlin und Olaf Scholz empfing sie.', name: 'a person after the conjunction' },
    { text: 'Der Wind kam aus Richtung Süden.', name: 'a direction' },
    { text: 'Die Pegel stiegen in Berlin und Hamburg.', name: 'places the gazetteer rule finds anywhere' },
  ],
  invalid: [
    { text: 'Der Unfall geschah auf der Kreisstraße zwischen Veckenstedt und Schmatzfeld am Abend.', expect: [{ name: 'Veckenstedt', type: 'LOC' }, { name: 'Schmatzfeld', type: 'LOC' }], exact: true, name: 'after a route both ends are places, one read as a compound (realnews-m)' },
    { text: 'Die Bahnstrecke zwischen Wolkenau und Brüggerfeld bleibt gesperrt.', expect: [{ name: 'Wolkenau', type: 'LOC' }, { name: 'Brüggerfeld', type: 'LOC' }], exact: true, name: 'invented villages, other topic: a rail closure' },
    { text: 'Ein Mann starb zwischen Müncheberg und Hoppegarten.', expect: [{ name: 'Müncheberg', type: 'LOC' }, { name: 'Hoppegarten', type: 'LOC' }], exact: true, name: 'two small towns after „zwischen“' },
    { text: 'Die Polizei kontrollierte in Köln, Bonn und Siegburg.', expect: [{ name: 'Siegburg', type: 'LOC' }], exact: true, name: 'a small town closing a list that a city opens' },
    { text: 'In Städten wie Plattling oder Osterhofen stieg der Pegel.', expect: [{ name: 'Plattling' }, { name: 'Osterhofen' }], exact: true, name: '„Städten wie“' },
    { text: 'In Orten wie Kirchwaldheim und Obertannbach fiel der Strom aus.', expect: [{ name: 'Kirchwaldheim' }, { name: 'Obertannbach' }], pending: 'invented places that split as compounds of common nouns (Kirch|wald|heim) are common words' },
    { text: 'In Gemeinden wie Wolkersried und Plattling fiel der Strom aus.', expect: [{ name: 'Wolkersried', type: 'LOC' }, { name: 'Plattling', type: 'LOC' }], exact: true, name: 'an invented village next to a small town' },
    { text: 'Der Stau reichte bis Richtung Penzberg.', expect: [{ name: 'Penzberg', type: 'LOC' }], exact: true, name: '„Richtung“' },
    { text: 'Die Züge fuhren zwischen Essen und Bochum nicht.', expect: [{ name: 'Essen', type: 'LOC' }], exact: true, name: 'a town named like a common word next to a city' },
    { text: 'Die Sperrung gilt von Hamburg bis Wolkersried.', expect: [{ name: 'Wolkersried', type: 'LOC' }], exact: true, name: '„von … bis“ (invented village)' },
  ],
});
