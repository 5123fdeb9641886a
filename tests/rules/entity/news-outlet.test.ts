import rule from '../../../src/rules/entity/news-outlet.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Motto der Ausstellung lautet: DAS BILD DER STADT.', name: 'a phrase set in capitals is no outlet written in capitals' },
    { text: 'Die Sterne („Hell“) leuchten heute.', name: 'a common word in quotes in brackets that is no listed outlet' },
    { text: 'Das Motto des Festes lautet „Zeit“ und lockt Besucher.', name: 'a listed outlet name that is a common word, quoted but not after an article or „laut“ (culture)' },
    { text: 'Sie hatte keine Zeit für ein Bild vom Stern.', name: 'common words unquoted stay none' },
    { text: 'Die Aktivisten verteilten das Flugblatt vor dem Werk.', name: 'a known common noun with a newspaper head' },
    { text: 'Der Stern leuchtete hell über dem Stadion.', name: 'an outlet name that is a common word' },
    { text: 'Die Bahn streikt am Montag erneut.' },
    { text: 'Nach Angaben der Polizei gab es keine Verletzten.' },
    { text: 'Der Transfermarkt ist im Sommer überhitzt.', name: 'an outlet name that is a common noun alone' },
  ],
  invalid: [
    { text: 'Der Meteorologe erklärte gegenüber BILD, es werde kalt.', expect: [{ name: 'Bild', type: 'ORG' }], exact: true, name: 'a listed outlet that is a common word, written in capitals inside a sentence (weather, realnews-y)' },
    { text: 'Der Trainer sagte der Bild-Zeitung, er bleibe.', expect: [{ name: 'Bild-Zeitung', type: 'ORG' }], exact: true, name: 'realnews-t class („gegenüber der Bild-Zeitung“): the tabloid by its hyphenated name (football, invented)' },
    { text: 'Der WESER-KURIER wirft einen Blick zurück.', expect: [{ name: 'Weser-Kurier', type: 'ORG' }], exact: true, name: 'a listed outlet in capitals (realnews-l); a listed name with a hyphen is no common word' },
    { text: 'Der Arzt und Journalist („Stern“) klagt an.', expect: [{ name: 'Stern', type: 'ORG' }], exact: true, name: 'a listed common-word outlet alone in quotes in brackets (realnews-m)' },
    { text: 'Das sagte der Sprecher am Samstag der dapd.', expect: [{ name: 'dapd', type: 'ORG' }], exact: true, name: 'a listed agency (realnews-n)' },
    { text: 'Es wird nicht jeden treffen, sagte ein Meteorologe der Deutschen Presse-Agentur.', expect: [{ name: 'Deutsche Presse-Agentur', type: 'ORG' }], exact: true, name: 'a listed name with its adjective declined, named in the listed form (realnews-j, -k)' },
    { text: 'Das bestätigte der Sender der Deutschen Welle am Abend.', expect: [{ name: 'Deutsche Welle', type: 'ORG' }], exact: true, name: 'other outlet, declined' },
    { text: 'Das sagte eine Sprecherin auf Nachfrage von Tagesspiegel Online.', expect: [{ name: 'Tagesspiegel Online', type: 'ORG' }], exact: true, name: 'a listed name that is a common word, with a media suffix (realnews-n)' },
    { text: 'Der Trainer sagte der „Bild“ am Sonntag, er bleibe.', expect: [{ name: 'Bild', type: 'ORG' }], exact: true, name: 'realnews-j class: a listed outlet that is a common word, alone in quotes after the article (sport, invented)' },
    { text: 'Laut „Stern“ fehlen der Stadt zwei Millionen Euro.', expect: [{ name: 'Stern', type: 'ORG' }], exact: true, name: 'quoted after „laut“ (budget, invented)' },
    { text: 'Berlin (dts Nachrichtenagentur) - Die Bahn streicht Verbindungen.', expect: [{ name: 'dts Nachrichtenagentur', type: 'ORG' }], name: 'a lower-case agency in a dateline' },
    { text: 'Werksschließungen seien nicht ausgeschlossen, berichtete das Handelsblatt.', expect: [{ name: 'Handelsblatt', type: 'ORG' }], exact: true, name: 'newspaper name by its head' },
    { text: 'Das Land liefere Waffen, wie die Associated Press berichtete.', expect: [{ name: 'Associated Press', type: 'ORG' }], exact: true },
    { text: 'Laut Reuters und dpa wurde der Streik bei der Bahn beendet.', expect: [{ name: 'Reuters', type: 'ORG' }, { name: 'dpa', type: 'ORG' }] },
    { text: 'Ende Januar berichtete die New York Times von einem Rückzug.', expect: [{ name: 'New York Times', type: 'ORG' }], exact: true, name: 'longest name, not the city' },
    { text: 'Shin sagte am Freitag gegenüber SBS TV, dass die Lieferung erfolgt sei.', expect: [{ name: 'SBS TV', type: 'ORG' }], name: 'acronym + media suffix' },
    { text: 'AP News zufolge traf sich der Minister mit dem Botschafter.', expect: [{ name: 'AP News', type: 'ORG' }] },
    { text: 'Laut The Guardian erwägt die Regierung neue Schritte.', expect: [{ name: 'The Guardian', type: 'ORG' }] },
    { text: 'Der Bayern-Trainer sagte der Süddeutschen Zeitung nichts, wohl aber der BBC.', expect: [{ name: 'BBC' }] },
    { text: 'Leverkusen (SID) – Der Verein verlängerte den Vertrag.', expect: [{ name: 'SID', type: 'ORG' }], name: 'sports agency in a dateline' },
    { text: 'Das sagte der Torwart der »Sport Bild« und dem kicker.', expect: [{ name: 'Sport Bild' }, { name: 'kicker' }], name: 'sports outlets, in guillemets too' },
  ],
});
