import rule from '../../../src/rules/entity/org-party-adjective.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Zwischen Blauen und Grünen konnte sie nicht wählen.', name: 'coordinated colours without a party are no party' },
    { text: 'Plakate von FDP und Grüne Jugend hingen aus.', name: 'a party adjective before a noun stays none, also next to a party' },
    { text: 'Die europäische Linke ist zerstritten. Seine Linke traf den Gegner am Kinn.', name: 'brief (tuning sets): „Linke“ as a common noun — after an adjective or a possessive — is no party' },
    { text: 'Die Grüne Woche beginnt, die Linken Kräfte im Land wachsen.', name: 'party adjectives before a noun are no party' },
    { text: 'Grünen Tee trinkt sie gern.' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Ihre Zustimmung verweigert haben die Grünen-Fraktion und zwei Stadträte.', expect: [{ name: 'Grünen-Fraktion', type: 'ORG', mentions: [{ text: 'Grünen-Fraktion' }] }], exact: true, name: 'the party group by a party adjective, as „SPD-Fraktion“ (realnews-l)' },
    { text: 'Der Antrag der Linken-Fraktion im Kreistag scheiterte.', expect: [{ name: 'Linken-Fraktion', type: 'ORG' }], exact: true, name: 'other topic: county council' },
    { text: 'Vertreter von FDP und Grünen lehnten den Antrag im Bauausschuss ab.', expect: [{ name: 'Grüne', type: 'ORG' }], exact: true, name: 'fresh copy class („von SPD und Grünen“): coordinated with a party acronym (local politics, invented)' },
    { text: 'Abgeordnete aus Linken, SPD und BSW stimmten zu.', expect: [{ name: 'Linke', type: 'ORG' }], exact: true, name: 'first of a list of parties (invented)' },
    { text: 'Auch Bundesminister Cem Özdemir (58, Grüne) war betroffen.', expect: [{ name: 'Grüne', type: 'ORG' }], exact: true, name: 'realnews-i: the party after an age in brackets' },
    { text: 'Die SPÖ erreichte 21 Prozent, die Grünen 9,8 Prozent. Die Grünen-Chefin trat ab.', expect: [{ name: 'Grüne', type: 'ORG', mentions: [{ text: 'Grünen' }, { text: 'Grünen' }] }], name: 'party adjective after an article and as compound modifier before a role' },
    { text: 'Die Stimmen der Linken reichten nicht.', expect: [{ name: 'Linke', type: 'ORG' }], name: 'after an article, nominative name' },
  ],
});
