import rule from '../../../src/rules/quantity/parallel-list.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der FC Bayern gewann 3:1 gegen Mainz, Dortmund verlor 0:2.' },
    { text: 'Die Mannschaft landete auf Platz 2, Leipzig auf Platz 4.' },
    { text: 'Auf 35 Grad folgte ein Gewitter. In Berlin kam er um 14 Uhr an.' },
    { text: 'Im Regionalverkehr fielen 80 Prozent aus, im Fernverkehr bis zu zwei Drittel.', name: 'a fraction is a share' },
    { text: 'Er kam auf 12 Punkte. Im nächsten Jahr kam er auf 14.', name: 'another sentence' },
    { text: 'Im Jahr 2020 kamen 300 Besucher, im Jahr 2021 nur wenige.' },
    { text: 'Die Kosten stiegen auf 3 Millionen Euro, die Einnahmen auf 4.', name: 'the scale word would be lost' },
    { text: 'Die CDU erhielt 41 Sitze, die SPD verlor dagegen 30 Jahre alte Hochburgen.', name: 'a gapped clause has no verb' },
    { text: 'Die CDU erhielt 41 Sitze. Die SPD 30.', name: 'another sentence' },
    { text: 'Der Verein hat 500 Mitglieder, seit Jahren geleitet von Frau Berg 12 Jahre lang.', name: 'lower-case words in the segment' },
    { text: 'Am Ende standen 12 zu Buche, und 40 Prozent der Stimmen gingen an die Union.', name: 'a clause, not a list, before the figure' },
    { text: 'Der Konzern zahlte 3 Millionen Euro an die Stadt, 4 an die Gemeinde.', name: 'a small bare number may leave out the scale word' },
    { text: 'Nur 12 der 40 Abgeordneten stimmten zu, 14 der Mitglieder dagegen.', name: 'no figure with a unit' },
  ],
  invalid: [
    { text: 'Die SPD kam auf 28,4, die Grünen auf 14,1 Prozent.', exact: true, expect: [{ text: '28,4', value: 28.4, unit: 'Prozent' }] },
    { text: 'In Hamburg demonstrierten 30 000 Menschen, in Kiel gut 12 000.', exact: true, expect: [{ text: 'gut 12 000', value: 12000, bound: 'approx', unit: 'Mensch' }] },
    { text: 'Die Temperatur stieg in Freiburg auf 35 Grad, in Berlin auf 33.', expect: [{ value: 33, unit: 'Grad' }] },
    { text: 'Die CDU erhielt 41 Sitze, die SPD 30 und die Grünen 12.', exact: true, expect: [{ text: '30', value: 30, unit: 'Sitz' }, { text: '12', value: 12, unit: 'Sitz' }] },
    { text: 'Der Dax schloss bei 18.000 Punkten, der MDax 26.000.', exact: true, expect: [{ text: '26.000', value: 26000, unit: 'Punkt' }] },
    { text: 'Das Werk in Kassel beschäftigt 1.200 Mitarbeiter, Zwickau rund 900.', exact: true, expect: [{ text: 'rund 900', value: 900, unit: 'Mitarbeiter' }] },
    { text: 'Die Union kam auf 31,2, die SPD auf 16,4 und die AfD auf 19,8 Prozent.', exact: true, expect: [{ value: 31.2, unit: 'Prozent' }, { value: 16.4, unit: 'Prozent' }] },
    { text: 'Im Werk Kassel fallen 400 Stellen weg, im Werk Zwickau rund 250.', expect: [{ text: 'rund 250', value: 250, unit: 'Stelle' }] },
    { text: 'Bei der Bundestagswahl lag die Beteiligung bei 82,5 Prozent, bei der Landtagswahl bei 64.', expect: [{ value: 64, unit: 'Prozent' }] },
    { text: 'Unter den Toten sind drei Frauen im Alter von 28, 56 und 78 Jahren.', exact: true, expect: [{ text: '28', value: 28, unit: 'Jahr' }, { text: '56', value: 56, unit: 'Jahr' }] },
    { text: 'Die Veranstalter sprachen von mindestens 800.000 oder bis zu 1,3 Millionen Menschen.', exact: true, expect: [{ text: 'mindestens 800.000', value: 800000, bound: 'gte', unit: 'Mensch' }] },
    { text: 'Die Gewerkschaft vertritt 2,4 Millionen Beschäftigte der Kommunen und 134.000 des Bundes.', exact: true, expect: [{ text: '134.000', value: 134000, unit: 'Beschäftigte' }] },
    { text: 'Der Verein zahlte 500 Euro an die Schule, 300 an die Kita und 200 an den Chor.', exact: true, expect: [{ text: '300', value: 300, unit: 'Euro' }, { text: '200', value: 200, unit: 'Euro' }] },
  ],
});
