/**
 * Resolve step 2: genitive names — "-s" stripped where the base name is known („Kim Jong-uns“ →
 * Kim Jong-un) or a person's name stands in genitive position („Putins Krieg“).
 */
import type { Lexicon } from '../../../../lexicon/index.js';
import type { EntityCandidate } from '../candidate.js';
import { isAllCaps, isCapitalised, unitAt, type Unit } from '../words.js';
import { isRole } from '../knowledge.js';
import type { ResolveContext } from './state.js';

export function stripGenitives(kept: EntityCandidate[], { lexicon, us, key }: ResolveContext): void {
  const names = new Set(kept.map((c) => key(c.name)));
  // a surname ending in -s that stands alone elsewhere, not in a genitive position („sagte Santos
  // der Zeitung“), is the name as written: „Berater Ivo Santos“ stays Santos
  const bareS = new Set(kept.filter((c) => c.type === 'PER' && !c.name.includes(' ') && c.name.endsWith('s') && !genitivePosition(lexicon, us, c)).map((c) => c.name));
  for (const c of kept) {
    const n = c.name;
    if (n.length < 4 || !n.endsWith('s') || isAllCaps(n.split(' ').pop() ?? '')) continue;
    const base = n.slice(0, -1);
    if (names.has(key(base)) || (c.type === 'PER' && !bareS.has(n.split(' ').pop() ?? '') && genitivePosition(lexicon, us, c))) {
      c.name = base;
    }
  }
}

/**
 * A person's name ending in "s" in genitive position: directly after a noun without article
 * ("das Regime Kim Jong-uns") or directly before a noun ("Putins Krieg").
 */
export function genitivePosition(lex: Lexicon, us: Unit[], c: EntityCandidate): boolean {
  const i = unitAt(us, c.start);
  let j = i;
  while (j < us.length && us[j].end < c.end) j++;
  const prev = i > 0 ? us[i - 1] : null;
  const next = j + 1 < us.length ? us[j + 1] : null;
  const nounLike = (u: Unit | null): boolean => !!u && u.type === 'word' && isCapitalised(u.text) && lex.isNoun(u.text) && !u.newline && !isRole(lex, u);
  if (nounLike(prev) || nounLike(next)) return true;
  // „Oskar Lafontaines "larmoyante" Einlassungen“, „Merkels jüngste Rede“: a quote or a declined
  // adjective in lower case between the name and its noun
  let k = j + 1;
  const quoted = k < us.length && /^[„“”"‚‘'«»]$/.test(us[k].text);
  if (quoted) k++;
  const adj = k < us.length ? us[k] : null;
  if (!adj || adj.type !== 'word' || adj.newline || !/^\p{Ll}+e[mnrs]?$/u.test(adj.text) || lex.isFunctionWord(adj.text)) return false;
  return lex.isAdjective(adj.text) || (quoted && !lex.isVerb(adj.text));
}

