import rule from '../../../src/rules/statement/nach-angaben.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Nach Ostern Angaben zufolge stieg die Zahl.', name: 'a capitalised word in -s that names nobody of the text is no genitive source' },
    { text: 'Peter Fröschle hält Schafe. Nach Bayerns Angaben stieg die Zahl der Risse.', name: 'a place in the genitive is no person or body' },
    {
      text: 'Am Sonntag forderte er nach Angaben des Präsidialamtes in einem Telefonat eine „sofortige Waffenruhe“.',
      name: 'a verb of saying with a person as subject: the source reports the person, who is the speaker (realnews-o ausland-stern form)',
    },
    {
      text: 'Der Bürgermeister Paul Weber sagte nach Angaben der Stadt, die Straße bleibe gesperrt.',
      name: 'a named person says it, the source only relays it',
    },
    { text: 'Der Meinung nach dem Spiel war eindeutig: Der Sieg war verdient.', name: 'no opinion holder after the noun' },
    { text: 'Nach der Meinungsumfrage trat der Vorsitzende zurück.', name: 'a compound is no opinion noun' },
    { text: 'Nach dem Spiel fuhren die Fans nach Hause.' },
    { text: 'Zu Berichten über die Verlegung hat sich der Kreml nicht geäußert.' },
    { text: 'Nach Angaben fragte niemand.' },
    { text: 'Nach Jahreszahlen sieht die Bilanz gut aus.', name: 'a compound whose modifier names no source' },
    { text: 'Nach Gesamtzahlen des Ministeriums stieg die Zahl der Anträge.', name: 'Gesamt- is no source' },
    { text: 'Die Mannschaft fuhr nach dem Spiel mit eigenen Bussen nach Hause.' },
    { text: 'Nach ersten Angaben wurde niemand verletzt.', name: 'an adjective that names no source' },
    { text: 'Nach neuesten Informationen bleibt die Schule geschlossen.', name: '„neuesten“ names no source' },
    { text: 'Nach Ost-Berlin fuhren am Wochenende Sonderzüge.', name: 'a hyphenated place is no source' },
    { text: 'Nach Corona-Zahlen sieht die Lage im Herbst besser aus.', name: 'a topic before the hyphen is no source' },
    { text: 'Nach Jahres-Angaben ist die Bilanz ausgeglichen.', name: 'Jahres- names no source' },
    { text: 'Nach der Umfrage trat der Vorsitzende zurück.', name: 'a study noun without its author is no source' },
  ],
  invalid: [
    {
      text: 'Der Schäfer Peter Fröschle ist verzweifelt. Nach Fröschles Angaben wurden 43 Tiere getötet.',
      expect: [{ speaker: 'Peter Fröschle', kind: 'according_to', content: 'wurden 43 Tiere getötet' }],
      name: 'a named person in the genitive before the noun of telling (farming, realnews-z6)',
    },
    {
      text: 'Nach den Worten von Bayerns Ministerpräsident Markus Söder (CSU) sind rund 40.000 Einsatzkräfte unterwegs.',
      expect: [{ speaker: 'Markus Söder', kind: 'according_to', content: 'sind rund 40.000 Einsatzkräfte unterwegs' }],
      name: 'a place in the genitive before role and name is no speaker (flood, realnews-z4)',
    },
    {
      text: 'Die Organisatorin Ida Berg sprach nach Angaben von Reportern anfangs von 20.000 Teilnehmern, diese Zahl nannte auch die Polizei.',
      expect: [{ speaker: { name: 'Reportern' }, kind: 'according_to' }],
      name: 'a person speaks but no words of hers follow (no quotation, no clause): the source stays',
    },
    {
      text: 'Nach Meinung von Bürgermeisterin Edda Runge ist die Umgehungsstraße überflüssig.',
      name: '„nach Meinung von X“',
      expect: [{ speaker: { name: 'Edda Runge' }, kind: 'according_to', content: 'ist die Umgehungsstraße überflüssig' }],
      exact: true,
    },
    {
      text: 'Der Meinung der Gutachter nach ist die Brücke noch zehn Jahre sicher.',
      name: 'postposed „X Meinung nach“ with a genitive source',
      expect: [{ speaker: { name: 'Gutachter' }, cue: 'Der Meinung der Gutachter nach', kind: 'according_to', content: 'ist die Brücke noch zehn Jahre sicher' }],
      exact: true,
    },
    {
      text: 'Winzerin Pia Lorenz erwartet einen guten Jahrgang. Ihrer Ansicht nach war der Sommer ideal.',
      name: 'postposed „Ihrer Ansicht nach“: the woman named before',
      expect: [{ speaker: { name: 'Pia Lorenz' }, cue: 'Ihrer Ansicht nach', content: 'war der Sommer ideal' }],
    },
    {
      text: 'Nach einer Erhebung des Statistischen Bundesamts stieg die Zahl der Insolvenzen deutlich.',
      expect: [{ speaker: { text: 'des Statistischen Bundesamts', name: 'Statistisches Bundesamt' }, cue: 'Nach einer Erhebung', kind: 'according_to', content: 'stieg die Zahl der Insolvenzen deutlich' }],
      name: 'a survey names its author after it',
    },
    {
      text: 'Nach einer Erhebung der Techniker Krankenkasse fehlen viele Beschäftigte wegen Rückenleiden.',
      expect: [{ speaker: { name: 'Techniker Krankenkasse' }, content: 'fehlen viele Beschäftigte wegen Rückenleiden' }],
      pending: 'a two-word organisation name unknown to the gazetteer (Techniker Krankenkasse) is cut after its first word',
    },
    {
      text: 'Nach der Hochrechnung des ZDF liegt die SPD bei 28 Prozent.',
      expect: [{ speaker: { name: 'ZDF' }, cue: 'Nach der Hochrechnung', kind: 'according_to', content: 'liegt die SPD bei 28 Prozent' }],
    },
    {
      text: 'Nach Angaben der Feuerwehr brannte der Dachstuhl vollständig aus.',
      expect: [{ speaker: { text: 'der Feuerwehr' }, cue: 'Nach Angaben', kind: 'according_to', content: 'brannte der Dachstuhl vollständig aus' }],
      exact: true,
    },
    {
      text: 'Nordkorea hat nach neuesten Daten Südkoreas 1,28 Millionen Soldaten im Einsatz.',
      expect: [{ speaker: { text: 'Südkoreas' }, cue: 'nach neuesten Daten', content: 'Nordkorea hat nach neuesten Daten Südkoreas 1,28 Millionen Soldaten im Einsatz' }],
    },
    {
      text: 'Nach Angaben von Verdi beteiligten sich 20.000 Beschäftigte am Warnstreik.',
      expect: [{ speaker: 'Verdi', content: 'beteiligten sich 20.000 Beschäftigte am Warnstreik' }],
    },
    {
      text: 'Nach Berichten südkoreanischer Quellen, die sich auf Satellitenbilder stützen, wurden Truppen verlegt.',
      expect: [{ speaker: { text: 'südkoreanischer Quellen' }, cue: 'Nach Berichten', content: 'wurden Truppen verlegt' }],
    },
    {
      text: 'Am Hauptbahnhof warteten nach Polizeiangaben am Morgen mehrere Hundert Reisende auf Ersatzbusse.',
      expect: [{ speaker: { name: 'Polizei', text: 'Polizeiangaben' }, cue: 'nach Polizeiangaben', kind: 'according_to' }],
      exact: true,
      name: 'compound: the modifier is the source',
    },
    {
      text: 'Nach Regierungsangaben wurden in der Hauptstadt 40 Demonstranten festgenommen.',
      expect: [{ speaker: { name: 'Regierung' }, content: 'wurden in der Hauptstadt 40 Demonstranten festgenommen' }],
      name: 'linking -s dropped',
    },
    {
      text: 'Nach Augenzeugenberichten fielen vor dem Stadion mehrere Schüsse.',
      expect: [{ speaker: { name: 'Augenzeugen' }, content: 'fielen vor dem Stadion mehrere Schüsse' }],
    },
    {
      text: 'Nach Veranstalterangaben kamen rund 50.000 Besucher zum Open-Air-Konzert.',
      expect: [{ speaker: { name: 'Veranstalter' }, content: 'kamen rund 50.000 Besucher zum Open-Air-Konzert' }],
    },
    {
      text: 'Nach ersten Gewerkschaftsangaben legten in Hamburg 3.000 Hafenarbeiter die Arbeit nieder.',
      expect: [{ speaker: { name: 'Gewerkschaft' }, cue: 'Nach ersten Gewerkschaftsangaben' }],
    },
    {
      text: 'Die Bahn bietet nach eigenen Angaben eine Lohnerhöhung von elf Prozent an.',
      expect: [{ speaker: { name: 'Bahn' }, cue: 'nach eigenen Angaben', content: 'Die Bahn bietet nach eigenen Angaben eine Lohnerhöhung von elf Prozent an' }],
      exact: true,
      name: '„nach eigenen Angaben“: the subject speaks, not the object',
    },
    {
      text: 'Nach eigenen Angaben hat der Sportverein im Winter rund 300 neue Mitglieder gewonnen.',
      expect: [{ speaker: { text: 'der Sportverein' }, content: 'hat der Sportverein im Winter rund 300 neue Mitglieder gewonnen' }],
    },
    {
      text: '„Wir haben alles versucht“, sagte Bürgermeisterin Anna Keller. Nach ihren Angaben sind 200 Häuser beschädigt.',
      expect: [{ speaker: { name: 'Anna Keller', text: 'ihren' }, cue: 'Nach ihren Angaben', content: 'sind 200 Häuser beschädigt' }],
      name: 'possessive: the person who spoke before',
    },
    {
      text: 'Der Torwart wechselt nach dpa-Informationen für zwölf Millionen Euro nach England.',
      name: 'agency + hyphen + Informationen',
      expect: [{ speaker: { name: 'dpa' }, cue: 'nach dpa-Informationen', kind: 'according_to', content: 'Der Torwart wechselt nach dpa-Informationen für zwölf Millionen Euro nach England' }],
      exact: true,
    },
    {
      text: 'Nach Spiegel-Informationen plant das Ministerium eine Steuer auf Plastikverpackungen.',
      expect: [{ speaker: { name: 'Spiegel' }, content: 'plant das Ministerium eine Steuer auf Plastikverpackungen' }],
      exact: true,
    },
    {
      text: 'Nach Informationen unserer Redaktion soll der Intendant bereits im Herbst zurücktreten.',
      expect: [{ speaker: { name: 'Redaktion', text: 'unserer Redaktion' }, cue: 'Nach Informationen', content: 'soll der Intendant bereits im Herbst zurücktreten' }],
      exact: true,
    },
    {
      text: 'Nach Informationen des NDR wurden bei der Razzia 14 Wohnungen durchsucht.',
      expect: [{ speaker: { name: 'NDR' }, content: 'wurden bei der Razzia 14 Wohnungen durchsucht' }],
      exact: true,
    },
    {
      text: 'Nach ukrainischen Angaben wurden bei dem Angriff in der Nacht fünf Menschen getötet.',
      name: 'demonym adjective + Angaben: the country speaks',
      expect: [{ speaker: { name: 'Ukraine', text: 'ukrainischen Angaben' }, cue: 'Nach ukrainischen Angaben', kind: 'according_to', content: 'wurden bei dem Angriff in der Nacht fünf Menschen getötet' }],
      exact: true,
    },
    {
      text: 'Die Wahlbeteiligung lag nach offiziellen Angaben bei 61 Prozent.',
      name: 'an adjective that names no country: the phrase as written',
      expect: [{ speaker: { text: 'offiziellen Angaben' }, content: 'Die Wahlbeteiligung lag nach offiziellen Angaben bei 61 Prozent' }],
      exact: true,
    },
    {
      text: 'Nach polizeilichen Angaben nahmen rund 8.000 Menschen an der Demonstration teil.',
      name: 'an institutional adjective: the institution speaks',
      expect: [{ speaker: { name: 'Polizei' }, content: 'nahmen rund 8.000 Menschen an der Demonstration teil' }],
      exact: true,
    },
    {
      text: 'Bundesministerin Julia Reimann und Staatssekretär Frank Odenthal eröffneten die Messe. Nach ihren Worten kamen 40.000 Besucher.',
      name: '„ihren“: the woman, not the man named last',
      expect: [{ speaker: { name: 'Julia Reimann', text: 'ihren' }, content: 'kamen 40.000 Besucher' }],
      exact: true,
    },
    {
      text: 'Stadträtin Sabine Korte sprach mit Kämmerer Tim Hollmann. Nach seinen Worten fehlen der Stadt 30 Millionen Euro.',
      name: '„seinen“: the man',
      expect: [{ speaker: { name: 'Tim Hollmann', text: 'seinen' }, content: 'fehlen der Stadt 30 Millionen Euro' }],
      exact: true,
    },
    {
      text: 'Die Bundespolizei kontrollierte am Wochenende 2.000 Reisende. Nach ihren Angaben wurden 14 Menschen ohne Papiere angetroffen.',
      name: '„ihren“ with no person before: the feminine subject of the sentence before',
      expect: [{ speaker: { name: 'Bundespolizei', text: 'ihren' }, content: 'wurden 14 Menschen ohne Papiere angetroffen' }],
      exact: true,
    },
    {
      text: 'Das Umweltministerium wertete die Messungen aus. Nach seinen Angaben lag der Nitratwert an drei Stellen zu hoch.',
      name: '„seinen“ with no person before: a neuter subject',
      expect: [{ speaker: { name: 'Umweltministerium' }, content: 'lag der Nitratwert an drei Stellen zu hoch' }],
      exact: true,
    },
    {
      text: 'Nach Informationen des „Handelsblatts“ will der Konzern 2.000 Stellen streichen.',
      name: 'a publication in quotes after the article: the title (genitive -s dropped)',
      expect: [{ speaker: { name: 'Handelsblatt', text: 'des „Handelsblatts“' }, content: 'will der Konzern 2.000 Stellen streichen' }],
      exact: true,
    },
    {
      text: 'Nach Polizei-Angaben wurden bei dem Unfall vier Menschen verletzt.',
      name: 'hyphenated „Polizei-Angaben“',
      expect: [{ speaker: { name: 'Polizei' }, content: 'wurden bei dem Unfall vier Menschen verletzt' }],
      exact: true,
    },
  ],
});
