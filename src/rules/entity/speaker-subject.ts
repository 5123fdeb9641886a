import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import type { Lexicon } from '../../lexicon/index.js';
import { units } from './lib/words.js';
import { afterDeterminer, descriptorBefore, firstNameRun, knownFirstName, nameRun, nameStart } from './lib/names.js';
import { orgHeadOf } from './lib/knowledge.js';
import { entityFact, wordFact, type Unit } from './lib/words.js';
import { SPEAKER_VERB_LEMMAS } from '../../lexicon/de/entity-words.js';

/** A lower-case adjective stands before unit i ("die libanesische …"). */
function afterAdjective(lex: Lexicon, us: Unit[], i: number): boolean {
  const p = i > 0 ? us[i - 1] : null;
  return !!p && p.type === 'word' && /^[a-zäöü]/.test(p.text) && lex.isAdjective(p.text) && !lex.isVerb(p.text);
}

const ID = 'entity/speaker-subject';
function isSpeechVerb(lex: Lexicon, w: string): boolean {
  return wordFact(lex, SPEECH_VERB, w);
}
const SPEECH_VERB = entityFact('speechVerb', isSpeechVerbRaw);

function isSpeechVerbRaw(lex: Lexicon, w: string): boolean {
  const shared = lex.list('speech-verbs');
  for (const l of lex.verbLemmas(w)) if (SPEAKER_VERB_LEMMAS.has(l) || shared.has(l)) return true;
  return false;
}

/**
 * The subject of a verb of saying when it has name shape: „Scholz sagte“, „…, sagte Macron am
 * Samstag“, „Kim bekräftigte“ → PER (a single name word suffices here; places and outlets are
 * left to their rules).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Olaf Scholz fügte hinzu“, „Man sei bereit, sagte Emmanuel Macron am Samstag“ → PER (a lone surname only beside a fuller mention)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    const push = (a: number, b: number): void => {
      // a listed first name that is also a common word opens the name: „Horst Brandstätter sagte“
      if (a > 0 && !us[a].newline && knownFirstName(lexicon, us, a - 1) && firstNameRun(lexicon, us, a - 1) >= b) a--;
      // a descriptor before the first name is none of the name: „sagte Schlagerikone Heike Brandt“
      else if (descriptorBefore(lexicon, us, a, b)) a++;
      const start = us[a].start;
      const end = us[b - 1].end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'PER', name: doc.text.slice(start, end), rule: ID, confidence: 2 });
    };
    for (let i = 0; i < us.length; i++) {
      if (!nameStart(lexicon, us, i, true)) continue;
      const b = nameRun(lexicon, us, i, { max: 4, loose: true });
      if (b === i) continue;
      // "der Nachrichtenagentur", "das libanesische Gesundheitsministerium": a common noun
      if (b - i === 1 && (afterDeterminer(us, i) || afterAdjective(lexicon, us, i) || orgHeadOf(lexicon, us[i]))) continue;
      // „des Zürcher Stadtparlaments abgelehnt“: after an article, a run ending in an organisation word
      if (afterDeterminer(us, i) && orgHeadOf(lexicon, us[b - 1])) continue;
      // "X sagte"
      if (b < us.length && us[b].type === 'word' && !us[b].newline && isSpeechVerb(lexicon, us[b].text) && !us[b - 1].possessive) {
        push(i, b);
        i = b - 1;
        continue;
      }
      // "sagte X" followed by punctuation or a lower-case word
      const prev = i > 0 ? us[i - 1] : null;
      const next = b < us.length ? us[b] : null;
      if (prev && prev.type === 'word' && isSpeechVerb(lexicon, prev.text) && (!next || next.type !== 'word' || /^[a-zäöüß]/.test(next.text))) {
        push(i, b);
        i = b - 1;
      }
    }
    return out;
  },
};
export default rule;
