import { nominative, orgRule } from './lib/org.js';
import { isCapitalised } from './lib/words.js';
import { isRole } from './lib/knowledge.js';
import { PARTY_ADJECTIVES } from '../../lexicon/de/entity-org.js';
import type { Lexicon } from '../../lexicon/index.js';
import { LIST_JOINERS } from '../../lexicon/de/index.js';

const isParty = (lex: Lexicon, w: string): boolean => lex.table('parties').has(w) && !PARTY_ADJECTIVES.has(w);

/**
 * A party named by an adjective: after an article („die Grünen 9,8 Prozent“, „von den Grünen“),
 * in brackets (also after an age: „(58, Grüne)“), coordinated with a party („von SPD und Grünen“), or as the modifier of a role („Grünen-Chefin“); not before a noun („die Grüne Woche“).
 */
export default orgRule(
  { id: 'entity/org-party-adjective', priority: 50, description: '„die Grünen 9,8 Prozent“, „Die Grünen-Chefin trat ab“ → ORG Grüne' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    const party = PARTY_ADJECTIVES.get(u.parts[0]);
    if (!party || u.capsLine) return null;
    // „die Grünen-Fraktion“, „der Linken-Fraktion“: the party's group, named like „SPD-Fraktion“
    if (u.parts.length === 2 && /^(?:Bundestags|Landtags|Kreistags|Stadtrats|Gemeinderats)?[Ff]raktion$/.test(u.parts[1]) && !u.initial) {
      return { a: i, b: i + 1, name: `${u.parts[0]}-${nominative(lexicon, u.parts[1])}` };
    }
    if (!(u.parts.length === 1 || isRole(lexicon, u.parts[u.parts.length - 1]))) return null;
    const prev = i > 0 ? us[i - 1] : null;
    const next = i + 1 < us.length ? us[i + 1] : null;
    const afterArticle = !!prev && /^(die|der|den|Die|Der|Den)$/.test(prev.text);
    const beforeNoun = u.parts.length === 1 && !!next && next.type === 'word' && !next.newline && isCapitalised(next.text) && !PARTY_ADJECTIVES.has(next.text);
    // in brackets, also after an age: „(Grüne)“, „Cem Özdemir (58, Grüne)“
    const bracketed = next?.text === ')' && (prev?.text === '(' || (prev?.text === ',' && i >= 3 && us[i - 2].type === 'number' && us[i - 3].text === '('));
    // coordinated with a party: „von SPD und Grünen“, „Linke, SPD und BSW“
    const coordinated = (!!prev && LIST_JOINERS.has(prev.text) && i >= 2 && isParty(lexicon, us[i - 2].text)) || (!!next && LIST_JOINERS.has(next.text) && i + 2 < us.length && isParty(lexicon, us[i + 2].text));
    if (!((afterArticle || u.parts.length > 1 || bracketed || coordinated) && !beforeNoun && !u.initial)) return null;
    return { a: i, b: i + 1, name: party, span: { start: u.start, end: u.partStarts[0] + u.parts[0].length } };
  },
);
