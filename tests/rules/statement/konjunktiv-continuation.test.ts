import rule from '../../../src/rules/statement/konjunktiv-continuation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: '„Wir machen weiter“, sagte Christoph Ziegler. Landwirt Peter Graf brachte seinen Sohn ins Spiel, der ihn jeden Montag frage, wann er komme.', name: 'a sentence whose subject is another named person with an indicative verb: its Konjunktiv sits in a clause below' },
    { text: 'Die Reederei setzt alle Schiffe ein: „Es fährt alles, was fahren kann“, betonte Sprecherin Eva Roth.', name: 'an indicative clause before the colon of a quotation is the writer\'s' },
    { text: 'Laut Plan sei alles bereit: „Es fährt alles“, betonte Sprecherin Eva Roth.', name: 'a clause before the colon with an attribution of its own is not the quotation speaker\'s' },
    { text: '„Wir bleiben hart“, sagte die Sprecherin Jana Wolf, zumal es keine Alternative gebe.', name: 'an adverbial clause after the trailing cue belongs to the statement before' },
    { text: '„Wir bleiben hart“, sagte die Sprecherin Jana Wolf, und verließ den Saal.', name: 'an indicative clause after the trailing cue' },
    { text: 'Der Minister sagte, die Lage sei ernst. Wann die Brücke öffnet, ist noch offen.', name: 'a clause in the prefield, then an indicative main verb' },
    { text: 'Der Minister sagte, die Lage sei ernst. Ob sie hält, wissen wir nicht.', name: 'a w-clause in the prefield, then an indicative main verb (first person)' },
    { text: 'Die Feuerwehr teilte mit, der Brand sei gelöscht. Am Abend regnete es. Ein Ergebnis läge noch nicht vor.', name: 'a Konjunktiv II does not reach over a sentence' },
    { text: 'Die Bahn teilte mit, die Strecke sei gesperrt. Ein Baum lag auf den Gleisen. Wie lange die Sperrung dauert, war unklar.', name: '„lange“ is no Konjunktiv that reaches over a sentence' },
    { text: 'Die Polizei nahm drei Männer fest. Sie hätten keine Papiere dabei gehabt.', name: 'Konjunktiv II without reported speech before' },
    { text: '„Wir sind bereit“, sagte der Trainer. Das Spiel wäre fast verloren gegangen.', name: '„wäre“ after a direct quote (the writer’s counterfactual as often)' },
    { text: '„Wir sind bereit“, sagte die Trainerin. Das dürfte ein Grund für den Sieg gewesen sein.', name: 'the epistemic „dürfte“ is the writer’s guess' },
    { text: '„Wir sind bereit“, sagte die Trainerin. Am Abend regnete es. Eine Absage käme nicht in Frage.', name: 'Konjunktiv II after a direct quote reaches over no sentence' },
    { text: 'Der Minister sagte, die Lage sei ernst. Am Abend würde es regnen.', name: 'singular „würde“ is too common to continue' },
    { text: 'Die Polizei nahm drei Männer fest. Sie würden verhört.', name: '„würden“ without reported speech before' },
    { text: 'Die Ministerin sagte, die Lage sei ernst. Wenn die Truppen verlegt würden, gäbe es Krieg.', name: 'Konjunktiv II of a condition' },
    { text: 'Die Lage sei ernst.', name: 'nobody spoke before' },
    { text: '„Wir sind bereit“, sagte die Trainerin. „Das wird schwer.“ Die Fans würden das Stadion füllen.', name: '„würden“ after a direct quote and a verbless quote' },
    { text: 'Der Förster sagte, der Wald sei gesund.\n\n«Wir pflanzen Eichen. Die Buchen bleiben stehen.»\n\nIm Frühjahr blühe der Park.', name: 'a quote in its own paragraph is not read over' },
    { text: 'Der Bürgermeister sagte, der Damm halte. Das Wasser sei gestiegen, teilte die Feuerwehr mit.', name: 'the sentence has its own cue' },
    { text: 'Der Bürgermeister sagte, der Damm halte. Am Abend regnete es wieder.', name: 'indicative' },
    {
      text: 'Jana Kolbe kritisierte, der Plan sei zu teuer. Lars Brenner hingegen sah das anders. Er halte die Kosten für vertretbar.',
      name: 'a sentence between with another named person as its subject: the Konjunktiv sentence is not the earlier speaker’s',
    },
  ],
  invalid: [
    {
      text: '„Das ist ein Erfolg“, sagte Mieterbund-Präsident Lukas Siebenkotten. Zu kritisieren sei allerdings, dass die Kaltmiete den Ausschlag gebe.',
      expect: [{ speaker: 'Lukas Siebenkotten', kind: 'indirect', content: 'Zu kritisieren sei allerdings, dass die Kaltmiete den Ausschlag gebe' }],
      name: 'a verb of saying as a zu-infinitive inside the reported clause is no cue of its own (housing, realnews-z14)',
    },
    {
      text: 'Das reiche nicht, erklärte Präsident Lukas Siebenkotten. Nicht nur die Berechtigten litten unter hohen Kosten, sondern jeder dritte Haushalt sei überlastet.',
      expect: [{ speaker: 'Lukas Siebenkotten', kind: 'indirect' }],
      name: '„nicht nur …, sondern …“: the comma before „sondern“ does not end the main clause (housing, realnews-z14)',
    },
    {
      text: '„Wir helfen“, sagte Schafhalter Peter Fröschle. „Das geht uns an die Existenz.“ Daran ändere auch eine Entschädigung nichts.',
      expect: [{ speaker: 'Peter Fröschle', kind: 'indirect', content: 'Daran ändere auch eine Entschädigung nichts' }],
      name: 'a Konjunktiv I of a verb in -ern („ändere“) (farming, realnews-z6)',
    },
    {
      text: 'Laut Sprecher Martin Schmidt halten sich drei Wölfe im Land auf. Dabei handle es sich um Einzeltiere.',
      expect: [{ speaker: 'Martin Schmidt', kind: 'indirect', content: 'Dabei handle es sich um Einzeltiere' }],
      name: 'a Konjunktiv I of a verb in -eln („handle“) (wildlife, realnews-z6)',
    },
    {
      text: '„Eventuell müssen wir das einstellen“, so Vorsitzender Rolf Muck.\n\nTickets bald teurer?\n\nEin Problem ist zudem die Stadthalle. Ein Ersatz sei noch nicht in Sicht.',
      expect: [{ speaker: 'Rolf Muck', kind: 'indirect', content: 'Ein Ersatz sei noch nicht in Sicht' }],
      name: 'a subheading and one indicative sentence between the speaker and a Konjunktiv I sentence (culture, realnews-z2)',
    },
    {
      text: '„Wir sind bereit“, sagte die Trainerin Anna Berg. Die Fans würden das Stadion füllen.',
      expect: [{ speaker: 'Anna Berg', kind: 'indirect', content: 'Die Fans würden das Stadion füllen' }],
      name: 'plural „würden“ (for „werden“) right after a direct quote continues it: on 13 real-news sets three such sentences, none the writer’s (traffic, courts; realnews-v, realnews-z1)',
    },
    {
      text: 'Das Parlament müsse die Entscheide kontrollieren, sagte Ständerätin Andrea Caroni. Das tue es und das tue es richtig.',
      expect: [{ speaker: 'Andrea Caroni', kind: 'indirect', content: 'Das tue es und das tue es richtig' }],
      name: '„tue“ is a Konjunktiv I (politics, realnews-z1)',
    },
    {
      text: 'Der Regierungsrat mahnte, zum Zusammenhalt Sorge zu tragen. Um den Standort zu stärken, brauche es die Einheit der Regionen.',
      expect: [{ speaker: 'Regierungsrat', kind: 'indirect', content: 'Um den Standort zu stärken, brauche es die Einheit der Regionen' }],
      name: 'an infinitive clause with „um“ fills the prefield of the continued sentence (Swiss politics, realnews-w)',
    },
    {
      text: '„Die Zahlen sind hoch“, sagt der Veranstalter. Dieses Jahr konnte das Festival wieder stattfinden, wie man es kannte: Man habe die frühere Teilnehmerzahl erreicht.',
      expect: [{ speaker: 'Veranstalter', kind: 'indirect', content: 'Man habe die frühere Teilnehmerzahl erreicht' }],
      name: 'an indicative clause of the writer, a colon, the report after it continues (culture, realnews-t)',
    },
    {
      text: '„Das Publikum ist mitgegangen“, berichtet der Vorsitzende. Musik, Stimmung und Temperaturen hätten gepasst.',
      expect: [{ speaker: 'Vorsitzende', kind: 'indirect', content: 'Musik, Stimmung und Temperaturen hätten gepasst' }],
      name: 'a list of nouns with commas opening the continued sentence (festival, realnews-t)',
    },
    {
      text: 'DGB-Vorstand Stefan Körzell sagte: „Wir brauchen einen Mietenstopp.“ Erkämpfte Lohnsteigerungen würden von steigenden Kosten regelrecht aufgefressen.',
      expect: [{ kind: 'indirect', content: 'Erkämpfte Lohnsteigerungen würden von steigenden Kosten regelrecht aufgefressen' }],
      name: '„würden“ + a past participle after a direct quote is a reported passive (housing, realnews-u)',
    },
    {
      text: 'Die Entscheidung sei richtig gewesen, betonte die Ministerin. „Es ist gut, dass eine neue Ära beginnt.“\n\nNun folgten Jahrzehnte des Rückbaus. Insgesamt seien noch 30 Reaktoren zurückzubauen.',
      expect: [{ kind: 'indirect', content: 'Insgesamt seien noch 30 Reaktoren zurückzubauen' }],
      name: 'a verbless quote that closes the speaker’s paragraph is read over with the sentence after it (realnews-u)',
    },
    {
      text: 'Die Präsidentin kritisierte, die Reform sei steckengeblieben. Den zweiten Schritt, die Überarbeitung des Mietspiegels, habe die Koalition aufgegeben.',
      expect: [{ speaker: { text: 'Die Präsidentin' }, kind: 'indirect', content: 'Den zweiten Schritt, die Überarbeitung des Mietspiegels, habe die Koalition aufgegeben' }],
      name: 'an apposition in the prefield: „habe die“ after its comma opens no relative clause',
    },
    {
      text: 'Der Trainer sagte, das Team sei müde. Das Spiel, in dem alles schiefging, sei abgehakt.',
      expect: [{ kind: 'indirect', content: 'Das Spiel, in dem alles schiefging, sei abgehakt' }],
      name: 'a relative clause opened by a preposition is read over',
    },
    {
      text: 'Viele Fähren sind verspätet. Die Reederei setze alle Schiffe ein: „Es fährt alles, was fahren kann“, betonte Sprecherin Eva Roth.',
      name: 'a Konjunktiv I clause before the colon of a quotation attributed after it is the quotation speaker\'s report',
      expect: [{ kind: 'indirect', speaker: { name: 'Eva Roth' }, content: 'Die Reederei setze alle Schiffe ein' }],
      exact: true,
    },
    {
      text: '„Die Koalition ist geplatzt“, sagte Parteichef Lars Brenner, diesmal biete sich aber die Chance auf einen Neubeginn.',
      name: 'a Konjunktiv clause after a trailing cue and speaker in the same sentence: a statement of its own of that speaker',
      expect: [{ speaker: { name: 'Lars Brenner' }, cue: 'biete', content: 'diesmal biete sich aber die Chance auf einen Neubeginn' }],
    },
    {
      text: '„Der Streit ist entglitten“, erklärt die Verteidigerin Anna Roth, ihr Mandant habe keine Tötungsabsicht gehabt.',
      name: 'a reported clause after a trailing cue (another topic)',
      expect: [{ speaker: { name: 'Anna Roth' }, cue: 'habe', content: 'ihr Mandant habe keine Tötungsabsicht gehabt' }],
    },
    {
      text: '„Der Sturm kommt von Westen“, meldete der Wetterdienst. Wann und wie stark der Wind weht, bleibe jedoch unsicher.',
      name: 'a w-clause in the prefield: the main clause’s Konjunktiv I follows its comma',
      expect: [{ speaker: { name: 'Wetterdienst' }, cue: 'bleibe', content: 'Wann und wie stark der Wind weht, bleibe jedoch unsicher' }],
    },
    {
      text: 'Der Angeklagte Tim Reiter sagte, er habe getrunken. Dass er die Frau verletzt hat, sei für ihn nicht nachvollziehbar.',
      name: 'a „dass“ clause as subject in the prefield',
      expect: [{ speaker: { name: 'Tim Reiter' }, cue: 'sei', content: 'Dass er die Frau verletzt hat, sei für ihn nicht nachvollziehbar' }],
    },
    {
      text: 'Die Lage sei verfahren, so Stadträtin Nora Pfeil. Er verlange vom Rat, dass er immer ohne Nachfragen zustimmt.',
      name: 'a verb of saying in the Konjunktiv I („Er verlange, dass …“) is itself reported: the previous speaker’s',
      expect: [{ speaker: { name: 'Nora Pfeil' }, cue: 'verlange', content: 'Er verlange vom Rat, dass er immer ohne Nachfragen zustimmt' }],
    },
    {
      text: 'Die Lage sei verfahren, so Stadträtin Nora Pfeil. Die Fraktionen hätten lange nachfragen müssen, um überhaupt informiert zu werden.',
      name: 'a verb of saying inside a final „um … zu“ clause is no attribution of its own',
      expect: [{ speaker: { name: 'Nora Pfeil' }, cue: 'hätten', content: 'Die Fraktionen hätten lange nachfragen müssen, um überhaupt informiert zu werden' }],
    },
    {
      text: 'Der Fährverkehr kam laut NDR am Montag zum Erliegen. Auch Umweltministerin Petra Hollmann (51, Grüne) sei von der Sperrung betroffen gewesen.',
      name: 'a comma inside brackets after a name („(51, Grüne)“) ends no clause before the Konjunktiv verb',
      expect: [{ speaker: { name: 'NDR' }, cue: 'sei', content: 'Auch Umweltministerin Petra Hollmann (51, Grüne) sei von der Sperrung betroffen gewesen' }],
      exact: true,
    },
    {
      text: '«Es läuft gut», sagt Direktorin Karla Wendt. Damit sei sie sehr zufrieden. «Die Kinder haben Spass. Das freut uns.» Bisher klappe auch alles bestens.',
      name: 'a verbless quote over two sentences between is read over: the chain goes on',
      expect: [
        { speaker: { name: 'Karla Wendt' }, cue: 'sei', content: 'Damit sei sie sehr zufrieden' },
        { speaker: { name: 'Karla Wendt' }, cue: 'klappe', content: 'Bisher klappe auch alles bestens' },
      ],
      exact: true,
    },
    {
      text: 'Die Feuerwehr teilte mit, der Brand sei gelöscht. Die Straße blieb bis zum Abend gesperrt. Verletzt worden sei niemand.',
      name: 'a Konjunktiv I reaches over one sentence without a cue',
      expect: [{ speaker: { text: 'Die Feuerwehr' }, cue: 'sei', content: 'Verletzt worden sei niemand' }],
    },
    {
      text: 'Die Anwältin teilte mit, der Prozess sei vertagt. Auch der Versuch, den Zeugen erneut vorladen zu lassen, sei gescheitert.',
      name: 'an embedded zu-infinitive between subject and Konjunktiv verb',
      expect: [{ speaker: { text: 'Die Anwältin' }, cue: 'sei', content: 'Auch der Versuch, den Zeugen erneut vorladen zu lassen, sei gescheitert' }],
    },
    {
      text: 'Der Verband der Bäckereien teilte mit, das Mehl sei teurer geworden. Die Brötchenpreise würden deshalb im Herbst steigen.',
      expect: [{ speaker: { text: 'Der Verband der Bäckereien' }, cue: 'würden', kind: 'indirect', content: 'Die Brötchenpreise würden deshalb im Herbst steigen' }],
      name: 'plural „würden“ for „werden“ right after indirect speech',
    },
    {
      text: 'Die Polizei teilte mit, der Fahrer sei geflohen. Er habe getrunken. Zeugen würden noch gesucht.',
      expect: [
        { speaker: { text: 'Die Polizei' }, cue: 'habe', content: 'Er habe getrunken' },
        { speaker: { text: 'Die Polizei' }, cue: 'würden', content: 'Zeugen würden noch gesucht' },
      ],
      name: 'a chain: each sentence its own statement',
    },
    {
      text: 'Der Bürgermeister sagte, der Damm halte. Die Lage sei aber weiterhin ernst.',
      expect: [{ speaker: { text: 'Der Bürgermeister' }, cue: 'sei', kind: 'indirect', content: 'Die Lage sei aber weiterhin ernst' }],
      exact: true,
    },
    {
      text: 'Die Beteiligung lag bei 80 Prozent, so die Gewerkschaft. Man werde den Streik fortsetzen. Die Arbeitgeber müssten sich bewegen.',
      expect: [
        { speaker: { text: 'die Gewerkschaft' }, cue: 'werde', content: 'Man werde den Streik fortsetzen' },
        { speaker: { text: 'die Gewerkschaft' }, cue: 'müssten', content: 'Die Arbeitgeber müssten sich bewegen' },
      ],
      exact: true,
      name: 'a Konjunktiv II sentence continues the chain, each sentence its own statement',
    },
    {
      text: 'Bürgermeisterin Ida Berg erklärte: „Ein passendes Grundstück ist schwer zu finden.“ Ein Umbau des alten Gerätehauses käme nicht in Frage.',
      expect: [{ speaker: { name: 'Ida Berg' }, cue: 'käme', kind: 'indirect', content: 'Ein Umbau des alten Gerätehauses käme nicht in Frage' }],
      name: 'Konjunktiv II („käme … nicht in Frage“) right after a direct quote (realnews-f, h and fresh copy: „ginge“, „hätten“), invented person',
    },
    {
      text: '„Wir sehen viele ältere Menschen“, sagte Chefarzt Jan Wolff. Manche Patienten hätten tagelang nichts getrunken.',
      expect: [{ speaker: { name: 'Jan Wolff' }, cue: 'hätten', kind: 'indirect', content: 'Manche Patienten hätten tagelang nichts getrunken' }],
      name: 'plural „hätten“ for „haben“ right after a direct quote, other topic',
    },
    {
      text: 'Ein Sprecher der Feuerwehr sagte, die Lage sei ernst. Viele Brandherde lägen in unzugänglichem Gelände.',
      expect: [{ cue: 'lägen', content: 'Viele Brandherde lägen in unzugänglichem Gelände' }],
      name: 'Konjunktiv II right after indirect speech',
    },
    {
      text: '„Wir bleiben dabei“, sagte die Sprecherin. Die Zahl, die der Verband nenne, sei falsch.',
      expect: [{ speaker: { text: 'die Sprecherin' }, cue: 'sei', content: 'Die Zahl, die der Verband nenne, sei falsch' }],
      name: 'over an embedded relative clause with a speech verb',
    },
    {
      text: 'Der Verband teilte mit, die Kosten stiegen. Nur jede zweite Wohnung sei gegen Hochwasser versichert.',
      expect: [{ cue: 'sei', content: 'Nur jede zweite Wohnung sei gegen Hochwasser versichert' }],
      name: 'a speech participle governed by the Konjunktiv is content',
    },
    {
      text: '„Das ist ein guter Tag“, sagte die Ministerin. Ihre Partei werde dem Entwurf nicht zustimmen.',
      expect: [{ cue: 'werde', content: 'Ihre Partei werde dem Entwurf nicht zustimmen' }],
    },
    {
      text: 'Die Ministerin erklärte, sie prüfe alle Möglichkeiten. Die Regierung betrachte das Land als Partner.',
      expect: [{ speaker: { text: 'Die Ministerin' }, cue: 'betrachte', content: 'Die Regierung betrachte das Land als Partner' }],
    },
  ],
});
