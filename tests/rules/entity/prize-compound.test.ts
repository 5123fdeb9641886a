import rule from '../../../src/rules/entity/prize-compound.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Öl-Preis stieg am Montag, der Strom-Preis sank.', name: 'a common noun before „Preis“ names a price, no prize' },
    { text: 'Der Bitcoin-Preis stieg am Montag um fünf Prozent.', name: 'a name before „Preis“ in a text that awards nothing is a price' },
    { text: 'Die Jury lobte die Preise der Kantine und den Gas-Preis.', name: 'a cue word, but a common noun before „Preis“' },
  ],
  invalid: [
    { text: 'Sie erhielt den mit 10.000 Euro dotierten Hölderlin-Preis.', expect: [{ name: 'Hölderlin-Preis', type: 'MISC' }], exact: true },
    {
      text: 'Die weiteren Preise gingen an Ida Berg (Kelag-Preis) und Tom Wald (3sat-Preis).',
      expect: [{ name: 'Kelag-Preis', type: 'MISC' }, { name: '3sat-Preis', type: 'MISC' }],
      exact: true,
      name: 'a brand and a name with digits in brackets after the winners (realnews-n: Bachmann days; invented persons)',
    },
    { text: 'Am Ende gewann sie den per Internet-Voting ermittelten BKS-Bank-Publikumspreis, verliehen von der Stadt.', expect: [{ name: 'BKS-Bank-Publikumspreis', type: 'MISC' }], exact: true, name: 'an acronym, a noun and a compound head' },
    { text: 'Die Jury ehrte die Preisträger des Bachmann-Preises.', expect: [{ name: 'Bachmann-Preis', type: 'MISC' }], exact: true, name: 'a listed surname that splits as a compound (Bach + Mann); the genitive named in the nominative' },
    { text: 'Der Verein hat den Grimme-Preis verliehen bekommen.', expect: [{ name: 'Grimme-Preis', type: 'MISC' }], exact: true, name: 'other topic: television' },
  ],
});
