import rule from '../../../src/rules/quantity/share.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Umsatz ging um ein Drittel zurück.' },
    { text: 'Er gewann die erste Hälfte des Spiels.' },
    { text: 'Die Hälfte davon ging an die Länder.' },
    { text: 'Jedes zweite Jahr findet das Stadtfest statt.' },
    { text: 'Jeder Einzelne zählt.' },
    { text: 'Die SPD kam auf 25,7 Prozent.' },
    { text: 'Zur Hälfte ist der Neubau fertig.' },
  ],
  invalid: [
    { text: 'Zwei Drittel der Wähler stimmten für den Vorschlag.', expect: [{ text: 'Zwei Drittel der Wähler', value: 2 / 3, bound: 'eq', unit: 'Anteil', noun: { text: 'Wähler' } }] },
    { text: 'Rund ein Viertel der Haushalte heizt noch mit Öl.', expect: [{ text: 'Rund ein Viertel der Haushalte', value: 0.25, bound: 'approx' }] },
    { text: 'Die Hälfte der Befragten lehnt das Tempolimit ab.', expect: [{ text: 'Die Hälfte der Befragten', value: 0.5, bound: 'eq', unit: 'Anteil' }] },
    { text: 'Mehr als die Hälfte der Wahlberechtigten blieb zu Hause.', expect: [{ value: 0.5, bound: 'gt', interval: { min: 0.5, max: 1, minInclusive: false, maxInclusive: true } }] },
    { text: 'Bund und Kantone tragen künftig mindestens zwei Drittel der Kosten.', expect: [{ text: 'mindestens zwei Drittel der Kosten', value: 2 / 3, bound: 'gte', interval: { max: 1 } }] },
    { text: 'Der Konzern will bis zu zwei Drittel seiner Filialen schließen.', expect: [{ value: 2 / 3, bound: 'lte', interval: { min: 0, max: 2 / 3 } }] },
    { text: 'Jeder dritte Deutsche hat Angst vor Altersarmut.', expect: [{ text: 'Jeder dritte Deutsche', value: 1 / 3, bound: 'eq', noun: { text: 'Deutsche' } }] },
    { text: 'Laut Studie ist jeder Fünfte von Armut bedroht.', expect: [{ text: 'jeder Fünfte', value: 0.2, unit: 'Anteil' }] },
    { text: 'Fast jede zehnte Schule meldet Lehrermangel.', expect: [{ text: 'Fast jede zehnte Schule', value: 0.1, bound: 'approx', interval: { min: 0.09, max: 0.1 } }] },
    { text: 'Ein Fünftel aller Fußballvereine fand keinen Trainer.', expect: [{ value: 0.2, noun: { text: 'Fußballvereine' } }] },
    { text: 'Knapp die Hälfte der Streikenden kam aus dem Nahverkehr.', expect: [{ value: 0.5, bound: 'approx' }] },
  ],
});
