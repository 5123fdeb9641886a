import { orgRule } from './lib/org.js';
import { isAcronym, isCapitalised } from './lib/words.js';
import type { Unit } from './lib/words.js';

/** A part of an alliance: a capitalised word, an acronym or a short lower-case list name („mut“). */
const partWord = (u: Unit): boolean => u.type === 'word' && !u.capsLine && (isCapitalised(u.text) || isAcronym(u.text) || /^\p{Ll}{2,5}$/u.test(u.text));

/**
 * Parties and lists joined by slashes, with no space, are one alliance or joint group — at least
 * one part a listed party: „die Fraktionsgemeinschaft SPD/Linke/mut“, „Sprecher von DUB/Linke“,
 * „die Union aus CDU/CSU“. Not a party with its canton or town in brackets („(SVP/Schwyz)“).
 */
export default orgRule(
  { id: 'entity/org-party-alliance', priority: 15, description: '„die Fraktionsgemeinschaft SPD/Linke/mut stimmte dagegen“ → ORG SPD/Linke/mut' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (!partWord(u) || (i > 0 && (us[i - 1].text === '/' || us[i - 1].text === '('))) return null;
    const parties = lexicon.table('parties');
    let b = i + 1;
    let listed = parties.has(u.text) ? 1 : 0;
    while (b + 1 < us.length && us[b].text === '/' && !us[b].space && !us[b + 1].space && !us[b + 1].newline && partWord(us[b + 1])) {
      if (parties.has(us[b + 1].text)) listed++;
      b += 2;
    }
    if (b === i + 1) return null;
    // a listed party of two words ends the chain: „BVB/Freie Wähler“
    const last = us[b - 1];
    if (b < us.length && us[b].type === 'word' && !us[b].newline && parties.has(`${last.text} ${us[b].text}`)) {
      b++;
      listed++;
    }
    if (listed === 0) return null;
    // „(SVP/Schwyz)“: a party with its home in brackets after a person's name
    if (b < us.length && us[b].text === ')' && i > 0 && us[i - 1].text === '(') return null;
    return { a: i, b, name: doc.text.slice(u.start, us[b - 1].end), confidence: 3, resume: b };
  },
);
