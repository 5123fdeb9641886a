import rule from '../../../src/rules/date/decade.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Er kaufte eine 10er-Karte für das Schwimmbad.' },
    { text: 'Ein 20er-Pack kostet weniger.' },
    { text: 'Die 95er Jahre gibt es nicht.' },
    { text: 'Die 50er Marke wurde geknackt.' },
  ],
  invalid: [
    { text: 'In den 1990er Jahren boomte die Wirtschaft.', expect: [{ text: 'In den 1990er Jahren', value: '199X' }], exact: true },
    { text: 'Anfang der 80er-Jahre kam der Walkman auf den Markt.', expect: [{ value: '198X', qualifier: 'early' }] },
    { text: 'In den Neunzigerjahren zogen viele weg.', expect: [{ value: '199X' }] },
    { text: 'Die Musik der siebziger Jahre erlebt ein Comeback.', expect: [{ value: '197X' }] },
    { text: 'In den 2010ern wuchs die Stadt stark.', expect: [{ text: 'In den 2010ern', value: '201X' }] },
    { text: 'Seit den 60ern gilt das Gesetz.', expect: [{ value: '196X' }] },
    { text: 'In den Nullerjahren kam das Smartphone.', expect: [{ value: '200X' }] },
  ],
});
