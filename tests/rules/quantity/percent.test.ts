import rule from '../../../src/rules/quantity/percent.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Partei feierte ihr 100-jähriges Bestehen.' },
    { text: 'Details unter https://example.org/?q=30%25 lesen.' },
    { text: 'Zwei Drittel der Wähler stimmten zu.' },
    { text: 'Jeder Fünfte ist von Armut bedroht.' },
  ],
  invalid: [
    // a decimal without its integer part; digits with „Komma“
    { text: 'Die Renten steigen um ,5 Prozent.', expect: [{ text: ',5 Prozent', value: 0.5 }] },
    { text: 'Das Wachstum betrug 3 Komma 5 Prozent.', expect: [{ text: '3 Komma 5 Prozent', value: 3.5 }] },
    { text: 'Die Arbeitslosenquote liegt bei null Komma acht Prozent.', expect: [{ text: 'null Komma acht Prozent', value: 0.8 }] },
    { text: 'Die Inflation sank auf 2,3 Prozent.', expect: [{ text: '2,3 Prozent', value: 2.3, bound: 'eq', unit: 'Prozent' }] },
    { text: 'Die SPD kam auf 25,7 %.', expect: [{ text: '25,7 %', value: 25.7, unit: 'Prozent' }] },
    { text: 'Die Union verlor 4 Prozentpunkte.', expect: [{ text: '4 Prozentpunkte', value: 4, unit: 'Prozentpunkt' }] },
    { text: 'Die Arbeitslosenquote liegt bei rund 6 Prozent.', expect: [{ text: 'rund 6 Prozent', bound: 'approx' }] },
    { text: 'Mehr als 50 Prozent der Befragten sind dafür.', expect: [{ text: 'Mehr als 50 Prozent', bound: 'gt', value: 50 }] },
    { text: 'Die Mieten stiegen um zwischen 5 und 10 Prozent.', expect: [{ interval: { min: 5, max: 10 }, unit: 'Prozent' }] },
    { text: 'Die Wahlbeteiligung lag bei siebenundsechzig Prozent.', expect: [{ value: 67 }] },
    { text: 'Die Quote stieg von 2,1 auf 2,4 Prozent.', exact: true, expect: [{ text: '2,1', value: 2.1, bound: 'eq', unit: 'Prozent' }, { text: '2,4 Prozent', value: 2.4, unit: 'Prozent' }] },
    { text: 'Die Preise sind um 3,5 Prozent gestiegen.', expect: [{ text: '3,5 Prozent', value: 3.5, bound: 'eq', unit: 'Prozent' }] },
    { text: 'Weniger als ein Prozent der Stimmen entfielen auf die Liste.', expect: [{ text: 'Weniger als ein Prozent', value: 1, bound: 'lt' }] },
    { text: 'Die Arbeitslosigkeit stieg um 0,3 Prozentpunkte auf 6,1 Prozent.', expect: [{ value: 0.3, unit: 'Prozentpunkt' }, { value: 6.1, unit: 'Prozent' }] },
  ],
});
