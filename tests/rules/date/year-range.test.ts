import rule from '../../../src/rules/date/year-range.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Zwischen 1500 und 2000 Soldaten wurden verlegt.' },
    { text: 'Es kamen 1500 bis 2000 Besucher.' },
    { text: 'Die Kosten liegen bei 2000 bis 3000 Euro.' },
    { text: 'Der Tarif 2019/2021 wurde verworfen.', name: 'slash joins consecutive years only' },
    { text: 'Er lief die Strecke in 1200-1800 Metern Höhe.' },
  ],
  invalid: [
    { text: 'In der Saison 2022/23 wurde Leverkusen Zweiter.', expect: [{ text: 'Saison 2022/23', value: '2022', end_value: '2023' }], exact: true },
    { text: 'Im Winter 2022/23 fehlte Gas.', expect: [{ value: '2022', end_value: '2023', qualifier: 'winter' }] },
    { text: 'Von 2019 bis 2021 sank die Zahl der Geburten.', expect: [{ value: '2019', end_value: '2021' }] },
    { text: 'Zwischen 2015 und 2016 kamen viele Geflüchtete.', expect: [{ value: '2015', end_value: '2016' }] },
    { text: 'Die Legislaturperiode 2021–2025 endete vorzeitig.', expect: [{ text: '2021–2025', value: '2021', end_value: '2025' }] },
    { text: 'In den Jahren 2008 bis 2010 brach der Handel ein.', expect: [{ value: '2008', end_value: '2010' }] },
    { text: 'Der Etat 2023/2024 wurde beschlossen.', expect: [{ value: '2023', end_value: '2024' }] },
    { text: 'Er regierte 1999–2005 in Niedersachsen.', expect: [{ value: '1999', end_value: '2005' }] },
  ],
});
