import rule from '../../../src/rules/statement/speech-verb-comma.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Minister lobte die Polizei, die schnell gehandelt hatte, und die Feuerwehr.', name: 'a relative clause after an object, then a coordinated noun: no content after it' },
    { text: 'Die Bauern fürchten, sagte er.', name: '„fürchten“ without a clause reports nothing' },
    { text: 'Schon allerdings plane sie, sich kaum in Tirol aufzuhalten.', name: 'an adverb before a conjunctional adverb is no subject' },
    { text: 'Allerdings müsse er die Erwartung, dass der Verband einschreitet oder klagt, enttäuschen: „Uns sind die Hände gebunden.“', name: 'a verb of saying closing an embedded clause, then the main clause’s infinitive before a colon (environment, realnews-t)' },
    { text: 'Kurz nachdem er über die Kündigungen informiert hatte, fing ein Mann an zu schimpfen.', name: 'a subordinate clause is no speaker phrase (local politics, realnews-w)' },
    { text: 'Der Wetterdienst erwartet am Abend Regen, die Temperaturen sinken.', name: '„erwarten“ with an object and an indicative main clause after the comma reports nothing' },
    { text: 'Die Gäste erwartet ein buntes Programm, das um 18 Uhr beginnt.', name: '„erwartet“ with a noun subject after it and a relative clause' },
    { text: 'Die Zahl, die der Verband nennt, ist viel zu hoch.', name: 'a relative clause with a subject of its own („der Verband“) has no antecedent speaker' },
    { text: 'Das Konzert findet am Samstag statt, wenn das Wetter hält.', name: '„findet … statt“ is no opinion' },
    { text: 'Die Rentnerin hat laut um Hilfe gerufen, so dass die Nachbarn die Polizei alarmierten.', name: '„um Hilfe rufen“ calls for something, it reports nothing (court report, realnews n)' },
    { text: 'Der Bergsteiger schrie um Hilfe, als der Hang nachgab.', name: '„um Hilfe schreien“ reports nothing' },
    { text: 'Die Polizei fand den Schlüssel im Garten, der Täter war geflohen.', name: '„finden“ with an object reports nothing' },
    { text: 'Über Stunden waren die Bewohner aufgefordert, ihre Häuser nicht zu verlassen.', name: 'a stative passive („waren aufgefordert“): the addressees are no speakers' },
    { text: 'Die Ministerin soll den Landrat auffordern, die Schulen früher zu schließen.', name: 'an infinitive of saying under „sollen“: asked for, not said' },
    { text: 'Der Bürgermeister verlange vom Rat, dass er ohne Nachfragen zustimmt.', name: 'a verb of saying in the Konjunktiv I is itself reported: no attribution of its own' },
    { text: 'Offiziell sagt der Landrat gar nichts zu dem Brief, außer dass er ihn weiterleitet.', name: '„sagt … nichts“ is negated saying (fresh copy, Land politics), and an adverb is no speaker' },
    { text: 'Die Vorsitzende informierte den Minister über die Art, mit der die Behörde die Eltern übergeht.', name: 'a preposition + relative pronoun after the comma opens a relative clause, no content' },
    { text: 'In einer am Abend veröffentlichten Mitteilung hieß es nur, die Lage sei ruhig.', name: 'an attributive participle („veröffentlichten Mitteilung“) is no verb of saying (form after t-online.de, Polizeimeldung)' },
    { text: 'Mehrere Familien, mit denen ein Reporter sprach, bezifferten die Zahl der Toten auf rund 20.', name: 'the verb closes a relative clause with a preposition („mit denen … sprach,“)' },
    { text: 'Der Verdacht bestätigte sich, als die Polizei die Wohnung durchsuchte.', name: 'reflexive „bestätigte sich“ is no speech' },
    { text: 'Das sei ein Fehler, die Frage bleibe offen, sagte er.', name: 'a trailing attribution after two clauses is no „X, die …, sagte“' },
    { text: 'Die Feuerwehr sprach von einem Großbrand, die Polizei von einem Schwelbrand.', name: 'an elliptic clause without a verb' },
    { text: 'Die unterschiedlichen Zahlen erklären sich nach Aussage des Sprechers damit, dass die Feuerwehr auch Verletzte mitzählt.', name: 'reflexive „sich erklären“ is no speech' },
    { text: 'Man fragt sich, ob der Plan jemals aufgeht.', name: 'reflexive „sich fragen“' },
    { text: 'Wer mehr Geld für Sozialleistungen fordere, müsse sagen, wo gespart werden solle.', name: 'a generalising „Wer …“ is no speaker' },
    { text: 'Die Staatsanwaltschaft hatte neun Jahre Haft gefordert, die Verteidigung plädierte auf eine Bewährungsstrafe.', name: 'participle with its object, then a clause of its own' },
    { text: 'Die Grünen-Vorsitzende räumte eine Niederlage ein: Ihre Partei verlor 4,1 Prozentpunkte.', name: 'object, particle, colon, indicative sentence' },
    { text: 'Der Kläger forderte 5.000 Euro Schadenersatz, das Gericht sprach ihm 2.000 Euro zu.' },
    { text: 'Der Kreml hat sich zu den Berichten nicht geäußert.' },
    { text: 'Der Sprecher wollte sich nicht äußern, obwohl mehrfach nachgefragt wurde.' },
    { text: 'Nordkorea ratifizierte den Pakt und versprach, sich gegenseitig Unterstützung zu leisten.' },
    { text: 'Die Regierung sagte nicht, dass die Steuern steigen.' },
    { text: 'Das Wetter war schön, die Sonne schien.' },
    { text: 'Die Opposition bezweifelt diese Zahlen, weil sie auf alten Daten beruhen.', name: 'a causal clause is no reported content' },
    { text: 'Bis 2030 drohe ein Mangel an Pflegekräften, selbst wenn die Löhne steigen.', name: '„drohen“ with a noun subject and a concessive clause' },
    { text: 'Der Verband warnte vor den Folgen, als die Preise stiegen.', name: 'a temporal clause is no reported content' },
    { text: 'Den Anwohnern droht eine Räumung, falls der Pegel weiter steigt.', name: '„droht“ + conditional clause' },
    { text: 'Aktuell könne niemand sagen, wie sich die Mieten entwickeln.', name: 'a sentence-initial adverb is no speaker, „niemand sagen“ no statement' },
    { text: 'Während die Anklage eine Haftstrafe von acht Jahren fordert, plädiert die Verteidigung auf Freispruch.', name: 'after a subordinate clause the verb-second main clause is no content' },
    { text: 'Die Polizei sprach von 800 Teilnehmern, die Veranstalterinnen sprechen von 3000.', name: 'a clause with its own speaker and verb of saying is no content' },
    { text: 'Derzeit kann keiner sagen, ob die Brücke hält.', name: 'another adverb, „keiner“' },
  ],
  invalid: [
    {
      text: 'So sagt Caspar Baader, der die Findungskommission der SVP leitet, ein Zürcher Bundesrat sei nicht zwingend.',
      expect: [{ speaker: 'Caspar Baader', kind: 'indirect', content: 'ein Zürcher Bundesrat sei nicht zwingend' }],
      name: 'a relative clause after the speaker behind the verb; the content follows its comma (Swiss politics, realnews-s)',
    },
    {
      text: 'Das sagte Anna Roth, Sprecherin der Stadtwerke, die Preise würden im Mai steigen.',
      expect: [{ speaker: 'Anna Roth', kind: 'indirect', content: 'die Preise würden im Mai steigen' }],
      name: 'an apposition after the speaker behind the verb (energy)',
    },
    {
      text: 'Ein Sprecher des Kreises sagte am Mittwoch, die Zahl könne noch steigen.',
      expect: [{ speaker: 'Sprecher des Kreises', kind: 'indirect', content: 'die Zahl könne noch steigen' }],
      name: 'a clause with its verb second after a weekday is content, no relative clause',
    },
    {
      text: 'So fordert etwa die FDP, ein Disziplinarverfahren gegen den Oberbürgermeister einzuleiten.',
      expect: [{ speaker: 'FDP', kind: 'indirect', content: 'ein Disziplinarverfahren gegen den Oberbürgermeister einzuleiten' }],
      name: 'an adverb („etwa“) between the verb and the subject after it (city council, realnews-s)',
    },
    {
      text: 'Das Reden überlässt er seinem Anwalt Markus Brunner. Der kritisiert unter anderem, dass die Ermittler ihrem Vorurteil gefolgt seien.',
      expect: [{ speaker: 'Der', kind: 'indirect', content: 'die Ermittler ihrem Vorurteil gefolgt seien' }],
      name: 'the demonstrative „Der“ opening the sentence before a singular verb is a pronoun for a man (court, realnews-s)',
    },
    {
      text: '11 der 16 zuständigen Landesbehörden teilten der Zeitung mit, dass sie nicht alle Stellen besetzen konnten.',
      expect: [{ speaker: '11 der 16 zuständigen Landesbehörden', kind: 'indirect', content: 'sie nicht alle Stellen besetzen konnten' }],
      name: 'a figure opening a counted subject is no adverbial (schools, realnews-s)',
    },
    {
      text: 'Geschäftsführer Martin Rau unterschrieb. Rau sagte, der Windpark solle im Herbst Strom liefern.',
      expect: [{ speaker: 'Martin Rau', kind: 'indirect', content: 'der Windpark solle im Herbst Strom liefern' }],
      name: 'a surname that is also an adjective opens the sentence: the person named before, no adverb (energy, realnews-u)',
    },
    {
      text: 'Ministerin Ursula von der Leyen besuchte die Truppe. Von der Leyen sagte, das Geld reiche nicht.',
      expect: [{ speaker: 'Von der Leyen', kind: 'indirect', content: 'das Geld reiche nicht' }],
      name: 'a surname with its particles opens the sentence („Von der Leyen sagte“, defence)',
    },
    {
      text: 'Eckart Wangerin, der Fraktionschef der Linken, argumentierte ähnlich: Die Entscheidung sei noch nicht gefallen.',
      expect: [{ speaker: 'Eckart Wangerin', kind: 'indirect', content: 'Die Entscheidung sei noch nicht gefallen' }],
      name: 'an apposition with an article and a genitive between the speaker and the verb (city council, realnews-x)',
    },
    {
      text: 'Anna Roth, Sprecherin der Stadtwerke, sagte, die Preise würden im Mai steigen.',
      expect: [{ speaker: 'Anna Roth', kind: 'indirect', content: 'die Preise würden im Mai steigen' }],
      name: 'an apposition without an article (energy)',
    },
    {
      text: 'Kritik kam von den Ländern. Die Union fürchtete, durch die Reform würden kleinere Kliniken schließen.',
      expect: [{ speaker: 'Union', kind: 'indirect', content: 'durch die Reform würden kleinere Kliniken schließen' }],
      name: 'a verb of fearing with a Konjunktiv clause (health policy, realnews-x)',
    },
    {
      text: 'Die Grünen stimmen nicht zu. Auch sie kritisierten, dass die Kontrolle erschwert werde.',
      expect: [{ speaker: 'sie', kind: 'indirect', content: 'die Kontrolle erschwert werde' }],
      name: 'a focus particle before a pronoun subject („Auch sie kritisierten“)',
    },
    {
      text: 'Selenskyj schlug eine Waffenruhe vor. Präsident Wladimir Putin wiederum warf der Ukraine vor, sie wolle eine Feuerpause nutzen.',
      expect: [{ speaker: 'Wladimir Putin', kind: 'indirect', content: 'sie wolle eine Feuerpause nutzen' }],
      name: 'a conjunctional adverb after the subject („Putin wiederum“), a dative object after the verb (international, realnews-x)',
    },
    {
      text: 'Auch sein Parteikollege Nicolas Cavalli kritisierte, dass es sich nur um Symbolpolitik handle.',
      expect: [{ speaker: 'Nicolas Cavalli', kind: 'indirect', content: 'es sich nur um Symbolpolitik handle' }],
      name: 'a focus particle before the subject (city parliament, realnews-w)',
    },
    {
      text: 'Die Tat hatte der Angeklagte im Prozess eingeräumt, allerdings behauptet, er sei angegriffen worden.',
      expect: [{ speaker: { text: 'der Angeklagte' }, kind: 'indirect' }],
      name: 'an object that cannot speak in the prefield (non-speakers.txt): the subject after the finite verb (court, realnews-v)',
    },
    {
      text: 'Landwirtschaftsminister Till Backhaus tagte in Schwerin. Einstimmig hätten er und seine Kollegen an die Bauern appelliert, weniger Milch zu erzeugen.',
      expect: [{ speaker: { name: 'Till Backhaus', text: 'er' }, kind: 'indirect', content: 'weniger Milch zu erzeugen' }],
      name: 'a pronoun coordinated with a group: the person the pronoun stands for (realnews-u)',
    },
    {
      text: 'Vergeblich wies der Bürgermeister Paul Weber darauf hin, dass die Stadt gar nicht viel tun könne.',
      name: 'a lone adjective in the prefield is an adverb: the subject follows the verb (realnews-o kommunal-journalb form)',
      expect: [{ speaker: { name: 'Paul Weber' }, content: 'die Stadt gar nicht viel tun könne' }],
      exact: true,
    },
    {
      text: 'Der Nachrichtenagentur dpa sagte Ida Berg, das Treffen gehe auf Initiative der Gemeinde zurück.',
      name: 'a dative addressee (feminine noun after „Der“) in the prefield: the subject follows the verb (realnews-o ausland-stern form)',
      expect: [{ speaker: { name: 'Ida Berg' }, content: 'das Treffen gehe auf Initiative der Gemeinde zurück' }],
      exact: true,
    },
    {
      text: 'Dem Sender sagte der Minister Paul Weber, der Plan sei gescheitert.',
      name: 'a dative addressee after „Dem“: the subject follows the verb',
      expect: [{ speaker: { name: 'Paul Weber' }, content: 'der Plan sei gescheitert' }],
      exact: true,
    },
    {
      text: 'Fraktionschef Ole Berger sagte am Montag, die «Zweckehe», in der jeder nur an sich denke, sei am Ende.',
      name: 'a quoted noun after the article opens the reported clause like an unquoted one',
      expect: [{ speaker: { name: 'Ole Berger' }, content: 'die «Zweckehe», in der jeder nur an sich denke, sei am Ende' }],
    },
    {
      text: 'Hannover (dpa) - Unter Verweis auf die neuen Zahlen hat die niedersächsische Sozialministerin am Montag erklärt, dass die Kliniken mehr Geld bekommen.',
      name: 'a dateline before an adverbial prefield: the subject after the auxiliary speaks, not the dateline (realnews n ausland-irna)',
      expect: [{ speaker: { text: 'die niedersächsische Sozialministerin' }, cue: 'erklärt', kind: 'indirect', content: 'die Kliniken mehr Geld bekommen' }],
    },
    {
      text: 'Die Elternvertreter erwarten vom Schulamt, „die Zusage einzuhalten und mit uns gemeinsam zu planen“ und fordern: „Reden Sie mit uns!“',
      name: '„erwarten“ + a quoted zu-infinitive reports a demand; the content ends with the quotation (realnews-m form, other topic)',
      expect: [{ speaker: { name: 'Elternvertreter' }, content: '„die Zusage einzuhalten und mit uns gemeinsam zu planen“' }],
    },
    {
      text: 'Die Kämmerin erwartet, dass die Gewerbesteuer im Herbst wieder steigt.',
      name: '„erwarten, dass …“ reports an expectation',
      expect: [{ speaker: { name: 'Kämmerin' }, kind: 'indirect', content: 'die Gewerbesteuer im Herbst wieder steigt' }],
    },
    {
      text: 'Das meint auch Stadtrat Otto Brenner, der allerdings darauf hinweist, dass die Halle nur gemietet sei.',
      name: 'a relative clause without a subject of its own speaks for its named antecedent (realnews-n form, other topic, invented person)',
      expect: [{ speaker: { name: 'Otto Brenner' }, kind: 'indirect', content: 'die Halle nur gemietet sei' }],
    },
    {
      text: 'Bürgermeister Jan Holt hat den Etat gekürzt. Diesen Schritt kritisieren die Fraktionen scharf. Sie argumentieren, dass die Schulen darunter leiden.',
      name: 'plural „Sie“ is the group named last, also when it is no sentence-initial subject',
      expect: [{ speaker: { text: 'Sie', name: 'Fraktionen' }, content: 'die Schulen darunter leiden' }],
    },
    {
      text: 'Die Kritik der Oppositionsparteien im Landtag war scharf. Und sie monieren, dass die Ministerin gefehlt habe.',
      name: 'a coordinator before the pronoun is no part of the speaker; a group in the genitive is the antecedent',
      expect: [{ speaker: { text: 'sie', name: 'Oppositionsparteien' }, content: 'die Ministerin gefehlt habe' }],
    },
    {
      text: 'Die Bedingungen wurden verschärft. Sie fordern, dass die Stadt spart.',
      name: 'a plural of things is no speaker group: the pronoun stays unresolved',
      expect: [{ speaker: { text: 'Sie', name: 'Sie' }, content: 'die Stadt spart' }],
    },
    {
      text: 'Stadträtin Jana Roth findet, der Neubau sei viel zu teuer geplant.',
      expect: [{ speaker: { name: 'Jana Roth' }, kind: 'indirect', content: 'der Neubau sei viel zu teuer geplant' }],
      name: '„findet“ + a Konjunktiv clause (realnews-k form), other topic, invented person',
    },
    {
      text: 'Unverständlich findet Kämmerer Tim Brandt, dass die Stadt das Geld nicht abruft.',
      expect: [{ speaker: { name: 'Tim Brandt' }, kind: 'indirect', content: 'die Stadt das Geld nicht abruft' }],
      name: 'a fronted adjective is no subject: the subject follows the verb (realnews-k form), invented person',
    },
    {
      text: 'Verbandschefin Ida Kranz hat die Länder aufgefordert, das Gesetz im Bundesrat zu stoppen.',
      expect: [{ speaker: { name: 'Ida Kranz' }, kind: 'indirect', content: 'das Gesetz im Bundesrat zu stoppen' }],
      name: '„auffordern“ + zu-infinitive (realnews-j form), invented person',
    },
    {
      text: 'Der Anwalt hatte den Antrag damit begründet, dass sein Mandant vorverurteilt worden sei.',
      expect: [{ speaker: { text: 'Der Anwalt' }, kind: 'indirect', content: 'sein Mandant vorverurteilt worden sei' }],
      name: '„begründete … damit, dass“ (realnews-i form), other case',
    },
    {
      text: 'Stadtrat Jonas Weber glaubt, die Kosten seien zu niedrig geschätzt: „Wir zahlen am Ende doppelt.“',
      expect: [{ speaker: { name: 'Jonas Weber' }, kind: 'indirect', content: 'die Kosten seien zu niedrig geschätzt' }],
      exact: true,
      name: 'the reported clause ends at a colon before a quotation (the quotation is a statement of its own; realnews-k form), invented person',
    },
    {
      text: 'Die Klinik schließt im Mai. «ostsee-online» hatte am Vortag berichtet, dass die Stadt das Gebäude kaufen wolle.',
      name: 'an outlet named in quotation marks opens the sentence, the finite verb right after it (a web outlet in lower case)',
      expect: [{ speaker: { name: 'ostsee-online' }, content: 'die Stadt das Gebäude kaufen wolle' }],
      exact: true,
    },
    {
      text: 'Die Klinik schließt im Mai. Der „Kurier“ hatte zuvor gemeldet, die Stadt wolle das Gebäude kaufen.',
      name: 'article + outlet in quotation marks as the subject before the finite verb',
      expect: [{ speaker: { name: 'Kurier' }, content: 'die Stadt wolle das Gebäude kaufen' }],
      exact: true,
    },
    {
      text: 'Der Sprecher sagte, mit der Bahn sei die Anreise kein Problem.',
      expect: [{ cue: 'sagte', kind: 'indirect', content: 'mit der Bahn sei die Anreise kein Problem' }],
      name: 'a preposition + article + noun after the comma is content, not a relative clause',
    },
    {
      text: 'In einer am Nachmittag veröffentlichten Mitteilung teilte die Feuerwehr mit, dass der Brand gelöscht sei.',
      expect: [{ speaker: { text: 'die Feuerwehr' }, cue: 'teilte', content: 'der Brand gelöscht sei' }],
      exact: true,
      name: 'the finite verb after an attributive participle keeps its speaker, the participle none',
    },
    {
      text: 'Die Minister erklärten Journalisten, die Steuern würden nicht steigen.',
      expect: [{ speaker: { text: 'Die Minister' }, cue: 'erklärten' }],
      name: 'other topic: a finite verb that is also an adjective form, with a subject noun before it',
    },
    {
      text: 'Der Etat ist knapp. Deswegen sagte Kämmerer Jan Wolff, die Stadt müsse sparen.',
      expect: [{ speaker: { name: 'Jan Wolff' }, kind: 'indirect', content: 'die Stadt müsse sparen' }],
      exact: true,
      name: '„Deswegen“ in the prefield: the subject follows the verb',
    },
    {
      text: '„Wir brauchen mehr Personal“, sagte Schulleiterin Anja Roth. Die Eltern demonstrierten vor dem Rathaus. Sie fordern, dass mehr Lehrer eingestellt werden.',
      name: 'plural „Sie fordern“ is the group before, never the woman named last',
      expect: [{ speaker: { text: 'Sie', name: 'Eltern' }, cue: 'fordern', content: 'mehr Lehrer eingestellt werden' }],
    },
    {
      text: 'Das Landratsamt teilte mit, die Turnhalle bleibe gesperrt, der Sportverein spricht dagegen von Schikane.',
      name: 'the content ends before a following attribution',
      expect: [{ speaker: { name: 'Landratsamt' }, cue: 'teilte', content: 'die Turnhalle bleibe gesperrt' }],
      exact: true,
    },
    {
      text: 'Landrat Jens Okafor appellierte an die Anwohner, die Keller sofort zu räumen.',
      expect: [{ speaker: { name: 'Jens Okafor' }, cue: 'appellierte', kind: 'indirect', content: 'die Keller sofort zu räumen' }],
      name: 'a demand: its zu-infinitive is the content',
    },
    {
      text: 'Die Gewerkschaft forderte die Arbeitgeber auf, ein neues Angebot vorzulegen.',
      expect: [{ speaker: { text: 'Die Gewerkschaft' }, content: 'ein neues Angebot vorzulegen' }],
      name: 'another topic: „forderte … auf, … zu …“',
    },
    {
      text: 'Die Gewerkschaft, die den Streik organisiert hatte, sagte, es seien 5.000 Menschen gekommen.',
      expect: [{ speaker: { text: 'Die Gewerkschaft' }, cue: 'sagte', kind: 'indirect', content: 'es seien 5.000 Menschen gekommen' }],
      name: 'a relative clause between the subject and its speech verb',
    },
    {
      text: 'Der Bürgermeister, der seit 2019 im Amt ist, erklärte, die Stadt werde nicht zahlen.',
      expect: [{ speaker: { text: 'Der Bürgermeister' }, cue: 'erklärte', content: 'die Stadt werde nicht zahlen' }],
    },
    {
      text: 'Die Sängerin ließ am Montag über ihr Management mitteilen, sie sei unschuldig.',
      expect: [{ speaker: { text: 'Die Sängerin' }, cue: 'mitteilen', content: 'sie sei unschuldig' }],
      name: '„ließ … mitteilen, …“',
    },
    {
      text: 'Sie warnte die Bürger, die Lage sei weiterhin ernst.',
      expect: [{ cue: 'warnte', content: 'die Lage sei weiterhin ernst' }],
      name: 'an object in the middle field, then a Konjunktiv clause: content',
    },
    {
      text: 'Der Minister erklärte sich bereit, die Gespräche mit der Gewerkschaft fortzusetzen.',
      expect: [{ cue: 'erklärte', content: 'die Gespräche mit der Gewerkschaft fortzusetzen' }],
      name: '„erklärte sich bereit“ is a declaration',
    },
    {
      text: 'Der Verband hat den Abgeordneten vorgeworfen, die Reform absichtlich zu verschleppen.',
      expect: [{ cue: 'vorgeworfen', content: 'die Reform absichtlich zu verschleppen' }],
      
    },
    {
      text: 'Die Ministerin sagte im „Bericht aus Berlin“, die Reform komme noch vor dem Sommer.',
      expect: [{ speaker: { text: 'Die Ministerin' }, cue: 'sagte', content: 'die Reform komme noch vor dem Sommer' }],
      name: 'a quoted title in the middle field',
    },
    {
      text: 'Der Wirtschaftsminister sagte dem „Tagesspiegel“, er halte an dem Plan fest.',
      expect: [{ cue: 'sagte', content: 'er halte an dem Plan fest' }],
    },
    {
      name: 'a pronoun goes to the person named last, not to the last speaker',
      text: 'Ministerpräsidentin Anna Berger sagte, das Land helfe sofort. Bundeskanzler Jonas Keller versprach den Betroffenen Unterstützung. Er sagte, der Bund werde sich an den Kosten beteiligen.',
      expect: [
        { speaker: { name: 'Anna Berger' }, content: 'das Land helfe sofort' },
        { speaker: { text: 'Er', name: 'Jonas Keller' }, content: 'der Bund werde sich an den Kosten beteiligen' },
      ],
    },
    {
      text: 'Seoul sagt, die Raketen seien von Russland an Nordkorea übergeben worden.',
      expect: [{ speaker: 'Seoul', cue: 'sagt', kind: 'indirect', content: 'die Raketen seien von Russland an Nordkorea übergeben worden' }],
      exact: true,
    },
    {
      text: 'Ein Sprecher der Stadtwerke sagte am Freitag gegenüber dem WDR, dass die Preise im Januar steigen.',
      expect: [{ cue: 'sagte', kind: 'indirect', content: 'die Preise im Januar steigen' }],
      exact: true,
    },
    {
      text: 'Die Bundesinnenministerin betonte im Bundestag, die Grenzkontrollen würden verlängert.',
      expect: [{ speaker: { text: 'Die Bundesinnenministerin' }, cue: 'betonte', content: 'die Grenzkontrollen würden verlängert' }],
    },
    {
      text: 'Zuvor hatte der Deutsche Wetterdienst erklärt, der Pegel der Elbe werde bis Sonntag weiter steigen.',
      expect: [{ speaker: { text: 'der Deutsche Wetterdienst' }, cue: 'erklärt', content: 'der Pegel der Elbe werde bis Sonntag weiter steigen' }],
    },
    {
      text: 'Die USA, Südkorea und die Ukraine sagen, dass mindestens 10.000 Soldaten geschickt wurden.',
      expect: [{ speaker: { names: ['USA', 'Südkorea', 'Ukraine'] }, cue: 'sagen', content: 'mindestens 10.000 Soldaten geschickt wurden' }],
    },
    {
      text: 'Die Gewerkschaft Verdi teilte mit, dass der Streik am Montag beginnt.',
      expect: [{ cue: 'teilte', content: 'der Streik am Montag beginnt' }],
    },
    {
      text: 'Die Ministerin fügte hinzu, dass die Inflation im Herbst sinken dürfte.',
      expect: [{ speaker: { text: 'Die Ministerin' }, cue: 'fügte', content: 'die Inflation im Herbst sinken dürfte' }],
    },
    {
      text: 'Einen Monat später deutete er jedoch an, dass die Satellitenbilder etwas belegen müssten.',
      expect: [{ speaker: { text: 'er' }, cue: 'deutete', content: 'die Satellitenbilder etwas belegen müssten' }],
    },
    {
      text: 'Der Verein informierte die Mitglieder am Abend darüber und sagte, dass das Stadion gesperrt bleibt.',
      expect: [{ speaker: { text: 'Der Verein' }, cue: 'sagte', content: 'das Stadion gesperrt bleibt' }],
      exact: true,
    },
    {
      text: 'Der Trainer des FC Augsburg sagte nach dem Spiel, seine Mannschaft habe zu viele Chancen vergeben.',
      expect: [{ cue: 'sagte', content: 'seine Mannschaft habe zu viele Chancen vergeben' }],
    },
    {
      text: 'Die Polizei gab in Zusammenarbeit mit der Feuerwehr an, zwei Verletzte geborgen zu haben.',
      expect: [{ speaker: { text: 'Die Polizei' }, cue: 'gab', content: 'zwei Verletzte geborgen zu haben' }],
    },
    {
      text: 'Der ukrainische Präsident beschuldigte Moskau am Donnerstag, zivile Ziele anzugreifen, obwohl der Kreml sagte, er greife nur militärische Ziele an.',
      expect: [
        { cue: 'beschuldigte', content: 'zivile Ziele anzugreifen' },
        { speaker: { text: 'der Kreml' }, cue: 'sagte', content: 'er greife nur militärische Ziele an' },
      ],
    },
    {
      text: 'Als Reaktion auf die Kritik sagte der Oppositionsführer, die Regierung habe versagt.',
      expect: [{ speaker: { text: 'der Oppositionsführer' }, content: 'die Regierung habe versagt' }],
    },
    {
      text: 'Letzte Woche verurteilten Frankreich, Italien und Spanien den Angriff scharf und sagten, solche Taten seien nicht hinnehmbar.',
      expect: [{ speaker: { text: 'Frankreich, Italien und Spanien' }, cue: 'sagten', content: 'solche Taten seien nicht hinnehmbar' }],
    },
    {
      text: 'SPÖ-Chef Andreas Babler meinte, das sei »ein Hohn für die Wähler«.',
      expect: [{ speaker: { text: 'SPÖ-Chef Andreas Babler' }, cue: 'meinte', content: 'das sei »ein Hohn für die Wähler«' }],
    },
    {
      text: 'Der Präsident des Verbands, Siegfried Maier, erklärte am Montag, die Branche brauche Entlastung.',
      name: 'subject with apposition',
      expect: [{ speaker: { text: 'Der Präsident des Verbands, Siegfried Maier' }, cue: 'erklärte', content: 'die Branche brauche Entlastung' }],
    },
    {
      text: 'Der Sachschaden wird auf rund 50.000 Euro geschätzt, teilte die Polizei mit.',
      name: 'passive participle and trailing attribution are no comma statement',
      expect: [],
      exact: true,
    },
    {
      text: 'Der Wirtschaftsminister sagte, wenn die Energiepreise weiter stiegen, werde die Industrie abwandern.',
      name: 'a conditional clause before the main clause of the content stays content',
      expect: [{ speaker: { text: 'Der Wirtschaftsminister' }, cue: 'sagte', content: 'wenn die Energiepreise weiter stiegen, werde die Industrie abwandern' }],
      exact: true,
    },
    {
      text: 'Die Gewerkschaft kündigte neue Warnstreiks an, so die Zeitung.',
      name: 'a trailing „so“ attribution after the comma is no reported clause',
      expect: [],
      exact: true,
    },
  ],
});
