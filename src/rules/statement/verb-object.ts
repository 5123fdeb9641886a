import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import {
  AUXILIARIES, ADVERBS, clauseStart, contentEnd, findQuotes, insideQuote, isQuote, negated, nounPhrase, sentenceTokens,
  speechVerbAt, subjectOf, tokenSpan, trimEnd,
  appositionBefore,
} from './lib/grammar.js';
import { commaComplement } from './speech-verb-comma.js';

const ID = 'statement/verb-object';

/** Speech verbs whose object is itself the reported content ("kündigte Gegenmaßnahmen an"). */
const OBJECT_VERBS = new Set([
  'ankündigen', 'bestreiten', 'abstreiten', 'leugnen', 'dementieren', 'zurückweisen', 'bestätigen', 'berichten',
  'melden', 'vermelden', 'nennen', 'bezeichnen', 'kritisieren', 'verweisen', 'warnen', 'einräumen', 'zugeben',
  'verkünden', 'bekanntgeben', 'anprangern', 'beklagen', 'verurteilen', 'hinweisen', 'sprechen',
]);
/** Verbs that report only with a prepositional object ("sprach von einer Katastrophe", not "sprach mit ihm"). */
const NEEDS_PREPOSITION: Record<string, string[]> = { sprechen: ['von', 'vom'], berichten: ['von', 'vom', 'über'] };
const PASSIVE = new Set(['wurde', 'wurden', 'wird', 'werden', 'worden', 'würde', 'würden']);

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Speech verb with its object as content: „Die Gewerkschaft kündigte neue Streiks an“ / „berichtete von Überschwemmungen“',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let v = ss + 1; v < se; v++) {
        const sv = speechVerbAt(ctx, v, se);
        if (!sv || !OBJECT_VERBS.has(sv.lemma) || insideQuote(quotes, v)) continue;
        const prev = toks[v - 1];
        if ((prev.text === ',' && !appositionBefore(ctx, v, ss)) || isQuote(prev)) continue;
        if (commaComplement(ctx, sv, se) >= 0) continue;
        const cs = clauseStart(ctx, v, ss);
        if (cs.sub) continue;
        // finite verb or participle after an auxiliary (no passive: "wurde … bestätigt")
        let aux = -1;
        for (let k = cs.start; k < v; k++) if (AUXILIARIES.has(toks[k].text)) { aux = k; break; }
        if (aux >= 0 && PASSIVE.has(toks[aux].text)) continue;
        const speaker = subjectOf(ctx, v, ss, se);
        if (!speaker) continue;
        let from: number;
        let end: number;
        if (aux >= 0) {
          // "haben die Anschuldigungen bestritten": the object stands before the participle
          from = aux + 1;
          if (speaker.start >= toks[aux].end) {
            while (from < v && toks[from].start < speaker.end) from++;
          }
          while (from < v && ADVERBS.has(toks[from].text)) from++;
          end = v;
          if (negated(doc, aux, v)) continue;
        } else {
          from = v + 1;
          while (from < se && toks[from].start < speaker.end && toks[from].start >= toks[v].end) from++;
          while (from < se && ADVERBS.has(toks[from].text)) from++;
          end = contentEnd(ctx, from, se);
          if (negated(doc, v, sv.particle >= 0 ? sv.particle : Math.min(end, from + 3))) continue;
          if (sv.particle >= 0 && sv.particle === end - 1) end = sv.particle;
        }
        end = trimEnd(doc, from, end);
        if (end <= from) continue;
        // the content is an object: a noun phrase, a prepositional object ("von …", "auf …", "vor …"), or a quote
        const first = toks[from];
        if (/^kein/i.test(first.text)) continue;
        const preps = NEEDS_PREPOSITION[sv.lemma];
        if (preps && !preps.includes(first.text)) continue;
        const isObject = isQuote(first) || ['von', 'vom', 'über', 'auf', 'vor', 'als'].includes(first.text) || !!nounPhrase(ctx, from, end);
        if (!isObject) continue;
        out.push({ rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, from, end), sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
