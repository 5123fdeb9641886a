import rule from '../../../src/rules/entity/event-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die G20 beraten über Schulden.', name: 'the group alone is no event' },
    { text: 'Am Tag der offenen Tür kamen viele, am Tag der Arbeit wenige.', name: 'lower-case adjective; no adjective' },
    { text: 'Er gewann den ersten Preis, die Kosten der Festspiele steigen.', name: 'lower-case adjective, no adjective' },
    { text: 'Der Markt ist offen, die Woche war gut.' },
    { text: 'Das Open Air findet im August statt.', name: 'no head at the end' },
    { text: 'Die Act wurde verschoben.', name: 'a head without name words' },
  ],
  invalid: [
    { text: 'Die wichtigsten Ereignisse der Woche waren der G-20 Gipfel und die Tage in Klagenfurt.', expect: [{ name: 'G-20 Gipfel', type: 'MISC' }], exact: true, name: 'an acronym with a digit and an event noun written apart (realnews-n: kultur-tt)' },
    { text: 'Vor der COP30 Konferenz trafen sich die Minister.', expect: [{ name: 'COP30 Konferenz', type: 'MISC' }], exact: true, name: 'other event, written apart' },
    { text: 'Beim G20-Gipfel in Hamburg kam es zu Krawallen.', expect: [{ name: 'G20-Gipfel', type: 'MISC' }], exact: true, name: 'an acronym with a digit + event noun in one word stays whole (politics)' },
    { text: 'Die Feier zum Tag der Deutschen Einheit fand in Lindwies statt.', expect: [{ name: 'Tag der Deutschen Einheit', type: 'MISC' }], exact: true, name: 'a day noun + der + a capitalised adjective + noun' },
    { text: 'Sie bekam den Deutschen Fahrradpreis für ihr Projekt.', expect: [{ name: 'Deutschen Fahrradpreis', type: 'MISC' }], exact: true, name: 'a capitalised adjective + a prize noun' },
    { text: 'Die Leitung der Lindwieser Burgfestspiele zog Bilanz. Bei den Lindwieser Burgfestspielen sang sie.', expect: [{ name: 'Lindwieser Burgfestspiele', type: 'MISC' }], name: 'a town adjective + a festival noun' },
    { text: 'Er gewann die Königsetappe der Tour de France.', expect: [{ name: 'Tour de France', type: 'MISC' }], exact: true },
    { text: 'Die Weltklimakonferenz COP29 in Baku einigte sich. Beim Gipfeltreffen G20 fehlte China.', expect: [{ name: 'COP29', type: 'MISC' }, { name: 'G20', type: 'MISC' }], exact: true, name: 'event noun + acronym' },
    { text: 'Bei den Australian Open gewann Alexander Zverev.', expect: [{ name: 'Australian Open', type: 'MISC' }], exact: true },
    { text: 'Die Fashion Week in Paris beginnt am Montag.', expect: [{ name: 'Fashion Week', type: 'MISC' }], exact: true },
    { text: 'Der Digital Services Act tritt in Kraft.', expect: [{ name: 'Digital Services Act', type: 'MISC' }], exact: true },
    { text: 'Beim Grand Prix von Monaco siegte Charles Leclerc.', expect: [{ name: 'Grand Prix', type: 'MISC' }] },
    { text: 'Die US Open beginnen in New York.', expect: [{ name: 'US Open', type: 'MISC' }], name: 'a place before the head' },
  ],
});
