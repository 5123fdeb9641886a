import rule from '../../../src/rules/statement/trailing-speech-verb.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Weil Fußgänger kaum sicher über die Straße kämen, fordert der Ortsbeirat einen Überweg.', name: 'a fronted adverbial clause before the verb is no content (local traffic, realnews-v)' },
    { text: 'Das Gebäude wird seit 2016 nicht mehr genutzt, begründete die Kirche den Verkauf.', name: 'a verb of manner after an indicative clause is no attribution' },
    { text: 'Die Niedersachsen bestätigten den Wechsel am Dienstagabend, nannten aber keine Summen.', name: 'a coordinated verb with „aber“: „keine Summen“ is its object, no speaker' },
    { text: 'Der Präsident des Bundesamts, Hans Sommer, hat massive Kritik an Helfern geäußert.', name: 'a noun that never speaks (non-speakers.txt) is no speaker: „massive Kritik“ is the object (realnews-u)' },
    { text: 'Weil es am Morgen regnete, hatte Jan Wolff den Schirm vergessen.', name: '„hatte X + participle“ that is no verb of saying' },
    { text: 'Die Straße ist gesperrt, hat die Polizei nicht mitgeteilt.', name: 'a negated perfect report is none' },
    { text: 'Das Haus war klein, teilte Ida Berg (34) es doch mit ihrer Schwester.', name: 'a bracket after the name, but no particle at the clause end: „teilen“ is no speech' },
    { text: 'Jana Roth, die den Elternbeirat seit 2014 führt, informierte den Minister Ende Mai über die Lage.', name: 'the subject and its relative clause before the verb are no content (fresh copy, school policy), invented person' },
    { text: 'Auf die Frage, ob das Ziel verfehlt wurde, meinte Jan Wolff nur wenig.', name: 'a question that frames the answer is no content (form after wienerzeitung.at, Wahlabend)' },
    { text: 'Um 9.37 Uhr, eine Stunde nach Beginn, spricht Richterin Ida Berg ihr erstes Urteil.', name: 'adverbials without a verb are no content (form after welt.de, Amtsgericht)' },
    { text: 'Nach dem Abpfiff, wie schon in der Pause, sagte Trainer Jan Wolff nichts.', name: 'other topic: a preposition phrase and a comparison, no verb of their own' },
    { text: 'Die Stadt Hausen baut. Das teilte die Familie Berg, die seit Jahren dort wohnt, nicht mit jedem.', name: 'no separable verb: „teilen“ + „mit jedem“' },
    { text: '„Ab Dienstag wird die Hitze rausgespült“, sagt Meteorologe Jan Wolff.', name: 'a whole quote before the comma: direct-quote’s' },
    { text: 'Doch „ab Dienstag wird die Hitze rausgespült“, sagt Meteorologe Jan Wolff.', name: 'only a conjunction before the quote: direct-quote’s' },
    { text: '„Wir haben verdient gewonnen“, sagte der Trainer nach dem Spiel.', name: 'a quote is the direct-quote rule’s' },
    { text: 'Der Zug fuhr ab, sagen und schreiben kann man viel.' },
    { text: 'Die Lage ist unklar, teilte die Behörde nicht mit.' },
    { text: 'Der Dachstuhl brannte aus, ließ sich aber retten.', name: '„ließ“ without a speech infinitive' },
    { text: 'Das Auto war defekt, ließ der Fahrer abschleppen.', name: '„ließ … abschleppen“ is no speech' },
    { text: 'Die Stimmen zum Saisonfinale\n\nDas sagen die Trainerinnen zu den Spielen des Wochenendes.', name: 'a headline before „Das sagen X“ is no content: it introduces what follows' },
  ],
  invalid: [
    {
      text: 'Das habe die Konferenz versäumt, kritisierte die Bundesvorsitzende Marlis Tepe. Die Beratungen müssten verbindlicher werden, forderte die Gewerkschafterin.',
      expect: [{ speaker: 'Marlis Tepe', content: 'Das habe die Konferenz versäumt' }, { speaker: { name: 'Marlis Tepe', text: 'die Gewerkschafterin' }, content: 'Die Beratungen müssten verbindlicher werden' }],
      name: 'a generic person noun („Gewerkschafterin“) refers to the person just named with another title (education, realnews-s)',
    },
    {
      text: 'Das Gebäude werde seit 2016 nicht mehr genutzt, begründete Regionalbischöfin Friederike Spengler am Donnerstag den Schritt.',
      expect: [{ speaker: 'Friederike Spengler', kind: 'indirect', content: 'Das Gebäude werde seit 2016 nicht mehr genutzt' }],
      name: 'a verb of manner (begründen) after reported speech in the Konjunktiv I (church news, realnews-u)',
    },
    {
      text: 'Der Regen habe ihm Schlaflosigkeit beschert, räumte auch Bernhard Zauner, Chef des Komitees in Hinzenbach ein, aber am Morgen sei er überrascht gewesen.',
      expect: [{ speaker: 'Bernhard Zauner', kind: 'indirect', content: 'Der Regen habe ihm Schlaflosigkeit beschert' }],
      name: 'a focus adverb before the subject, the particle after the apposition before a comma (sport, realnews-w)',
    },
    {
      text: 'Bundesumweltministerin Steffi Lemke (Grüne) hat die Abschaltung bekräftigt. Die Risiken seien gestiegen, erklärte die Grünen-Politikerin.',
      expect: [{ speaker: { name: 'Steffi Lemke', text: 'die Grünen-Politikerin' }, kind: 'indirect', content: 'Die Risiken seien gestiegen' }],
      name: 'a party inside a role compound is not the speaker: the person named before is (unannotated real copy)',
    },
    {
      text: 'Die Summe erscheine sehr hoch, sagte Linken-Fraktionsvorsitzende Eva von Angern am Mittwoch.',
      expect: [{ speaker: 'Eva von Angern', kind: 'indirect', content: 'Die Summe erscheine sehr hoch' }],
      name: 'party-role compound, then a name with a particle whose surname is also a town',
    },
    {
      text: 'Die Senatorin Jana Wolf (Grüne) kam zuerst. Das Budget reiche nicht, sagte die CDU-Politikerin.',
      expect: [{ speaker: { name: 'CDU-Politikerin' }, kind: 'indirect' }],
      name: 'a role compound of another party is not the person named with „(Grüne)“',
    },
    {
      text: 'Die Lage sei ernst, sagte der Sprecher, Müller habe recht.',
      expect: [{ speaker: { text: 'der Sprecher', name: 'Sprecher' }, kind: 'indirect', content: 'Die Lage sei ernst' }],
      name: 'a name after the comma that starts a clause is no apposition',
    },
    {
      text: 'Die Entwicklung habe sich von der Inflation entkoppelt, sagte die Chefin des Bundesverbands (vzbv), Ramona Pop, am Mittwoch in Berlin.',
      expect: [{ speaker: 'Ramona Pop', kind: 'indirect', content: 'Die Entwicklung habe sich von der Inflation entkoppelt' }],
      name: 'a role, an acronym in brackets, the name in apposition',
    },
    {
      text: 'Es sei wichtig, dass die Eltern früh gehört würden, wird Schulrätin Vera Lenz in der Mitteilung zitiert.',
      name: '„…, wird X zitiert“: the one quoted in the passive is the speaker (realnews-n form, other topic, invented person)',
      expect: [{ speaker: { name: 'Vera Lenz' }, kind: 'indirect', content: 'Es sei wichtig, dass die Eltern früh gehört würden' }],
    },
    {
      text: 'Die Gespräche seien offen gewesen, sagte der Sprecher des Vereins, Jan Wolff, am Montag.',
      name: 'a person named in apposition after the role phrase is the speaker',
      expect: [{ speaker: { text: 'der Sprecher des Vereins, Jan Wolff', name: 'Jan Wolff' }, content: 'Die Gespräche seien offen gewesen' }],
    },
    {
      text: 'Die Halle bleibe zu, sagte die Sprecherin, als Ana Lind eintraf.',
      name: 'a name after a comma that opens a clause is no apposition',
      expect: [{ speaker: { name: 'Sprecherin' }, content: 'Die Halle bleibe zu' }],
    },
    {
      text: 'Bei Sturm sollte man auf keinen Fall im Auto sitzen bleiben, rät Meteorologe Jan Olsen.',
      expect: [{ speaker: { name: 'Jan Olsen' }, cue: 'rät', kind: 'indirect', content: 'Bei Sturm sollte man auf keinen Fall im Auto sitzen bleiben' }],
      name: '„raten“ is a verb of saying (realnews-h form), other topic, invented person',
    },
    {
      text: 'Seit Mitte März mache der Verein kaum Umsatz, hatten die Organisatoren um Jan Wolff im Vorfeld berichtet.',
      name: 'perfect tense after the content: „…, hatten X berichtet“ (fresh copy, tag24.de Night of Light), invented person',
      expect: [{ speaker: { text: 'die Organisatoren' }, cue: 'berichtet', content: 'Seit Mitte März mache der Verein kaum Umsatz' }],
      exact: true,
    },
    {
      text: 'Die Brücke werde im Mai fertig, hat Bürgermeisterin Ida Kern am Montag gesagt.',
      name: 'other topic: „hat X gesagt“ after the content',
      expect: [{ speaker: { name: 'Ida Kern' }, cue: 'gesagt', content: 'Die Brücke werde im Mai fertig' }],
      exact: true,
    },
    {
      text: 'Die Mittel können für Schulbusse eingesetzt werden, teilte Verkehrsministerin Ida Kern (Grüne) auf eine Anfrage der Opposition mit.',
      name: 'a party in brackets after the speaker does not end the clause before the particle (fresh copy, hessenschau.de Schulbusse), invented person',
      expect: [{ speaker: { name: 'Ida Kern' }, cue: 'teilte', content: 'Die Mittel können für Schulbusse eingesetzt werden' }],
      exact: true,
    },
    {
      text: 'Der Verein zahlt die Miete nicht mehr, teilte Kassenwart Jan Wolff (52) am Montag mit.',
      name: 'other topic: an age in brackets before the particle',
      expect: [{ speaker: { name: 'Jan Wolff' }, cue: 'teilte', content: 'Der Verein zahlt die Miete nicht mehr' }],
      exact: true,
    },
    {
      text: 'Die Koalition habe 30 von 48 Stimmen, bemängelte Landesrätin Ida Kern die Kritiker.',
      name: 'verbs of reproach („bemängeln“, „tadeln“) attribute like „kritisieren“; the object after the speaker is no part of it',
      expect: [{ speaker: { name: 'Ida Kern' }, cue: 'bemängelte', content: 'Die Koalition habe 30 von 48 Stimmen' }],
      exact: true,
    },
    {
      text: 'Keine Seltenheit in diesen Tagen, sagt Landwirt Jan Wolff.',
      expect: [{ speaker: { name: 'Jan Wolff' }, content: 'Keine Seltenheit in diesen Tagen' }],
      name: 'a verbless content that is no preposition phrase stays',
    },
    {
      text: 'Nach dem Spiel seien alle erschöpft gewesen, sagte Trainerin Ida Berg.',
      expect: [{ speaker: { name: 'Ida Berg' }, content: 'Nach dem Spiel seien alle erschöpft gewesen' }],
      name: 'a content that opens with a preposition but holds a verb stays',
    },
    {
      text: 'Niemand ist in Haft. „Gegenwärtig kann nicht gesagt werden, gegen wie viele Verdächtige wir ermitteln.“\n\nDas teilte Staatsanwalt Jan Wolff, der Sprecher der Staatsanwaltschaft Hausen, auf Nachfrage mit.',
      expect: [{ speaker: { name: 'Jan Wolff' }, cue: 'teilte', kind: 'direct', content: 'Gegenwärtig kann nicht gesagt werden, gegen wie viele Verdächtige wir ermitteln.' }],
      exact: true,
      name: '„Das teilte X mit“ after a quotation; the particle after an apposition and „auf Nachfrage“',
    },
    {
      text: 'Der Mann sei geflohen, teilte Kommissarin Ida Berg, Sprecherin der Polizei Hausen, mit.',
      expect: [{ speaker: { name: 'Ida Berg' }, cue: 'teilte', kind: 'indirect', content: 'Der Mann sei geflohen' }],
      exact: true,
      name: 'a separable verb of saying whose particle follows an apposition',
    },
    {
      text: 'Der Diebstahl des Laptops erfolgte nicht „von außen“, sagte Oberstaatsanwalt Jan Wolff am Mittwoch.',
      expect: [{ speaker: { name: 'Jan Wolff' }, cue: 'sagte', kind: 'direct', content: 'Der Diebstahl des Laptops erfolgte nicht „von außen“' }],
      exact: true,
      name: 'a partial quote that closes the reported clause before the comma (quoted words in an indicative clause: direct, tools-h..k)',
    },
    {
      text: 'Er habe sich von einer Gruppe junger Männer bedroht gefühlt, ließ er über seinen Anwalt erklären.',
      expect: [{ speaker: { text: 'er' }, cue: 'ließ', kind: 'indirect', content: 'Er habe sich von einer Gruppe junger Männer bedroht gefühlt' }],
      exact: true,
      name: '„ließ … erklären“',
    },
    {
      text: 'Man werde die Entscheidung sorgfältig prüfen, ließ das Ministerium verlauten.',
      expect: [{ speaker: { text: 'das Ministerium' }, content: 'Man werde die Entscheidung sorgfältig prüfen' }],
    },
    {
      text: 'Sie sei an dem Abend nicht in der Stadt gewesen, ließ die Sängerin über ihr Management mitteilen.',
      expect: [{ speaker: { text: 'die Sängerin' }, content: 'Sie sei an dem Abend nicht in der Stadt gewesen' }],
    },
    {
      text: 'Der Täter ist weiterhin flüchtig, teilte die Polizei am Sonntag mit.',
      expect: [{ speaker: { text: 'die Polizei' }, cue: 'teilte', kind: 'indirect', content: 'Der Täter ist weiterhin flüchtig' }],
      exact: true,
    },
    {
      text: 'Die Mannschaft habe in der zweiten Halbzeit die Ordnung verloren, sagte der Trainer nach dem Spiel.',
      expect: [{ speaker: { text: 'der Trainer' }, cue: 'sagte', content: 'Die Mannschaft habe in der zweiten Halbzeit die Ordnung verloren' }],
    },
    {
      text: 'Weitere Streiks seien nicht auszuschließen, fügt die Verhandlungsführerin an.',
      expect: [{ speaker: { text: 'die Verhandlungsführerin' }, cue: 'fügt', content: 'Weitere Streiks seien nicht auszuschließen' }],
      name: '„fügt X an“ (anfügen) after the content (fresh copy, wage talks)',
    },
    {
      text: 'Die Soldaten seien in fremden Uniformen gekleidet, fügte die Agentur hinzu.',
      expect: [{ speaker: { text: 'die Agentur' }, cue: 'fügte', content: 'Die Soldaten seien in fremden Uniformen gekleidet' }],
    },
    {
      text: 'Nordkoreanische Soldaten bereiten sich auf den Kampf vor, sagt Seoul – 18.12.2024 um 13:39 Uhr.',
      expect: [{ speaker: 'Seoul', cue: 'sagt', content: 'Nordkoreanische Soldaten bereiten sich auf den Kampf vor' }],
    },
    {
      text: 'Der Pegel der Oder sinke langsam, erklärte der Landrat Peter Müller am Abend.',
      expect: [{ speaker: { text: 'der Landrat Peter Müller' }, cue: 'erklärte', content: 'Der Pegel der Oder sinke langsam' }],
    },
    {
      text: 'Die Zahl der Arbeitslosen ist im Mai gestiegen, meldete die Bundesagentur für Arbeit.',
      expect: [{ cue: 'meldete', content: 'Die Zahl der Arbeitslosen ist im Mai gestiegen' }],
    },
    {
      text: 'Dem Verband zufolge fehlen 5000 Lehrer, sagte die Abgeordnete Anna Kowalski-Brandt dem Sender.',
      expect: [{ speaker: { text: 'die Abgeordnete Anna Kowalski-Brandt' }, cue: 'sagte', content: 'Dem Verband zufolge fehlen 5000 Lehrer' }],
    },
    {
      text: 'Die Bundesregierung rechnet mit einem Wachstum von 0,3 Prozent. Das sagte Wirtschaftsminister Robert Habeck am Mittwoch in Berlin.',
      name: 'a demonstrative "Das sagte X" points at the sentence before',
      expect: [{ speaker: { text: 'Wirtschaftsminister Robert Habeck' }, cue: 'sagte', content: 'Die Bundesregierung rechnet mit einem Wachstum von 0,3 Prozent' }],
      exact: true,
    },
    {
      text: 'Der Präsident des Verbands, Siegfried Maier, sagte nichts dazu.',
      name: 'an apposition comma is no trailing attribution',
      expect: [],
      exact: true,
    },
    {
      text: 'Bürgermeisterin Petra Lindner besuchte am Sonntag das Hochwassergebiet. Die Deiche hätten gehalten, sagte die 58-Jährige.',
      name: 'an age noun speaks: the person named before',
      expect: [{ speaker: { text: 'die 58-Jährige', name: 'Petra Lindner' }, cue: 'sagte', content: 'Die Deiche hätten gehalten' }],
      exact: true,
    },
    {
      text: 'Gewerkschaftschef Tarek Demir rief zum Warnstreik auf. Der Ausstand solle mindestens drei Tage dauern, kündigte der 47-Jährige an.',
      name: 'an age noun with a separable verb',
      expect: [{ speaker: { text: 'der 47-Jährige', name: 'Tarek Demir' }, cue: 'kündigte', content: 'Der Ausstand solle mindestens drei Tage dauern' }],
      exact: true,
    },
    {
      text: 'Die Abgeordnete Hanna Vogel kritisierte Finanzminister Jörg Brandner scharf. Der Haushalt sei unseriös, sagte die 61-Jährige.',
      name: 'an age noun takes the gender of its article: die → the woman, not the man named last',
      expect: [{ speaker: { name: 'Hanna Vogel' }, content: 'Der Haushalt sei unseriös' }],
    },
    {
      text: 'Innenministerin Carola Weiß lobte Polizeipräsident Martin Ostendorf. Der Einsatz sei gut vorbereitet gewesen, sagte der 59-Jährige.',
      name: 'der → the man, also when a woman was named first',
      expect: [{ speaker: { name: 'Martin Ostendorf' }, content: 'Der Einsatz sei gut vorbereitet gewesen' }],
    },
    {
      text: 'Der Verein stieg am Samstag ab. Man werde neu anfangen, sagte der 52-Jährige.',
      name: 'no person before: the age noun stays as written',
      expect: [{ speaker: { text: 'der 52-Jährige', name: '52-Jährige' }, content: 'Man werde neu anfangen' }],
    },
    {
      text: 'Der 17-Jährige wurde in der Nacht festgenommen, sagte ein Polizeisprecher.',
      name: 'an age noun as subject of the content is no speaker',
      expect: [{ speaker: { text: 'ein Polizeisprecher' }, content: 'Der 17-Jährige wurde in der Nacht festgenommen' }],
      exact: true,
    },
    {
      text: 'Torhüter Max Brenner hielt zwei Elfmeter. Er sei stolz auf die Mannschaft, sagte der gebürtige Kölner.',
      name: 'a demonym noun as an epithet: the person named before',
      expect: [{ speaker: { text: 'der gebürtige Kölner', name: 'Max Brenner' }, content: 'Er sei stolz auf die Mannschaft' }],
      exact: true,
    },
    {
      text: 'Torhüterin Lea Sommer parierte stark. Das Team habe Moral gezeigt, sagte die Torhüterin.',
      name: 'a role word: the person named with that role',
      expect: [{ speaker: { name: 'Lea Sommer' }, content: 'Das Team habe Moral gezeigt' }],
      exact: true,
    },
    {
      text: 'Trainer Nils Berg lobte das Team. Man sei heute besser gewesen, sagte der Stürmer.',
      name: 'a role word is not resolved to a person named with another role',
      expect: [{ speaker: { text: 'der Stürmer', name: 'Stürmer' }, content: 'Man sei heute besser gewesen' }],
      exact: true,
    },
    {
      text: 'Polizeisprecherin Jana Ott stellte den Fall vor. Man habe aus Langeweile gehandelt, sagten die 19-Jährigen vor Gericht.',
      name: 'a plural age noun is not resolved to one person',
      expect: [{ speaker: { text: 'die 19-Jährigen', name: '19-Jährigen' }, content: 'Man habe aus Langeweile gehandelt' }],
      exact: true,
    },
  ],
});
