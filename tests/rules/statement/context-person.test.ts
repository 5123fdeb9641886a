import rule from '../../../src/rules/statement/context-person.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Mieterbund zeigte sich unzufrieden. Die Regierung habe zu wenig getan, sagte die Opposition.', name: 'after a stance sentence, a Konjunktiv sentence with a cue of its own is its cue\'s' },
    { text: 'Der Mieterbund zeigte sich unzufrieden. Am Abend regnete es. Die Regierung habe zu wenig getan.', name: 'a stance sentence reaches the sentence right after it only' },
    { text: 'Der Mann, den Jan Wolff kennt, lobte die Idee. Die Pläne seien gut.', name: 'a person inside a relative clause after the role phrase is not the subject' },
    { text: 'Ida Berg kam 2010 nach Hausen. Die Stadt wuchs in den Jahren danach sehr schnell. Das Rathaus sei längst zu klein.', name: 'narration about something else stands between the person and the Konjunktiv' },
    { text: 'Ida Berg kam 2010 nach Hausen. Sie hätten keine Papiere dabei gehabt.', name: 'a Konjunktiv II right after a person is introduced' },
    { text: 'Die Stadt Hausen baut ein Rathaus. Das Geld sei knapp.', name: 'no person before' },
    { text: 'Jan Wolff sagte, er sei unschuldig. Die Vorwürfe seien erfunden.', name: 'the person’s sentence has a verb of saying: konjunktiv-continuation’s' },
    { text: 'Die Angeklagte Vera Kolb erschien ohne Anwalt. Kolb schüttelt den Kopf. „Das habe ich nie unterschrieben.“', name: 'a quote right after the person’s sentence: direct-quote’s' },
    { text: 'Jan Wolff kam zu spät. Wenn der Zug pünktlich gewesen wäre, hätte er es geschafft.', name: 'a condition' },
    { text: 'Der Richter verliert die Geduld. Irgendwann wird es dem Richter zu bunt. „Stopp! Sie reden, wenn Sie dran sind!“', name: 'no named person as subject before the quote' },
    { text: 'Ida Berg stand auf.\n\n„Wir haben verdient gewonnen.“\n\n(Trainer Jan Wolff nach dem 2:0)', name: 'a quote with its speaker in brackets: quote-bracket’s' },
    { text: 'Ida Berg stand auf. Laut Polizei sei der Wagen gestohlen worden.', name: 'a source of its own („laut“)' },
    {
      text: '„Wir bleiben bescheiden“, so kommentierte Bürgermeisterin Ida Berg das Ergebnis. Jan Wolff habe in Hausen gut abgeschnitten. Ein Wermutstropfen sei die Wahlbeteiligung.',
      name: 'the person opens a reported sentence (Konjunktiv „habe“): the topic of someone’s speech, not its speaker (form after wienerzeitung.at, Wien-Wahl)',
    },
    { text: 'Der Verein legte Zahlen vor. Ida Berg sei als Kassiererin bestätigt worden. Das Vermögen sei gewachsen.', name: 'other topic: a Konjunktiv sentence about a person is no person subject' },
  ],
  invalid: [
    {
      text: 'Die geschäftsführende Ministerin Nancy Faeser verteidigte die Politik als Erfolg. Ziel sei es gewesen, die Migration zu steuern.',
      expect: [{ speaker: 'Nancy Faeser', kind: 'indirect', content: 'Ziel sei es gewesen, die Migration zu steuern' }],
      name: 'an article and an inflected adjective before the role and the name (migration, realnews-z8)',
    },
    {
      text: 'Der Deutsche Mieterbund zeigte sich am Dienstag unzufrieden mit der Wohnungspolitik. Zwar habe die Regierung die Mietpreisbremse eingeführt.',
      expect: [{ speaker: 'Deutscher Mieterbund', kind: 'indirect', content: 'Zwar habe die Regierung die Mietpreisbremse eingeführt' }],
      name: 'a sentence of stance („zeigte sich unzufrieden“) introduces the speaker of the Konjunktiv sentence after it (housing, realnews-u)',
    },
    {
      text: 'Zufrieden zeigte sich der Trainer. Die Mannschaft habe alles gegeben.',
      expect: [{ speaker: 'Trainer', kind: 'indirect', content: 'Die Mannschaft habe alles gegeben' }],
      name: 'the stance\'s subject after the verb and the reflexive (sport)',
    },
    {
      text: 'Die Kliniken suchen Personal. Und der Chef des Landesverbands (LV), Sachsens Gesundheitsminister Jan Wolff, versucht gar nicht, die Lage schönzureden.\n\nAus den neuen Zahlen ergebe sich, dass jedes Jahr 900 Pflegekräfte fehlen.',
      name: 'a role phrase with an apposition that ends in a person („Der Chef …, Minister Jan Wolff, versucht …“) introduces that person',
      expect: [{ speaker: { name: 'Jan Wolff' }, content: 'Aus den neuen Zahlen ergebe sich, dass jedes Jahr 900 Pflegekräfte fehlen' }],
    },
    {
      text: 'Die Mitarbeit der Räte sei destruktiv, sagte Bürgermeister Jan Holt. Holts Referentin Eva Roth setzte noch eins drauf. Erfahrung aus den Beratungen sei, dass die Räte nicht sparen.',
      name: 'a person in the genitive before the subject („Holts Referentin Eva Roth“) is not the subject: the person after it is',
      expect: [{ speaker: { name: 'Eva Roth' }, content: 'Erfahrung aus den Beratungen sei, dass die Räte nicht sparen' }],
    },
    {
      text: 'Lars Brenner hingegen sah das anders. Er halte die Kosten für vertretbar.',
      expect: [{ speaker: { name: 'Lars Brenner' }, cue: 'halte', content: 'Er halte die Kosten für vertretbar' }],
      exact: true,
      name: 'a conjunctional adverb („hingegen“, „indes“) between the person and the verb',
    },
    {
      text: 'Jan Wolff steht vor Gericht. Doch Wolff pfeift auf das Angebot.\n\nDie Vorwürfe seien frei erfunden. Die Nachrichten? „Die hat mein Bruder geschrieben.“ Das war auch nötig. „Ich gehe bis vors oberste Gericht!“ Beweise gäbe es genügend.',
      expect: [
        { speaker: { name: 'Jan Wolff' }, cue: 'seien', kind: 'indirect', content: 'Die Vorwürfe seien frei erfunden' },
        { speaker: { name: 'Jan Wolff' }, kind: 'direct', content: 'Die hat mein Bruder geschrieben.' },
        { speaker: { name: 'Jan Wolff' }, kind: 'direct', content: 'Ich gehe bis vors oberste Gericht!' },
        { speaker: { name: 'Jan Wolff' }, cue: 'gäbe', kind: 'indirect', content: 'Beweise gäbe es genügend' },
      ],
      exact: true,
      name: 'a defendant’s quotes and reported sentences in a row, over a paragraph break, a short question and a remark',
    },
    {
      text: 'Ida Berg kam 2010 nach Hausen. Jan Wolff übernahm ihr Amt. Das Rathaus sei zu klein.',
      expect: [{ speaker: { name: 'Jan Wolff' }, content: 'Das Rathaus sei zu klein' }],
      exact: true,
      name: 'another named person as subject: the nearest one',
    },
    {
      text: 'Der Ausflug war lang. Trainerin Ida Berg lehnt sich zurück. Ein Lächeln. „Die Mädels haben alles gegeben.“',
      expect: [{ speaker: { name: 'Ida Berg' }, kind: 'direct', content: 'Die Mädels haben alles gegeben.' }],
      exact: true,
      name: 'other topic: a role before the name, a short sentence between',
    },
  ],
});
