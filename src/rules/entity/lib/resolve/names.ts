/**
 * Names in the entity layer's resolve step: the grouping key of a name, its nominative, its
 * initials, its weight for choosing the canonical name, the words of a person's name.
 */
import type { Lexicon } from '../../../../lexicon/index.js';
import type { EntityCandidate } from '../candidate.js';
import { entityFact, isAllCaps, slug, wordFact } from '../words.js';
import { INITIAL_SKIP } from '../../../../lexicon/de/entity-media.js';
import { NAME_PARTICLES } from '../../../../lexicon/de/entity-words.js';

/**
 * The grouping key and id part of a name: its slug, with the endings of capitalised adjectives
 * in multi-word names folded ("Deutschen Bahn" = "Deutsche Bahn" → deutsche-bahn).
 */
export function nameKey(lex: Lexicon, name: string): string {
  return wordFact(lex, NAME_KEY, name);
}
const NAME_KEY = entityFact('nameKey', (lex, name) => nameKeyRaw(lex, name));

function nameKeyRaw(lex: Lexicon, name: string): string {
  const words = name.split(' ');
  if (words.length < 2) return slug(name);
  const folded = words.map((w, i) => {
    if (i === words.length - 1 || !/^[A-ZÄÖÜ][a-zäöüß]+e[nrsm]?$/.test(w)) return w;
    const lower = w.charAt(0).toLowerCase() + w.slice(1);
    return lex.isAdjective(lower) ? w.replace(/e[nrsm]?$/, 'e') : w;
  });
  return slug(folded.join(' '));
}

/** Number of words with an oblique adjective ending ("Deutschen", "Nationalem"): less is more nominative. */
export function obliqueAdjectives(name: string): number {
  const words = name.split(' ');
  return words.slice(0, -1).filter((w) => /^[A-ZÄÖÜ][a-zäöüß]+e[nm]$/.test(w)).length;
}

/** Initial capitals of a multi-word name: "Associated Press" → "AP". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/** Weight of a name for choosing the canonical one: more words, not an acronym. */
export function nameWeight(c: EntityCandidate): number {
  const words = c.name.split(' ').length;
  return (isAllCaps(c.name.replace(/[\s-]/g, '')) ? 0 : 10) + words;
}

/** The words of a person's name usable alone: "Kim Jong-un" → Kim, Jong-un. */
export function personTokens(name: string): string[] {
  // a lower-case particle („van“, „von der“) is no name alone
  return name.split(' ').filter((t) => t && !t.endsWith('.') && !NAME_PARTICLES.has(t));
}

const FEMININE_HEAD = /(?:ung|heit|keit|schaft|ion|tät|bank|bahn|agentur|kammer|kasse|partei|union|liga|gesellschaft|anstalt|behörde|stiftung|akademie|schule|universität|versammlung|kommission|organisation|post|börse|versicherung|allianz|polizei|wehr|hilfe|front|initiative|gruppe|zentrale|klinik|kirche|regierung|aufsicht|vereinigung|konferenz)$/;
const NEUTER_HEAD = /(?:werk|amt|institut|ministerium|zentrum|gericht|komitee|büro|parlament|kommando|haus|kollegium|präsidium|forum|netzwerk|bündnis|kabinett|konsortium|sekretariat|observatorium|labor|museum|theater|orchester|team|unternehmen|krankenhaus|klinikum|rote kreuz|kreuz|vikariat|ordinariat|kontor)$/;

/** The nominative ending of an adjective before the head noun: „Bauernverband“ → er, „Ärztekammer“ → e, „Hilfswerk“ → es. */
export function adjectiveEndingFor(head: string): 'er' | 'e' | 'es' {
  const h = head.toLowerCase();
  return FEMININE_HEAD.test(h) ? 'e' : NEUTER_HEAD.test(h) ? 'es' : 'er';
}

/**
 * The nominative of an organisation name that begins with declined adjectives: „Deutschem
 * Wetterdienst“ → „Deutscher Wetterdienst“, „Technischen Hilfswerks“ → „Technisches Hilfswerk“,
 * „Deutschen Bahn“ → „Deutsche Bahn“. The head's gender comes from its ending (masculine when
 * none is telling). Adjectives after the head („Gewerkschaft Deutscher …“) stay as they are.
 */
export function nominativeName(lex: Lexicon, name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && /^[A-ZÄÖÜ][a-zäöüß]+e[nmrs]$/.test(words[k]) && lex.isAdjective(words[k].charAt(0).toLowerCase() + words[k].slice(1))) k++;
  if (k === 0 && words.length > 1 && /^(für|der|des|von|zur|zum)$/.test(words[1]) && /[^s]e?s$/.test(words[0])) {
    // „Bundesamts für Sozialversicherungen“ → „Bundesamt für Sozialversicherungen“
    const lemma = lex.nounLemma(words[0]);
    if (lemma && lemma.length < words[0].length && lemma.length >= words[0].length - 2) return [lemma, ...words.slice(1)].join(' ');
    return name;
  }
  if (k === 0 || !/^[A-ZÄÖÜ]/.test(words[k])) return name;
  // the head may be a later noun of the same run when the first tells no gender: „Deutschen
  // Fußball Liga“ (Liga, feminine); „Technischen Universität München“ keeps Universität
  const telling = (w: string): boolean => FEMININE_HEAD.test(w.toLowerCase()) || NEUTER_HEAD.test(w.toLowerCase());
  if (!telling(words[k])) {
    for (let j = k + 1; j < words.length && /^[A-ZÄÖÜ]/.test(words[j]); j++) {
      if (!telling(words[j])) continue;
      const ending = FEMININE_HEAD.test(words[j].toLowerCase()) ? 'e' : 'es';
      const adjs = words.slice(0, k).map((w) => w.replace(/e[nmrs]$/, 'e' + ending.slice(1)));
      return [...adjs, ...words.slice(k)].join(' ');
    }
  }
  let head = words[k];
  const lemma = lex.nounLemma(head);
  if (lemma && lemma.length >= head.length - 2 && lemma.length < head.length) head = lemma;
  else if (/[^s]e?s$/.test(head) && NEUTER_HEAD.test(head.replace(/e?s$/, '').toLowerCase())) head = head.replace(/e?s$/, '');
  const h = head.toLowerCase();
  const ending = FEMININE_HEAD.test(h) ? 'e' : NEUTER_HEAD.test(h) ? 'es' : 'er';
  const adjs = words.slice(0, k).map((w) => w.replace(/e[nmrs]$/, 'e' + ending.slice(1)));
  return [...adjs, head, ...words.slice(k + 1)].join(' ');
}
