import rule from '../../../src/rules/entity/org-team-nickname.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Berliner Fans und die Kölner Spieler feierten in der Liga, die Münchner Profis auch.', name: 'plural nouns of people after a town adjective' },
    { text: 'In der Saison kam der Karnevalszug im Norden Hessens zum Stehen.', name: 'a town named like a common word (Norden) before a genitive place' },
    { text: 'Der Trainer lobte Klaus Allofs nach dem Spieltag.', name: 'a first name that is also a town (Klaus, Austria) before a surname in -s' },
    { text: 'Das Urteil des Darmstädter Landgerichts fiel nach der Saison.', name: 'a genitive singular after a town adjective is no plural nickname' },
    { text: 'Die Heilbronner Falken kreisten über der Stadt.', name: 'no article about sport: an adjective + plural animal noun stays common' },
    { text: 'Die Tilburg Trappers Fans kamen zum Spiel der Liga.', name: 'a further capitalised word: no name end' },
    { text: 'Vor dem Derby in der Liga stritten die Kölner Parteien, auch die Bremer Vereine und die Münchner Banken.', name: 'the plural of an organisation head is organisations, no team (politics, sport funding)' },
  ],
  invalid: [
    { text: 'In der Oberliga unterlagen die Tilburg Trappers den Hammer Eisbären mit 1:7.', expect: [{ name: 'Tilburg Trappers', type: 'ORG' }, { name: 'Hammer Eisbären', type: 'ORG' }], exact: true, name: 'fresh copy: town + English plural, town adjective (Hamm, a common word) + German plural' },
    { text: 'Auch die Black Dragons Erfurt gewannen in der Liga gegen die Hannover Indians.', expect: [{ name: 'Black Dragons Erfurt', type: 'ORG' }, { name: 'Hannover Indians', type: 'ORG' }], exact: true, name: 'English nickname + town and town + English nickname' },
    { text: 'Die Passau Black Hawks feierten einen Sieg, die Saison läuft.', expect: [{ name: 'Passau Black Hawks', type: 'ORG' }], exact: true, name: 'a two-word English nickname after the town' },
    { text: 'Der Osternienburger HC schlug die favorisierten Zehlendorfer Wespen 11:7 in der Liga.', expect: [{ name: 'Zehlendorfer Wespen', type: 'ORG' }], exact: true, name: 'realnews-i: town adjective + plural animal noun' },
    { text: 'Vor dem Duell in der Liga mussten die Eisbären Berlin und die Füchse Duisburg reisen.', expect: [{ name: 'Eisbären Berlin', type: 'ORG' }, { name: 'Füchse Duisburg', type: 'ORG' }], exact: true, name: 'realnews-h: German plural nickname + town' },
    { text: 'Im Derby gewannen die Blue Devils Weiden gegen die Memminger Indians.', expect: [{ name: 'Blue Devils Weiden' }, { name: 'Memminger Indians' }], exact: true, name: 'a town named like a common word after the nickname (Weiden); a sport word other than Liga (Derby)' },
    { text: 'Im Derby gewannen die Selber Wölfe.', expect: [{ name: 'Selber Wölfe', type: 'ORG' }], pending: 'the adjective of a small town (Selb) is also a German word (selber): taken only for towns of 50,000 people or more' },
  ],
});
