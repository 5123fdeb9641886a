import rule from '../../../src/rules/entity/place-road.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Formular muss auf Papier im Format DIN A4 eingereicht werden.', name: 'a paper size (office)' },
    { text: 'Ärzte raten bei Mangel an Vitamin B 12 zu Tabletten.', name: 'a vitamin (health)' },
    { text: 'Im Stau stand auch der Bus der Gruppe A 1 aus Rostock.', name: 'a group label after a noun, not after an article (school trip)' },
    { text: 'Die Schüler der Klasse 7 schrieben die A 2-Prüfung im Fach Englisch.', name: 'no road words in the article: a language level' },
    { text: 'Der Airbus landete als erste A 380 des Tages in Frankfurt.', name: 'an aircraft in an article without road words' },
  ],
  invalid: [
    { text: 'Der Stau auf der A 7 reichte bis zur Bundesstraße 27.', expect: [{ name: 'A 7', type: 'LOC' }, { name: 'B 27', type: 'LOC' }], exact: true, name: 'traffic: a motorway and a federal road' },
    { text: 'Die Autobahn 3 bleibt gesperrt, der Verkehr wird über die A3-Ausfahrt Limburg geleitet.', expect: [{ name: 'A 3', type: 'LOC', mentions: [{ text: 'Autobahn 3' }, { text: 'A3' }] }], name: 'roadworks: the long and the short form are one road, the road part of a compound' },
    { text: 'Nach dem Unfall auf der A44 bildete sich ein Stau in Fahrtrichtung Dortmund.', expect: [{ name: 'A 44', type: 'LOC' }], name: 'an accident, the number joined to the letter' },
    { text: 'Die Gemeinde fordert eine Umgehung der B 10, der Verkehr belaste den Ort.', expect: [{ name: 'B 10', type: 'LOC' }], name: 'local politics: a bypass' },
    { text: 'Die Kreisstraße 12 wird für den Verkehr gesperrt.', expect: [{ name: 'Kreisstraße 12', type: 'LOC' }], exact: true, name: 'a district road keeps its noun (roadworks)' },
    { text: 'Der Ausbau des A 1-Abschnitts bei Bern dauert bis 2030, sagt das Bundesamt für Strassen zum Verkehr.', expect: [{ name: 'A 1', type: 'LOC', mentions: [{ text: 'A 1' }] }], name: 'a Swiss motorway before a hyphen compound' },
  ],
});
