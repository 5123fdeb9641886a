import rule from '../../../src/rules/entity/name-shape.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Lage bleibt ernst.\n\nRelated News :', name: 'a label line ending in a colon' },
    { text: 'Beim Black Friday und am Cyber Monday kauften viele Kunden ein.', name: 'English weekday names' },
    { text: 'Zuvor hatte die Regierung erklärt, sie prüfe alle Möglichkeiten.', name: 'sentence-initial common words' },
    { text: 'Am Montag Abend streikten die Lokführer.', name: 'weekdays' },
    { text: 'DIE REGIERUNG WARNT VOR NEUEN STREIKS', name: 'headline capitals' },
    { text: 'Jeglicher Waffenhandel wäre ein Verstoß gegen Resolutionen.', name: 'determiner + compound noun' },
    { text: 'Das Hochwasser in Bayern erreichte Passau.' },
  ],
  invalid: [
    { text: 'Der Slowene Tadej Pogačar gewann die Etappe vor Jonas Vingegaard.', expect: [{ name: 'Tadej Pogačar' }, { name: 'Jonas Vingegaard' }], exact: true, name: 'letters outside Latin-1' },
    { text: 'Später trafen sich Abdel Fattah al-Sisi und Charles de Gaulle nicht.', expect: [{ name: 'Abdel Fattah al-Sisi' }, { name: 'Charles de Gaulle' }], exact: true, name: 'name particles' },
    { text: 'Das sagte der Abgeordnete Yoo Sang-bum der Associated Press.', expect: [{ name: 'Yoo Sang-bum' }], exact: true, name: 'an article after a name is no particle' },
    { text: 'Kim Jong-un und Wladimir Putin unterzeichneten einen Pakt.', expect: [{ name: 'Kim Jong-un', type: 'PER' }, { name: 'Wladimir Putin', type: 'PER' }], exact: true },
    { text: 'Als Reaktion sagte Choe Son Hui, die Beziehungen seien legitim.', expect: [{ name: 'Choe Son Hui' }] },
    { text: 'Der Präsident Yoon Suk Yeol versprach eine Delegation.', expect: [{ name: 'Yoon Suk Yeol' }] },
    { text: 'Robert Habeck und Friedrich Merz stritten im Bundestag über das Budget.', expect: [{ name: 'Robert Habeck' }, { name: 'Friedrich Merz' }] },
    { text: 'Das Tor für Leverkusen schoss Florian Wirtz in der 85. Minute.', expect: [{ name: 'Florian Wirtz' }] },
    { text: 'Bei der Wahl gewann Marine Le Pen deutlich.', expect: [{ name: 'Marine Le Pen' }], pending: 'a first name that is a common noun ("Marine") without a role' },
  ],
});
