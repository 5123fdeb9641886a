import rule from '../../../src/rules/statement/direct-quote.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'DVRK steht für “Demokratische Volksrepublik Korea”, den offiziellen Namen des Landes.' },
    { text: 'Der Film „Das Boot“ läuft am Sonntag im Ersten.' },
    { text: '„Wir geben nicht auf“, sagte der Kapitän nicht.', name: 'negated' },
    { text: '„Das ist vorbei.“', name: 'a verbless quote with nobody before it' },
    { text: 'Der Spitzenkandidat sprach in der »ZIB 2« über die Koalition.', name: 'a quoted programme title is no quotation' },
    { text: 'Die Ministerin sagte im „Bericht aus Berlin“, die Reform komme vor dem Sommer.', name: 'a title after „im“' },
    { text: 'Die Rücktrittsforderungen seien haltlos, sagte Ministerin Ines Haller der »Rheinischen Post«.', name: 'an outlet in quotes after „sagte X der“ is a title' },
    { text: 'Das Angebot reiche nicht, sagte er dem „Spiegel“.', name: 'a title after „sagte er dem“' },
    { text: 'Die Kinder lachen über den Clown, der „Pippo“ heißt.', name: 'a verb of manner away from a quote attributes nothing' },
    { text: 'Der Trainer lacht: „Pippo“ heißt der neue Hund.', name: 'a verb of manner before a colon is no cue' },
    { text: 'Kolb schüttelt den Kopf.\n\n„Das Projekt startet im Mai.“', name: 'a person before a paragraph break does not speak the quote after it' },
    { text: 'Die Stadtverwaltung prüft den Antrag. „Das Projekt startet im Mai.“', name: 'an institution opening the sentence before is no person introduced' },
    { text: 'Die Nachbarn schwärmten von dem neuen Café am Markt.', name: '„schwärmen von“ without a quote or clause reports no content' },
    { text: 'Die Kommissarin zeigte sich zufrieden: Der Täter sei gefasst.', name: 'a stance predicate and a colon without a quote' },
  ],
  invalid: [
    {
      text: 'Die Angeklagte Vera Kolb erschien ohne Anwalt. Kolb schüttelt den Kopf. „Das habe ich nie unterschrieben.“',
      expect: [{ speaker: { name: 'Vera Kolb', text: 'Kolb' }, kind: 'direct', content: 'Das habe ich nie unterschrieben.' }],
      exact: true,
      name: 'a verbless quote after a sentence that opens with a named person: that person speaks',
    },
    {
      text: '„Wir bauen im Herbst“, sagte Bürgermeister Ole Brandt. Architektin Jana Roth zeigt die Pläne. „Das Dach wird begrünt.“',
      expect: [
        { speaker: { name: 'Ole Brandt' }, content: 'Wir bauen im Herbst' },
        { speaker: { name: 'Jana Roth' }, content: 'Das Dach wird begrünt.' },
      ],
      exact: true,
      name: 'the person introduced right before wins over the speaker before',
    },
    {
      text: '«Die Bäume blühen dieses Jahr sehr früh», lacht Direktorin Tilda Brenner.',
      expect: [{ speaker: { name: 'Tilda Brenner' }, cue: 'lacht', kind: 'direct', content: 'Die Bäume blühen dieses Jahr sehr früh' }],
      exact: true,
      name: 'a verb of manner right after the quote attributes it',
    },
    {
      text: '„Ohne Ehrenamt läuft hier gar nichts“, weiß Vereinschef Bruno Kessler aus Erfahrung.',
      expect: [{ speaker: { name: 'Bruno Kessler' }, cue: 'weiß', kind: 'direct', content: 'Ohne Ehrenamt läuft hier gar nichts' }],
      exact: true,
      name: '„weiß X“ after the quote',
    },
    {
      text: '„Die Mannschaft hat großartig gekämpft“, schwärmte Co-Trainerin Mila Fendt.',
      expect: [{ speaker: { name: 'Mila Fendt' }, cue: 'schwärmte', kind: 'direct', content: 'Die Mannschaft hat großartig gekämpft' }],
      exact: true,
      name: '„schwärmen“ after a quote is a verb of saying',
    },
    {
      text: '„Die Mieten steigen“, sagt Mieterbund-Chef Ole Brandt. Niemand wisse, wann das ende. Wer soll das bezahlen?\n\n„Das Projekt startet im Mai.“',
      name: 'three sentences back across a paragraph break: no continuation',
      expect: [{ speaker: { name: 'Ole Brandt' }, cue: 'sagt', content: 'Die Mieten steigen' }],
      exact: true,
    },
    {
      text: 'Die Reform komme „viel zu spät“, kritisierte der Verband.',
      expect: [{ speaker: { text: 'der Verband' }, kind: 'indirect', content: 'Die Reform komme „viel zu spät“' }],
      exact: true,
      name: 'a partial quote inside a Konjunktiv frame is indirect',
    },
    {
      text: 'Das ist „ein fatales Signal an die Industrie“, sagte die Abgeordnete.',
      expect: [{ kind: 'direct', content: 'ein fatales Signal an die Industrie' }],
      exact: true,
      name: 'an indicative frame keeps the quote direct',
    },
    {
      text: 'Der Spitzenkandidat sprach in der »ZIB 2« von einem »klaren Auftrag der Wählerinnen und Wähler«.',
      expect: [{ cue: 'sprach', kind: 'direct', content: 'klaren Auftrag der Wählerinnen und Wähler' }],
      exact: true,
      name: 'the title is read over, the quoted object is the quotation',
    },
    {
      text: 'Die Kanzlerin sprach von der »Mutter aller Krisen«.',
      expect: [{ cue: 'sprach', kind: 'direct', content: 'Mutter aller Krisen' }],
      name: '„von der »…«“ stays a quotation',
    },
    {
      text: 'Der Trainer sagte im »Sportstudio«: »Wir haben verdient gewonnen.«',
      expect: [{ speaker: { text: 'Der Trainer' }, content: 'Wir haben verdient gewonnen.' }],
      exact: true,
    },
    {
      text: '„Wir haben verdient gewonnen“, sagte der Trainer nach dem Spiel.',
      expect: [{ speaker: { text: 'der Trainer' }, cue: 'sagte', kind: 'direct', content: 'Wir haben verdient gewonnen' }],
      exact: true,
    },
    {
      text: 'Die Kanzlerin sagte: „Wir schaffen das.“',
      expect: [{ speaker: { text: 'Die Kanzlerin' }, cue: 'sagte', kind: 'direct', content: 'Wir schaffen das.' }],
    },
    {
      text: '»Die Lage ist ernst«, so der Bürgermeister.',
      expect: [{ speaker: { text: 'der Bürgermeister' }, cue: 'so', kind: 'direct', content: 'Die Lage ist ernst' }],
    },
    {
      text: '«Wir prüfen alle Optionen», sagte die Bundesrätin am Dienstag in Bern.',
      expect: [{ speaker: { text: 'die Bundesrätin' }, cue: 'sagte', content: 'Wir prüfen alle Optionen' }],
    },
    {
      text: '“Die Beziehungen entwickeln sich gut”, sagte Außenministerin Hanna Berg am Samstag.',
      expect: [{ cue: 'sagte', content: 'Die Beziehungen entwickeln sich gut' }],
    },
    {
      text: '"Das war knapp," sagte der Torwart.',
      expect: [{ speaker: { text: 'der Torwart' }, content: 'Das war knapp,' }],
    },
    {
      text: 'Die Sprecherin erklärte: ‚Der Zugverkehr ruht.‘',
      expect: [{ speaker: { text: 'Die Sprecherin' }, content: 'Der Zugverkehr ruht.' }],
    },
    {
      text: 'Im September leugnete der Minister die Gerüchte und nannte sie „vollkommenen Unsinn“.',
      expect: [{ speaker: { text: 'der Minister' }, cue: 'nannte', kind: 'direct', content: 'vollkommenen Unsinn' }],
    },
    {
      text: '„Der Damm hält. Wir haben die Lage im Griff“, sagte der Landrat.',
      name: 'a quote over two sentences',
      expect: [{ speaker: { text: 'der Landrat' }, content: 'Der Damm hält. Wir haben die Lage im Griff' }],
      exact: true,
    },
    {
      text: '„Wir kämpfen weiter“, sagte die Streikführerin. „Die Arbeitgeber müssen sich bewegen.“',
      name: 'a verbless quote continues the speaker',
      expect: [
        { speaker: { text: 'die Streikführerin' }, cue: 'sagte', content: 'Wir kämpfen weiter' },
        { speaker: { text: 'die Streikführerin' }, cue: '', kind: 'direct', content: 'Die Arbeitgeber müssen sich bewegen.' },
      ],
      exact: true,
    },
    {
      text: '„Die Saison war lang“, sagte Trainerin Greta Vollmer. Und: „Wir haben uns den Titel verdient.“',
      name: 'a conjunction and a colon before a verbless quote',
      expect: [
        { speaker: { name: 'Greta Vollmer' }, cue: 'sagte', content: 'Die Saison war lang' },
        { speaker: { name: 'Greta Vollmer' }, cue: '', kind: 'direct', content: 'Wir haben uns den Titel verdient.' },
      ],
      exact: true,
    },
    {
      text: '„Die Mieten steigen“, sagt Mieterbund-Chef Ole Brandt. Niemand wisse, wann das ende. Wer soll das bezahlen? „Wir brauchen eine Bremse.“',
      name: 'a Konjunktiv sentence and a question between: the quote still continues the speaker (three sentences back)',
      expect: [{ speaker: { name: 'Ole Brandt' }, cue: '', kind: 'direct', content: 'Wir brauchen eine Bremse.' }],
    },
    {
      text: '"Die Halle war jeden Abend voll“, so die Intendantin Marlene Ruprecht.',
      name: 'a quote opened with ASCII " and closed with “',
      expect: [{ speaker: { name: 'Marlene Ruprecht' }, cue: 'so', kind: 'direct', content: 'Die Halle war jeden Abend voll' }],
      exact: true,
    },
    {
      text: '„Wir spielen im Sommer wieder im Park", sagte der Theaterchef Jonas Albrecht.',
      name: 'a quote opened with „ and closed with ASCII "',
      expect: [{ speaker: { name: 'Jonas Albrecht' }, cue: 'sagte', kind: 'direct', content: 'Wir spielen im Sommer wieder im Park' }],
      exact: true,
    },
    {
      text: '„Der Einsatz verlief ruhig“, sagte ein Polizeisprecher der Deutschen Presse-Agentur.',
      name: 'a news agency after the speaker is the addressee, not the speaker',
      expect: [{ speaker: { text: 'ein Polizeisprecher', name: 'Polizeisprecher' }, cue: 'sagte', kind: 'direct', content: 'Der Einsatz verlief ruhig' }],
      exact: true,
    },
    {
      text: '„Die Zahlen sind stabil“, sagte ein Sprecher der Deutschen Presse-Agentur.',
      name: 'a plain „Sprecher der dpa“ is the agency’s spokesman (genitive)',
      expect: [{ speaker: { text: 'ein Sprecher der Deutschen Presse-Agentur' }, cue: 'sagte', kind: 'direct' }],
      exact: true,
    },
    {
      text: '„Die Lage ist ernst“, sagte Landrätin Heike Sommer der Deutschen Presse-Agentur.',
      name: 'after a person’s name „der“ + outlet is the addressee',
      expect: [{ speaker: { text: 'Landrätin Heike Sommer', name: 'Heike Sommer' }, cue: 'sagte', kind: 'direct' }],
      exact: true,
    },
    {
      text: '„Wir bauen bis 2030 neue Schulen“, sagte Bildungsministerin Carla Winter dem „Spiegel“.',
      name: 'a quoted outlet after „dem“ is the addressee',
      expect: [{ speaker: { text: 'Bildungsministerin Carla Winter', name: 'Carla Winter' }, cue: 'sagte', kind: 'direct' }],
      exact: true,
    },
    {
      text: 'Kapitän Lukas Berger traf zweimal. »Heute hat einfach alles gepasst«, sagte der 29-Jährige.',
      name: 'an age noun after the quote: the person named before',
      expect: [{ speaker: { text: 'der 29-Jährige', name: 'Lukas Berger' }, cue: 'sagte', kind: 'direct', content: 'Heute hat einfach alles gepasst' }],
      exact: true,
    },
    {
      text: 'Schulleiterin Miriam Albers und Hausmeister Uwe Kranz führten durch den Neubau. „Endlich haben wir genug Platz“, sagte die 44-Jährige.',
      name: 'die + age noun: the woman',
      expect: [{ speaker: { name: 'Miriam Albers' }, content: 'Endlich haben wir genug Platz' }],
    },
    {
      text: 'Sein Team habe alles versucht, sagte Trainer Ole Brandt dem »Kicker«.',
      name: 'an outlet in guillemets after „sagte X dem“ is no quotation',
      expect: [],
      exact: true,
    },
    {
      text: 'Landrat Peter Sommer (CDU) zeigte sich zufrieden: „Die Deiche haben gehalten.“',
      name: '„zeigte sich zufrieden:“ introduces a quote of the subject',
      expect: [{ speaker: { text: 'Landrat Peter Sommer (CDU)' }, cue: 'zeigte', kind: 'direct', content: 'Die Deiche haben gehalten.' }],
      exact: true,
    },
    {
      text: 'Die Gewerkschaft gab sich kämpferisch: »Wir streiken, bis ein Angebot auf dem Tisch liegt.«',
      name: '„gab sich kämpferisch:“ + quote',
      expect: [{ speaker: { text: 'Die Gewerkschaft' }, cue: 'gab', kind: 'direct', content: 'Wir streiken, bis ein Angebot auf dem Tisch liegt.' }],
      exact: true,
    },
    {
      text: 'Die Bundestrainerin zeigte sich nach dem Spiel tief enttäuscht: „Das war nicht unser Niveau.“',
      name: 'adverbials between „zeigte sich“ and the stance adjective',
      expect: [{ speaker: { text: 'Die Bundestrainerin' }, kind: 'direct', content: 'Das war nicht unser Niveau.' }],
      exact: true,
    },
    {
      text: 'Kapitän Jens Ahrens steuerte das Schiff in den Hafen. „Wir hatten keine Chance“, sagte der 58 Jahre alte Kapitän.',
      name: '„der 58 Jahre alte Kapitän“: the person named with that role',
      expect: [{ speaker: { text: 'der 58 Jahre alte Kapitän', name: 'Jens Ahrens' }, content: 'Wir hatten keine Chance' }],
      exact: true,
    },
    {
      text: 'Ministerin Lisa Kramer reiste in das Erdbebengebiet. Dort zeigte sie sich besorgt: „Die Lage ist dramatisch.“',
      name: 'a stance predicate with the subject after the verb',
      expect: [{ speaker: { text: 'sie', name: 'Lisa Kramer' }, cue: 'zeigte', kind: 'direct', content: 'Die Lage ist dramatisch.' }],
      exact: true,
    },
    {
      text: 'Die Angeklagte Petra Kunz schwieg zunächst. „Ich habe nichts gewusst“, sagte die Angeklagte am Nachmittag.',
      name: 'a nominalised adjective as an epithet: the person named with it',
      expect: [{ speaker: { text: 'die Angeklagte', name: 'Petra Kunz' }, content: 'Ich habe nichts gewusst' }],
      exact: true,
    },
    {
      text: 'Richter Paul Aue eröffnete die Sitzung. „Ich habe nichts gewusst“, sagte die Angeklagte.',
      name: 'an epithet is not resolved to a person of another gender and role',
      expect: [{ speaker: { text: 'die Angeklagte', name: 'Angeklagte' }, content: 'Ich habe nichts gewusst' }],
      exact: true,
    },
    {
      text: 'Fraktionschefin Doris Weber zeigte sich schockiert: »Das ist ein Erdbeben.«',
      name: 'a participle the dictionary lacks as the stance predicate',
      expect: [{ speaker: { name: 'Doris Weber' }, cue: 'zeigte', kind: 'direct', content: 'Das ist ein Erdbeben.' }],
      exact: true,
    },
  ],
});
