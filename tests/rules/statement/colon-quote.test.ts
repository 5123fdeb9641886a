import rule from '../../../src/rules/statement/colon-quote.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Grippe im Landkreis\n\nDie Zahlen steigen. Hofmann: „Über die genaue Zahl der Kranken sagt das wenig.“', name: 'a lone name nobody introduced' },
    { text: 'Die Ausstellung „Licht und Schatten läuft noch bis Mai im Stadtmuseum.', name: 'an opening mark with no closing one inside a sentence quotes nothing' },
    { text: 'Trainerin Ida Berg lachte: „Wir haben gewonnen.“', name: 'a verb between the name and the colon is no word of manner (another rule’s)' },
    { text: 'Hochwasser in Bayern: „Es wird schlimmer“', name: 'a topic before the colon' },
    { text: 'GDL: Mehr als 30.000 Lokführer im Ausstand\n\nFrankfurt – Die Gewerkschaft Deutscher Lokomotivführer (GDL) streikt.', name: 'an unquoted headline is a summary by the newsroom, no statement' },
    { text: 'Bundesbank: Inflation sinkt bis Jahresende unter zwei Prozent\n\nFrankfurt – Die Bundesbank erwartet sinkende Preise.', name: 'unquoted headline, a forecast' },
    { text: 'Die Polizei sagte: „Wir ermitteln.“', name: 'a verb of saying: direct-quote’s' },
    { text: 'Das Motto lautet: „Gemeinsam stark“.', name: 'a verb before the colon' },
    { text: 'Die Stadt Hausen plant vieles, etwa: „Park statt Parkplatz“.', name: 'the name does not open the sentence' },
    { text: 'Die Halle war voll. Ab 20 Uhr (Einlass 19. Stunde): „Konzert der Woche“.', name: 'a bracket after no name' },
    { text: 'Ana Lind (die sich beworben hatte): „Ich bin enttäuscht.“', name: 'a verb inside the brackets' },
  ],
  invalid: [
    {
      text: 'Wie der Experte Matthias Hort klagte, sei das Netz zu klein. Hort: »Im Ergebnis gibt es die totale Katastrophe.«',
      expect: [{ speaker: 'Hort', kind: 'direct', content: 'Im Ergebnis gibt es die totale Katastrophe' }],
      name: 'a surname that is a common noun („Hort“) before a colon and a quotation (transport, realnews-y)',
    },
    {
      text: 'Scholz: „Wir lassen niemanden allein“\n\nBerlin – Bundeskanzler Olaf Scholz hat den Flutopfern Hilfe zugesagt.',
      expect: [{ speaker: 'Olaf Scholz', kind: 'direct', content: 'Wir lassen niemanden allein' }],
      name: 'a quoted headline, the name resolved in the body',
    },
    {
      text: 'GDL: „Wir streiken weiter“\n\nFrankfurt – Die Gewerkschaft Deutscher Lokomotivführer (GDL) streikt.',
      expect: [{ speaker: 'Gewerkschaft Deutscher Lokomotivführer', kind: 'direct', content: 'Wir streiken weiter' }],
      name: 'a quoted headline after an acronym',
    },
    {
      text: 'Grippe im Landkreis\n\nMelanie Hofmann vom Landratsamt kennt die Zahlen. Hofmann: „Über die genaue Zahl der Kranken sagt das wenig.“',
      expect: [{ speaker: { name: 'Melanie Hofmann' }, cue: ':', kind: 'direct', content: 'Über die genaue Zahl der Kranken sagt das wenig' }],
      exact: true,
      name: 'a lone surname of a person named before (realnews-n form), invented person',
    },
    {
      text: 'Jonas Weber (Trainer SV Hausen 09): „Wir waren heute zu passiv.“',
      expect: [{ speaker: { name: 'Jonas Weber' }, kind: 'direct', content: 'Wir waren heute zu passiv' }],
      name: 'a club with a number in the bracket („96):“ is no emoticon; realnews-l form), invented person',
    },
    {
      text: 'Ana Lind (Trainerin TSV Hausen): „Wir haben verdient gewonnen. Das war ein starker Auftritt.',
      expect: [{ speaker: { name: 'Ana Lind' }, kind: 'direct', content: 'Wir haben verdient gewonnen. Das war ein starker Auftritt' }],
      name: 'the quotation has no closing mark: it runs to the end of the line (realnews-e, -g forms), invented person',
    },
    {
      text: 'Das gehört zum Geschäft.“ Sport-Geschäftsführer Timo Raab dazu vielsagend: „Jan kennt das Geschäft.“',
      expect: [{ speaker: { name: 'Timo Raab' }, cue: ':', kind: 'direct', content: 'Jan kennt das Geschäft' }],
      name: 'name + „dazu“ + a word of manner before the colon (realnews-g form), invented people',
    },
    {
      text: 'Vereinschefin Ute Kamp trocken: „Wir steigen nicht ab.“',
      expect: [{ speaker: { name: 'Ute Kamp' }, cue: ':', kind: 'direct', content: 'Wir steigen nicht ab' }],
      name: 'name + one adjective of manner before the colon, other topic',
    },
    {
      text: 'Hausen gewinnt 2:0.\n\nRieds Trainer Edin Karaca über den 1. Heimsieg: "Was die Mannschaft gespielt hat, war lehrbuchreif."',
      expect: [{ speaker: { name: 'Edin Karaca' }, cue: ':', kind: 'direct', content: 'Was die Mannschaft gespielt hat, war lehrbuchreif' }],
      exact: true,
      name: 'a team in the genitive before the role, „über“ + topic with an ordinal before the colon',
    },
    {
      text: 'SV Ried - Wacker Horn 0:2\n\nLena Vogt (Trainerin 1. FC Ried): "Wir waren heute einfach nicht wach genug."',
      expect: [{ speaker: { name: 'Lena Vogt' }, cue: ':', kind: 'direct', content: 'Wir waren heute einfach nicht wach genug' }],
      exact: true,
      name: 'a dot inside the bracket („1. FC“) ends no speaker phrase',
    },
    {
      text: 'Ana Lind (Trainerin TSV Hausen): „Wir waren heute zu passiv.“',
      expect: [{ speaker: { name: 'Ana Lind' }, cue: ':', kind: 'direct', content: 'Wir waren heute zu passiv' }],
      exact: true,
    },
    {
      text: 'TSV Hausen - SC Ried 2:1 (1:0)\n\nEdin Karaca (Trainer SC Ried): "Wir hatten keine Chance, waren nicht aggressiv genug. Das muss man akzeptieren."\n\nMarta Olsen (Trainerin TSV Hausen): "Ich bin sehr zufrieden."',
      expect: [
        { speaker: { name: 'Edin Karaca' }, content: 'Wir hatten keine Chance, waren nicht aggressiv genug. Das muss man akzeptieren' },
        { speaker: { name: 'Marta Olsen' }, content: 'Ich bin sehr zufrieden' },
      ],
      exact: true,
      name: 'coaches’ voices after a match, several sentences in one quote',
    },
    {
      text: 'Die Stadt plant eine neue Brücke. Bürgermeisterin Ana Lind zu Radio Hausen: „Wir bauen 2026.“',
      expect: [{ speaker: { name: 'Ana Lind' }, kind: 'direct', content: 'Wir bauen 2026' }],
      name: 'an addressee between name and colon',
    },
    {
      text: 'Der Streik geht weiter. Gewerkschaftschef Jonas Feldkamp gegenüber der »Rundschau«: »Wir haben keine Wahl.«',
      expect: [{ speaker: { name: 'Jonas Feldkamp' }, content: 'Wir haben keine Wahl' }],
      name: 'another topic, »« quotes, „gegenüber“',
    },
  ],
});
