import rule from '../../../src/rules/entity/byline.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: '(Aktualisiert mit Details)' },
    { text: 'Von Montag an streiken die Lokführer wieder.', name: '"Von" starting a sentence' },
    { text: 'Die Regierung (CDU und SPD) einigte sich.' },
  ],
  invalid: [
    {
      text: 'Das Land liefert Waffen.\n\n(Jack Kim, Ju-Min Park, Hyonhee Shin und Josh Smith, Zhifan Liu für die französische Version, herausgegeben von Blandine Hénault und Sophie Louet)',
      expect: [{ name: 'Jack Kim' }, { name: 'Ju-Min Park' }, { name: 'Hyonhee Shin' }, { name: 'Josh Smith' }, { name: 'Zhifan Liu' }, { name: 'Blandine Hénault' }, { name: 'Sophie Louet' }],
      exact: true,
    },
    { text: 'Streik bei der Bahn\nVon Anna Schmidt und Peter Weber\nDie Lokführer legen die Arbeit nieder.', expect: [{ name: 'Anna Schmidt', type: 'PER' }, { name: 'Peter Weber', type: 'PER' }], exact: true },
    { text: 'Soldaten in Russland\n\nPaar Ju-min Park et Jack Kim\n\nNordkorea hat Spezialkräfte entsandt.', expect: [{ name: 'Ju-min Park' }, { name: 'Jack Kim' }], exact: true, name: 'a line of names joined by "et"' },
    { text: 'Die Russen bieten Hilfe.\n\nDigital’s Timothy H.J. Nerozzi und', expect: [{ name: 'Timothy H.J. Nerozzi', type: 'PER' }], exact: true, name: 'possessive outlet credit' },
    { text: 'Hochwasser in Bayern\n(Text: Lena Hofmann; Redaktion: Max Bauer)', expect: [{ name: 'Lena Hofmann' }, { name: 'Max Bauer' }] },
  ],
});
