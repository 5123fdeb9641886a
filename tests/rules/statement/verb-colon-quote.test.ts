import rule from '../../../src/rules/statement/verb-colon-quote.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// Forms after fresh real news (welt.de court report „Der Richter unterbricht: …“, extremnews.com
// 3. Liga round-up „Als Trainer … wackelt Härtel: …“); people and wording invented.
ruleTester(rule, {
  valid: [
    { text: 'An Landeshauptfrau Johanna Mikl-Leitner richtet der Bürgermeister die Worte: „Ich hoffe auf mehr Geld.“', name: 'a person inside a prepositional phrase opening the sentence is the addressee, no speaker (flood protection, realnews-z6)' },
    { text: 'Schnell wollte die Mannschaft nach Hause fahren: „Endlich Ferien.“', name: 'a modal and its infinitive, but a phrase, no named speaker, before the colon' },
    { text: 'Nach dem Spiel ging der Ball ins Aus: „Das war knapp.“', name: 'a thing after the verb and a phrase before the colon: no speaker' },
    { text: 'Die Polizei fand ein Foto von Anna Kranz: „Das ist alles.“', name: 'a person after „von“ with a verb that receives nothing: no speaker' },
    { text: 'Ida Berg, die den Verein seit 2010 führt, zog ein Fazit: „Wir sind zufrieden mit dem Jahr.“', name: 'a relative clause between the commas is no apposition' },
    { text: 'Der Verein, gegründet 1920, hat ein Motto: „Immer weiter und niemals aufgeben.“', name: 'an apposition after an organisation noun without a name' },
    { text: 'Das Fazit lautet: „Weiter so.“', name: 'no person or organisation opens the sentence' },
    { text: 'Ida Berg sagte: „Wir waren zu passiv.“', name: 'a verb of saying: another rule’s' },
    { text: 'Ida Berg lobte Jan Wolff, dann schrieb sie: „Danke für alles.“', name: 'a comma before the colon: another clause' },
    { text: 'In Hausen gilt ab Montag: „Parken verboten.“', name: 'other topic: no speaker before the colon' },
    { text: 'Nach dem Spiel traf Ida Berg: „Mich“.', name: 'a quote of one word' },
  ],
  invalid: [
    {
      text: 'Bürgermeister Michael Dreier bedankte sich in der letzten Sitzung bei den Ehrenamtlichen: „Danke für die gute Zusammenarbeit.“',
      expect: [{ speaker: 'Michael Dreier', kind: 'direct' }],
      name: 'a past form that reads as an adjective too, before „sich“, is the finite verb (local council, realnews-v)',
    },
    {
      text: 'Bürgermeister Michael Dreier kam zur Sitzung. Er hatte auch einen Wunsch an die Räte: „Bringen Sie sich weiter ein.“',
      expect: [{ speaker: { name: 'Michael Dreier', text: 'Er' }, kind: 'direct', content: 'Bringen Sie sich weiter ein' }],
      name: 'a personal pronoun as the subject, a form of „haben“ as the verb (realnews-v)',
    },
    {
      text: 'Der bekannte Gerichtspsychiater Reinhard Haller tat sich schwer, den Zustand des Mannes zu beurteilen: „Er hat nicht mit mir gesprochen.“',
      expect: [{ speaker: 'Reinhard Haller', kind: 'direct', content: 'Er hat nicht mit mir gesprochen' }],
      name: 'a zu-infinitive clause before the colon; „bekannte“ after an article is an adjective, no verb of saying (court, realnews-w)',
    },
    {
      text: 'Die Trainerin Ida Berg tat sich schwer, die Niederlage zu verdauen: „Wir waren zu langsam.“',
      expect: [{ speaker: 'Ida Berg', kind: 'direct' }],
      name: 'other topic: sport',
    },
    {
      text: 'Die Hebamme verpasste dem Gesundheitsminister einen Protestbrief: „Wer bezahlt die Nachtschichten?“',
      name: 'a past form that is also an adjective („verpasste“) is the finite verb between the subject noun and an article (realnews-m form, other topic)',
      expect: [{ speaker: { name: 'Hebamme' }, kind: 'direct', content: 'Wer bezahlt die Nachtschichten' }],
    },
    {
      text: 'Die Krankenschwester schimpft: „Wir arbeiten jeden Tag am Limit.“',
      name: 'a care role noun (roles.txt) is a speaker (realnews-m form, other topic)',
      expect: [{ speaker: { name: 'Krankenschwester' }, kind: 'direct', content: 'Wir arbeiten jeden Tag am Limit' }],
    },
    {
      text: 'Derby in Hausen\n\nTrainer Paul Keller und Trainerin Eva Roth gaben sich die Hand. Ähnlich kurz wollte sich zunächst auch Trainerin Eva Roth fassen: „Die Geschichte ist schnell erzählt.“',
      expect: [{ speaker: { name: 'Eva Roth' }, cue: 'wollte', kind: 'direct', content: 'Die Geschichte ist schnell erzählt' }],
      exact: true,
      name: 'an adjective opens, a modal, a reflexive and adverbs before the subject, the infinitive before the colon (realnews-n form), invented people',
    },
    {
      text: 'Derby in Hausen\n\nTrainer Paul Keller und Trainerin Eva Roth gaben sich die Hand. Ähnlich kurz wollte sich zunächst auch Kellers Gegenüber Roth fassen: „Die Geschichte ist schnell erzählt.“',
      expect: [{ speaker: { name: 'Eva Roth' }, kind: 'direct', content: 'Die Geschichte ist schnell erzählt' }],
      name: 'the realnews-n shape with a genitive, invented people',
    },
    {
      text: 'Wahlkampf in Wien\n\nParteichef Karl-Heinz Brunner trat auf. Mit Kanzler Peter Lang und Ministerin Eva Roth rechnete Brunner ab: „Die Menschen erwarten mehr als Versprechen.“',
      expect: [{ speaker: { name: 'Karl-Heinz Brunner' }, cue: 'rechnete', kind: 'direct', content: 'Die Menschen erwarten mehr als Versprechen' }],
      exact: true,
      name: 'an adverbial opens, the subject after the verb, a verb particle before the colon (realnews-m form), invented people',
    },
    {
      text: 'SPD-Fraktionschefin Maria Brandt (47) hingegen zeigt Verständnis: „Die Lage ist schwierig für alle.“',
      expect: [{ speaker: { name: 'Maria Brandt' }, cue: 'zeigt', kind: 'direct', content: 'Die Lage ist schwierig für alle' }],
      name: 'an age in brackets and a conjunctional adverb between the subject and the verb (realnews-k form), invented person',
    },
    {
      text: 'Bildungsministerin Petra Kühn (SPD) drängte in ihrer Rede vor dem Landtag auf mehr Tempo bei den Schulen: „Wir verlieren jeden Tag Zeit.“',
      expect: [{ speaker: { name: 'Petra Kühn' }, cue: 'drängte', kind: 'direct', content: 'Wir verlieren jeden Tag Zeit' }],
      name: 'a long verb phrase (12 tokens) before the colon, other topic, invented person',
    },
    {
      text: 'Trainerin Lea Sommer steht unter Druck. Als Trainerin der schwächsten Mannschaft der Liga wackelt Sommer: „Mir macht es trotzdem Spaß.“',
      expect: [{ speaker: { name: 'Lea Sommer' }, cue: 'wackelt', kind: 'direct', content: 'Mir macht es trotzdem Spaß' }],
      name: 'a superlative after an article („der schwächsten“) is no finite verb, invented person',
    },
    {
      text: 'Zustimmung erhielt sie von Stadträtin Karin Ohlsen: „Das ist ein guter Plan für die Schule.“',
      expect: [{ speaker: { name: 'Karin Ohlsen' }, cue: 'erhielt', kind: 'direct', content: 'Das ist ein guter Plan für die Schule' }],
      name: 'the person after „von“ of a verb of receiving (realnews-h form), invented person',
    },
    {
      text: 'Und eine der Zeuginnen, die damalige Nachbarin Jana Roth, macht im Zeugenstand eine klare Aussage: «Ich habe ihn gesehen.»',
      name: 'the person is the apposition („, die damalige Nachbarin X,“ — an article before an adjective opens no relative clause), a coordinator before',
      expect: [{ speaker: { name: 'Jana Roth' }, cue: 'macht', kind: 'direct', content: 'Ich habe ihn gesehen' }],
      exact: true,
    },
    {
      text: 'Maria Holm, künstlerische Leiterin der Festspiele, zog ein zufriedenes Resümee: „Wir freuen uns über das große Publikum.“',
      expect: [{ speaker: { name: 'Maria Holm' }, cue: 'zog', kind: 'direct', content: 'Wir freuen uns über das große Publikum' }],
      name: 'an apposition between commas after the person, then the verb (realnews-h form), invented person',
    },
    {
      text: 'Jan Wolff, Trainer des TSV Hausen, wirkte zufrieden: „Die Jungs haben alles gegeben.“',
      expect: [{ speaker: { name: 'Jan Wolff' }, kind: 'direct', content: 'Die Jungs haben alles gegeben' }],
      name: 'an apposition with a club, other topic',
    },
    {
      text: 'Bürgermeisterin Ida Brandner brachte es gleich zu Beginn auf den Punkt: „Die Halle ist zu teuer.“',
      expect: [{ speaker: { text: 'Bürgermeisterin Ida Brandner' }, kind: 'direct', cue: 'brachte', content: 'Die Halle ist zu teuer' }],
      name: 'a longer verb phrase before the colon (realnews-h after its first run: „brachte es direkt zu Beginn auf den Punkt:“), invented person',
    },
    {
      text: 'Trainer Tom Okafor lobte seine Mannschaft in der „Rheinpfalz“: „Wir waren heute hellwach.“',
      expect: [{ speaker: { text: 'Trainer Tom Okafor' }, kind: 'direct', cue: 'lobte', content: 'Wir waren heute hellwach' }],
      name: 'a quoted newspaper title before the colon is part of the clause, other topic',
      pending: 'a quotation before the colon stops the rule, and „lobte/verteidigte“ are read as verbs of saying that the colon-quote rule does not take with an object (realnews-h: „verteidigte den Warnstreik in der „Bild am Sonntag“: …“)',
    },
    {
      text: 'Der Richter unterbricht: „Wie oft waren Sie denn schon hier?“',
      expect: [{ speaker: { text: 'Der Richter' }, kind: 'direct', cue: 'unterbricht', content: 'Wie oft waren Sie denn schon hier' }],
      exact: true,
      name: 'a role noun opens the sentence, the verb follows (court)',
    },
    {
      text: 'Als Trainer des Tabellenletzten wackelt Ida Berg: „Mir macht es Spaß. Aber die Ergebnisse fehlen.“',
      expect: [{ speaker: { name: 'Ida Berg' }, kind: 'direct', cue: 'wackelt', content: 'Mir macht es Spaß. Aber die Ergebnisse fehlen' }],
      exact: true,
      name: 'an adverbial opens the sentence, the name stands before the colon (sport)',
    },
    {
      text: 'Bürgermeister Jan Wolff bleibt gelassen: „Das Rathaus wird pünktlich fertig.“',
      expect: [{ speaker: { name: 'Jan Wolff' }, kind: 'direct', content: 'Das Rathaus wird pünktlich fertig' }],
      exact: true,
      name: 'other topic: a role and a name open the sentence (local politics)',
    },
  ],
});
