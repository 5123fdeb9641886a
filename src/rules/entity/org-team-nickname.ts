import { orgRule, orgHeadExact } from './lib/org.js';
import { isCapitalised, isCommon, type Unit } from './lib/words.js';
import { isRole, lookupPlace, townOfAdjective } from './lib/knowledge.js';
import type { Lexicon } from '../../lexicon/index.js';
import { SPORTS_CONTEXT, TEAM_MEMBER_NOUNS, TEAM_SPORT_CONTEXT } from '../../lexicon/de/entity-org.js';

/**
 * A town of the gazetteer, written as its name („Erfurt“, „Weiden“), no first name („Klaus“);
 * before the nickname no town named like a common word („im Norden Hessens“).
 */
function town(lex: Lexicon, u: Unit | undefined, first = false): boolean {
  if (!u || u.type !== 'word' || u.parts.length > 1 || u.possessive || lex.firstName(u.text) !== null) return false;
  const t = lex.gazetteer().lookup(u.text, { commonTowns: true });
  return !!t && t.type === 'LOC' && (t.kind === 'town' || t.kind === 'city') && t.canonical === u.text && !(first && t.commonWord);
}

/** An English word of a team's nickname, no German word: „Black“, „Blue“, „Indians“, „Steelers“. */
function englishWord(lex: Lexicon, u: Unit | undefined): boolean {
  return !!u && u.type === 'word' && !u.newline && u.parts.length === 1 && /^[A-Z][a-z]{2,}$/.test(u.text) && !isCommon(lex, u) && lex.nounLemma(u.text) === null && lex.firstName(u.text) === null && !isRole(lex, u) && !lex.isFunctionWord(u.text) && !lookupPlace(lex, u);
}

/** A plural nickname: an English plural („Indians“, „Trappers“) or a German plural noun that names no members („Eisbären“, „Falken“, „Wölfe“). */
function pluralNickname(lex: Lexicon, u: Unit | undefined, loanPlural = false): boolean {
  if (!u || u.type !== 'word' || u.newline || u.parts.length > 1 || u.possessive || !isCapitalised(u.text) || TEAM_MEMBER_NOUNS.test(u.text) || isRole(lex, u)) return false;
  if (lex.list('person-nouns').has(u.text) || /(?:ung|heit|keit|schaft|ion|tät|ismus)(?:en)?$/.test(u.text)) return false;
  const lemma = lex.nounLemma(u.text);
  // an English plural: „Indians“, „Trappers“ (the dictionary's Trapper + s, only right after a town: else a genitive like „Landgerichts“); „Kreis“ is no plural
  if (/^[A-Z][a-z]{2,}s$/.test(u.text) && (englishWord(lex, u) || (loanPlural && lemma !== null && lemma + 's' === u.text && /[^s]$/.test(lemma) && !/(?:ung|heit|keit|schaft|tum|nis)$/.test(lemma)))) return lemma === null || !lex.list('person-nouns').has(lemma);
  // a German plural, no genitive singular („Landgerichts“, „Hauses“)
  if (lemma === null || lemma === u.text || u.text === lemma + 's' || u.text === lemma + 'es') return false;
  // the plural of an organisation head is organisations, no team: „die Zürcher Parteien“, „Kölner Vereine“
  return !lex.list('person-nouns').has(lemma) && !isRole(lex, lemma) && !orgHeadExact(lex, lemma);
}

/** No capitalised word goes on after unit k („die Eisbären Berlin Fans“ is not a name). */
function ends(us: Unit[], k: number): boolean {
  const n = us[k];
  return !n || n.newline || n.type !== 'word' || !isCapitalised(n.text);
}

/**
 * A team named by its town and a plural nickname, in an article about sport: „Hannover Indians“,
 * „Passau Black Hawks“ (town + English nickname), „Black Dragons Erfurt“ (nickname + town),
 * „Heilbronner Falken“ (town adjective + plural noun), „Eisbären Berlin“ (plural noun + town).
 * Plural nouns of people („Berliner Fans“, „Kölner Spieler“) are no nicknames.
 */
export default orgRule(
  { id: 'entity/org-team-nickname', priority: 121, description: '„In der Liga schlugen die Heilbronner Falken die Passau Black Hawks“ → ORG Heilbronner Falken, Passau Black Hawks' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (u.parts.length > 1 || !isCapitalised(u.text)) return null;
    const sport = (): boolean => SPORTS_CONTEXT.test(doc.text) || TEAM_SPORT_CONTEXT.test(doc.text);
    const match = (b: number) => (ends(us, b) && sport() ? { a: i, b, name: doc.text.slice(u.start, us[b - 1].end), confidence: 3 as const, resume: b } : null);
    // town + English nickname of one or two words, the last a plural: „Passau Black Hawks“
    if (town(lexicon, u, true)) {
      const one = us[i + 1];
      if (englishWord(lexicon, one) && /s$/.test(one.text) && !town(lexicon, us[i + 2])) return match(i + 2);
      if (englishWord(lexicon, one) && englishWord(lexicon, us[i + 2]) && /s$/.test(us[i + 2].text)) return match(i + 3);
      if (one && !one.newline && one.type === 'word' && /^[A-Z][a-z]{2,}s$/.test(one.text) && pluralNickname(lexicon, one, true) && !town(lexicon, us[i + 2])) return match(i + 2);
      return null;
    }
    // town adjective + plural nickname: „Heilbronner Falken“, „Zehlendorfer Wespen“
    if (townOfAdjective(lexicon, u)) {
      const one = us[i + 1];
      if (one && !one.newline && pluralNickname(lexicon, one)) return match(i + 2);
      return null;
    }
    // English nickname + town: „Black Dragons Erfurt“, „Icefighters Leipzig“
    if (englishWord(lexicon, u) && !u.newline) {
      let k = i;
      if (!/s$/.test(u.text) && englishWord(lexicon, us[k + 1])) k++;
      if (/s$/.test(us[k].text) && !us[k + 1]?.newline && town(lexicon, us[k + 1])) return match(k + 2);
      return null;
    }
    // German plural nickname + town: „Eisbären Berlin“, „Füchse Duisburg“
    if (!u.initial && pluralNickname(lexicon, u) && lexicon.isNoun(u.text)) {
      const one = us[i + 1];
      if (one && !one.newline && town(lexicon, one)) return match(i + 2);
    }
    return null;
  },
);
