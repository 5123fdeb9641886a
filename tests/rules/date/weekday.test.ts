import rule from '../../../src/rules/date/weekday.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Freitag berichtete als Erstes darüber.' },
    { text: 'Der Schwarze Freitag ließ die Börsen einbrechen.' },
    { text: 'Am Karfreitag bleiben die Läden zu.' },
    { text: 'Freitags ist der Markt geöffnet.' },
  ],
  invalid: [
    { text: 'Ein Beamter sagte am Freitag, die Lage sei ernst.', expect: [{ text: 'am Freitag', value: '-W-5' }], exact: true },
    { text: 'Vergangenen Dienstag trafen sich die Minister.', expect: [{ text: 'Vergangenen Dienstag', value: '-W-2' }] },
    { text: 'Am Sonntagabend schlossen die Wahllokale.', expect: [{ text: 'Am Sonntagabend', value: '-W-7' }] },
    { text: 'Bis zum kommenden Montag soll eine Einigung stehen.', expect: [{ value: '-W-1', relation: 'until' }] },
    { text: 'Der Streik endet am Mittwoch um 6 Uhr.', expect: [{ text: 'am Mittwoch um 6 Uhr', value: '-W-3T06' }] },
    { text: 'In der Nacht zum Samstag tobte ein Sturm.', expect: [{ text: 'zum Samstag', value: '-W-6' }] },
    { text: 'Am Sonnabend demonstrierten in Hamburg Tausende.', expect: [{ value: '-W-6' }] },
    { text: 'Der Wetterdienst warnte für Sonntag vor Unwettern.', expect: [{ text: 'für Sonntag', value: '-W-7' }] },
    { text: 'Die Gewerkschaft streikt von Mittwoch, 2 Uhr, bis Freitag, 18 Uhr.', expect: [{ text: 'von Mittwoch, 2 Uhr', value: '-W-3T02' }, { text: 'bis Freitag, 18 Uhr', value: '-W-5T18', relation: 'until' }] },
  ],
});
