import { orgRule } from './lib/org.js';
import { SEATS_OF_POWER } from '../../lexicon/de/entity-org.js';

/** First words of the listed seats: only there is a name of one or two words tried. */
const FIRST_WORDS = new Set([...SEATS_OF_POWER.keys()].map((k) => k.split(' ')[0]));

/**
 * A seat of power named for the government that sits there: „der Kreml“, „das Weiße Haus“,
 * „Downing Street“ (one or two words, as listed).
 */
export default orgRule(
  { id: 'entity/org-seat-of-power', priority: 10, description: '„Zu den Berichten hat sich der Kreml nicht geäußert“, „im Weißen Haus“ → ORG Kreml, Weißes Haus' },
  ({ us }, i) => {
    const u = us[i];
    if (!FIRST_WORDS.has(u.text)) return null;
    const two = i + 1 < us.length && us[i + 1].type === 'word' && !us[i + 1].newline ? u.text + ' ' + us[i + 1].text : '';
    if (two && SEATS_OF_POWER.has(two)) return { a: i, b: i + 2, name: SEATS_OF_POWER.get(two)!, confidence: 3, resume: i + 2 };
    if (SEATS_OF_POWER.has(u.text)) return { a: i, b: i + 1, name: SEATS_OF_POWER.get(u.text)!, confidence: 3 };
    return null;
  },
);
