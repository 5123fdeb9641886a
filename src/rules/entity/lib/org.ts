/**
 * What the organisation-name rules (src/rules/entity/org-*.ts) share: how a rule scans the words
 * (`orgRule`), and the word tests they ask (organisation heads, nominative forms, clubs, acronyms).
 *
 * The rules are the sub-patterns of one left-to-right scan: at each word the sub-pattern of
 * highest priority (lowest `meta.priority`) that matches there wins, and the scan goes on after the
 * words it took. Each rule finds its matches on its own; its candidates carry where it matched
 * (`scan`), and the resolve step (lib/resolve/scan-order.ts) keeps what the one scan would keep —
 * so a disabled rule's matches are gone and nothing else finds them through a side door.
 */
import type { Rule, RuleContext, RuleMeta } from '../../types.js';
import type { Lexicon } from '../../../lexicon/index.js';
import type { Doc } from '../../../text/document.js';
import type { EntityCandidate } from './candidate.js';
import { capitalise, decapitalise, entityFact, isAcronym, isAllCaps, isCapitalised, isCommon, units, wordFact, type Unit } from './words.js';
import { isRole, lookupPlace, orgHeadOf } from './knowledge.js';
import { ASSOCIATION_HEAD, STANDING_CONFERENCE, CLUB_PREPOSITION, GERMAN_ORG_TAIL, NON_NAME_ORG_MODIFIER, NON_ORG_ACRONYMS, SPORTS_CONTEXT, STATE_PREFIX } from '../../../lexicon/de/entity-org.js';

export interface OrgRuleMeta extends RuleMeta {
  /** Order of the sub-patterns of the scan: lower is tried first. */
  priority: number;
}

/** A match of an organisation rule at word i. */
export interface OrgMatch {
  /** Words [a, b) of the name (ignored when `span` is given). */
  a: number;
  b: number;
  name: string;
  confidence?: 1 | 2 | 3;
  /** A span inside a word: the party of „Grünen-Chefin“, the acronym of „CDU-Chef“. */
  span?: { start: number; end: number };
  /** The word the scan goes on with (default: i + 1). */
  resume?: number;
}

export interface OrgScan {
  doc: Doc;
  lexicon: Lexicon;
  us: Unit[];
}

/**
 * An organisation rule: `at` is asked at every word of running text (no headline capitals) and
 * returns its match there or null.
 */
export function orgRule(meta: OrgRuleMeta, at: (s: OrgScan, i: number) => OrgMatch | null): Rule<EntityCandidate> {
  return {
    meta,
    find(ctx: RuleContext): EntityCandidate[] {
      const { doc, lexicon } = ctx;
      const us = units(doc);
      const s: OrgScan = { doc, lexicon, us };
      const out: EntityCandidate[] = [];
      for (let i = 0; i < us.length; i++) {
        const u = us[i];
        if (u.type !== 'word' || u.capsLine) continue;
        const m = at(s, i);
        if (!m) continue;
        const start = m.span ? m.span.start : us[m.a].start;
        const end = m.span ? m.span.end : us[m.b - 1].end;
        out.push({
          text: doc.source.slice(start, end),
          start,
          end,
          type: 'ORG',
          name: m.name,
          rule: meta.id,
          confidence: m.confidence ?? 2,
          scan: { anchor: i, resume: m.resume ?? i + 1, priority: meta.priority },
        });
      }
      return out;
    },
  };
}

/** An indefinite article or „kein“: the noun after it is a kind, not a name („eine KVB-Bahn“). */
export const INDEFINITE_ARTICLE = /^(?:ein|eine|einer|einem|einen|eines|kein|keine|keiner|keinem|keinen|keines)$/i;

/** Lower-case names with a dot or digits: „gfs.bern“, „ver.di“, „e.on“, „n-tv“. */
export const LOWER_NAME = /^[a-z][a-z0-9]*(?:[.\-][a-z0-9]+)+$/;

/**
 * The kind of a club word: abbr („FC“, `club-abbreviations.txt`), word („Borussia“,
 * `club-words.txt`), suffix („United“, `club-suffixes.txt`).
 */
function clubKind(lex: Lexicon, w: string): 'abbr' | 'word' | 'suffix' | undefined {
  if (lex.list('club-abbreviations').has(w)) return 'abbr';
  if (lex.list('club-words').has(w)) return 'word';
  if (lex.list('club-suffixes').has(w)) return 'suffix';
  return undefined;
}

/** A word that may follow a club word: a place, a name word or another club word („SV Werder Bremen“). */
function clubNamePart(lex: Lexicon, u: Unit): boolean {
  if (u.capsLine) return false;
  if (u.type === 'number') return /^\d{2}$/.test(u.text); // „Darmstadt 98“, „Hannover 96“
  if (u.type !== 'word') return false;
  if (!(isCapitalised(u.text) || isAcronym(u.text)) || isRole(lex, u) || lex.isFunctionWord(u.text)) return false;
  // a town named like a common word in a club's name: „FC Erzgebirge Aue“, „SpVgg Greuther Fürth“
  return lookupPlace(lex, u)?.type === 'LOC' || !isCommon(lex, u) || clubKind(lex, u.text) !== undefined || lex.gazetteer().lookup(u.text, { commonTowns: true })?.type === 'LOC';
}

/**
 * A sports club starting (or, for a suffix club, ending) at unit i: a club abbreviation before a
 * name or a place („SC Paderborn“, „KAA Gent“, „1. FC Köln“), a club word before a place
 * („Borussia Dortmund“, „Real Madrid“, „Hertha BSC“), a place or name before a club suffix in an
 * article about sport („Manchester United“, „Wycombe Wanderers“). Units [a, b), or null.
 */
export function clubAt(lex: Lexicon, text: string, us: Unit[], i: number, coordinate = true): { a: number; b: number } | null {
  const u = us[i];
  const kind = clubKind(lex, u.text);
  if (!kind) return numberedClubAt(lex, text, us, i);
  const next = i + 1 < us.length && !us[i + 1].newline ? us[i + 1] : null;
  // „VfL Bad Schwartau“: the „Bad“ of a spa town's name before a capitalised word
  const part = (k: number): boolean => clubNamePart(lex, us[k]) || (us[k].text === 'Bad' && k + 1 < us.length && !us[k + 1].newline && us[k + 1].type === 'word' && isCapitalised(us[k + 1].text));
  if ((kind === 'abbr' || kind === 'word') && next && part(i + 1) && !/^\d/.test(next.text)) {
    // a club word needs a place or a club abbreviation after it: „Union Berlin“, „Hertha BSC“
    if (kind === 'word' && lookupPlace(lex, next)?.type !== 'LOC' && clubKind(lex, next.text) !== 'abbr') return null;
    let a = i;
    if (i >= 2 && us[i - 1].text === '.' && us[i - 2].type === 'number' && !us[i - 1].space) a = i - 2;
    let b = i + 1;
    while (b < us.length && b - i <= 3 && !us[b].newline && part(b) && (b === i + 1 || !/^(?:[a-zäöü]|Und$)/.test(us[b].text))) b++;
    // „TSG Altenhagen/Heepen“, „HSG Gevelsberg/Silschede“: two places of one club joined by a slash
    if (b + 1 < us.length && us[b].text === '/' && !us[b].space && !us[b + 1].space && us[b + 1].type === 'word' && clubNamePart(lex, us[b + 1])) b += 2;
    return { a, b };
  }
  if (kind === 'suffix' && i > 0 && !u.initial && SPORTS_CONTEXT.test(text)) {
    let a = i;
    while (a - 1 >= 0 && i - a < 2 && !us[a].newline && us[a - 1].type === 'word' && !us[a - 1].capsLine && isCapitalised(us[a - 1].text) && !isCommon(lex, us[a - 1]) && !isRole(lex, us[a - 1]) && !lex.isFunctionWord(us[a - 1].text)) a--;
    if (a === i) return null;
    // a place before the suffix („Manchester City“), else a preposition or article before the name
    // („gegen Wycombe Wanderers“, „von Crystal Palace“): „David Villa war im Stadion“ is a person
    const placeFirst = lookupPlace(lex, us[a])?.type === 'LOC';
    const before = a > 0 && !us[a].newline ? us[a - 1] : null;
    if (placeFirst || (before && before.type === 'word' && CLUB_PREPOSITION.test(before.text))) return { a, b: i + 1 };
    // coordinated with another club: „Wycombe Wanderers und der FC Porto“, „Celtic, Rangers und Hibernian“
    if (coordinate && (coordinatedClub(lex, text, us, i + 1, 1) || coordinatedClub(lex, text, us, a - 1, -1))) return { a, b: i + 1 };
  }
  return null;
}

/** Words before a year that make „1860 München“ a date and a place: „seit 1860 München …“. */
const YEAR_BEFORE = /^(?:im|seit|bis|ab|um|vor|nach|von|Jahr|Jahre|Jahres|anno|Anno|zwischen|und)$/;

/**
 * A club named by a founding year + town or a town + a two-digit year, in an article about sport:
 * „gegen 1860 München“, „Hannover 96“, „Schalke 04“ (units [a, b), or null).
 */
function numberedClubAt(lex: Lexicon, text: string, us: Unit[], i: number): { a: number; b: number } | null {
  const u = us[i];
  const town = (w: Unit): boolean => w.type === 'word' && !w.capsLine && lookupPlace(lex, w)?.type === 'LOC' && lookupPlace(lex, w)?.name === w.text;
  if (!town(u) || !SPORTS_CONTEXT.test(text)) return null;
  const year = i > 0 && !u.newline && u.space ? us[i - 1] : null;
  if (year && year.type === 'number' && /^1[89]\d\d$/.test(year.text)) {
    const prev = i > 1 && !year.newline ? us[i - 2] : null;
    if (prev && YEAR_BEFORE.test(prev.text)) return null;
    const after = i + 1 < us.length ? us[i + 1] : null;
    if (after && !after.newline && after.type === 'word' && isCapitalised(after.text)) return null;
    return { a: i - 1, b: i + 1 };
  }
  const next = i + 1 < us.length && !us[i + 1].newline && us[i + 1].space ? us[i + 1] : null;
  if (next && next.type === 'number' && /^\d{2}$/.test(next.text)) {
    // „in Berlin 12 Tore“: after a place preposition the town is where, the number a count
    if (i > 0 && /^(?:in|nach|aus|bei|im)$/.test(us[i - 1].text)) return null;
    const after = i + 2 < us.length ? us[i + 2] : null;
    if (after && !after.newline && after.type === 'word' && isCapitalised(after.text) && lex.isNoun(after.text)) return null;
    // „Berlin 10 Tore“, „München 12:30“: the number counts or tells the time
    if (after && !after.newline && ((after.type === 'word' && !/^[a-zäöü]/.test(after.text) && isCapitalised(after.text) && isCommon(lex, after)) || after.text === ':' || after.text === '.' && after.start === next.end || after.text === ',' && after.start === next.end && i + 3 < us.length && us[i + 3].type === 'number')) return null;
    return { a: i, b: i + 2 };
  }
  return null;
}

/**
 * A club (by its own evidence, not by coordination) after „und/oder/sowie/,“ (and an article) next
 * to unit k, looking forward (dir 1, k is the unit after the club) or backward (dir -1, k is the
 * unit before it).
 */
function coordinatedClub(lex: Lexicon, text: string, us: Unit[], k: number, dir: 1 | -1): boolean {
  if (k < 0 || k >= us.length || !/^(und|oder|sowie|,)$/.test(us[k].text)) return false;
  if (dir === 1) {
    let j = k + 1;
    if (j < us.length && /^(der|die|das|den|dem)$/.test(us[j].text)) j++;
    return j < us.length && !us[j].newline && (clubAt(lex, text, us, j, false) !== null || (j + 1 < us.length && clubKind(lex, us[j + 1].text) === 'suffix' && clubAt(lex, text, us, j + 1, false) !== null));
  }
  // backward: the club ends at k - 1
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (us[j].newline && j < k - 1) break;
    const c = clubAt(lex, text, us, j, false);
    if (c && c.b === k) return true;
  }
  return false;
}

/**
 * One word naming an organisation: a hyphen compound of name parts and an organisation head
 * ("Ifo-Institut", "Max-Planck-Gesellschaft"), or a compound whose modifier is no German word
 * ("Commerzbank"). Returns the nominative name or null.
 */
export function namedOrgCompound(lex: Lexicon, u: Unit): string | null {
  if (u.type !== 'word' || !isCapitalised(u.text) || isRole(lex, u)) return null;
  if (u.parts.length > 1) {
    const last = u.parts[u.parts.length - 1];
    if (!isCapitalised(last) || !orgHeadExact(lex, last)) return null;
    const mods = u.parts.slice(0, -1);
    // a first name and a surname that reads as a common word: „Robert-Koch-Institut“, „Hans-Fischer-Stiftung“
    if (mods.length >= 2 && isCapitalised(mods[0]) && lex.firstName(mods[0]) !== null && mods.slice(1).every((p) => isCapitalised(p) && !isLoc(lex, p) && lex.surname(p) !== null)) {
      return mods.join('-') + '-' + nominative(lex, last);
    }
    if (mods.every((p) => (isCapitalised(p) && !isCommon(lex, p) && !isLoc(lex, p)) || (isAcronym(p) && !isCommon(lex, p) && !isLoc(lex, p)))) {
      return mods.join('-') + '-' + nominative(lex, last);
    }
    return null;
  }
  const w = u.text;
  if (w.length < 8 || lex.isCommonWord(w) || STATE_PREFIX.test(w) || !orgHeadExact(lex, w)) return null;
  const head = lex.compoundHead(w);
  if (!head) return null;
  const lemma = nominative(lex, w);
  if (lemma !== w) return null; // an inflected unknown compound ("Gelsenkirchen") is rather a place
  const idx = lemma.toLowerCase().lastIndexOf(head.toLowerCase());
  if (idx < 3) return null;
  const modifier = lemma.slice(0, idx);
  const bare = modifier.endsWith('s') ? modifier.slice(0, -1) : modifier;
  // "Innenbehörde", "Außenamt", "Oberlandesgericht": a modifier that is an adverb or prefix is no name
  if (NON_NAME_ORG_MODIFIER.test(bare)) return null;
  for (const m of [modifier, bare]) if (lex.isCommonWord(m) || lex.isCommonWord(m.toLowerCase()) || lex.isFunctionWord(m.toLowerCase()) || isCommon(lex, m) || lookupPlace(lex, m)) return null;
  return lemma;
}

/** A capitalised word that is a German adjective and no noun, as English names use them: „Global“, „International“. */
export function englishAdjective(lex: Lexicon, w: string): boolean {
  const lower = decapitalise(w);
  return /(?:al|ic|ive|ed)$/.test(lower) && lex.isAdjective(lower) && !lex.isNoun(w) && !lex.isFunctionWord(lower);
}

/**
 * An unknown all-caps acronym that may name an organisation: no common word, place, unit, roman
 * numeral or digit code („CO2“, „TEU“ as a unit, „XIV“), three to six capitals.
 */
export function bareAcronym(lex: Lexicon, u: Unit): boolean {
  const w = u.text;
  if (u.type !== 'word' || u.capsLine || u.parts.length > 1 || !/^[A-ZÄÖÜ]{3,6}$/.test(w)) return false;
  if (/^[IVXLCDM]+$/.test(w) || NON_ORG_ACRONYMS.has(w) || lex.unit(w) || isCommon(lex, w) || lookupPlace(lex, w)) return false;
  return !isRole(lex, w);
}

/** A finite verb of saying (`speech-verbs.txt`): „teilte“, „erklärte“, „sagt“. */
export function saysVerb(lex: Lexicon, w: string): boolean {
  return wordFact(lex, SAYS_VERB, w);
}
const SAYS_VERB = entityFact('orgSaysVerb', (lex, w) => {
  if (!/^[a-zäöü]/.test(w)) return false;
  const shared = lex.list('speech-verbs');
  return lex.verbLemmas(w).some((l) => shared.has(l) || l === 'teilen' || l === 'mitteilen');
});

/** Before unit k stands a capitalised name word or English adjective on the same line: „Pew“ before „Research“. */
export function englishRunBefore(lex: Lexicon, us: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 2; j--) {
    const w = us[j];
    if (w.type !== 'word' || us[j + 1].newline || !isCapitalised(w.text) || lex.isFunctionWord(w.text)) return false;
    if (!isCommon(lex, w) || englishAdjective(lex, w.text)) return true;
    if (w.initial) return false;
  }
  return false;
}

/** A place (LOC) of the gazetteer; its organisations (ORG) may stand in organisation names. */
export function isLoc(lex: Lexicon, w: string | Unit): boolean {
  return lookupPlace(lex, w)?.type === 'LOC';
}

/** A capitalised adjective form (no noun): "Europäische", "Nationaler", "Deutsche". */
export function isCapAdjective(lex: Lexicon, w: string | Unit): boolean {
  return wordFact(lex, CAP_ADJECTIVE, w);
}
const CAP_ADJECTIVE = entityFact('capAdjective', (lex, w) => isCapAdjectiveRaw(lex, w));

function isCapAdjectiveRaw(lex: Lexicon, w: string): boolean {
  if (!isCapitalised(w) || w.includes('-')) return false;
  const lower = decapitalise(w);
  return (lex.isAdjective(lower) || DERIVED_ADJECTIVE.test(lower)) && !lex.isFunctionWord(lower) && !isRole(lex, w);
}
/** Adjectives the dictionary misses, by shape: compounds in -isch/-lich („staatspolitische“, „landeskirchliche“) and the superlative „oberste“. */
const DERIVED_ADJECTIVE = /^(?:\p{Ll}{4,}(?:isch|lich)|oberst)(?:e|en|er|es|em)$/u;

/** The noun's whole head is an organisation word (not just a word ending in one). */
export function orgHeadExact(lex: Lexicon, w: string | Unit): boolean {
  return wordFact(lex, ORG_HEAD_EXACT, w);
}
const ORG_HEAD_EXACT = entityFact('orgHeadExact', (lex, w) => orgHeadExactRaw(lex, w));

function orgHeadExactRaw(lex: Lexicon, w: string): boolean {
  if (!orgHeadOf(lex, w)) return false;
  for (const form of baseForms(lex, w)) {
    const headLemma = lex.compoundHead(form) ?? form;
    if (orgHeadOf(lex, headLemma) === headLemma.toLowerCase() || orgHeadOf(lex, form) === form.toLowerCase()) return true;
    // a listed compound head: "Bundesrechnungshof" ends in the listed "Rechnungshof" (head "Hof")
    const tail = orgHeadOf(lex, form);
    if (tail && tail.length >= 6 && form.length - tail.length >= 3 && lex.compoundHead(capitalise(tail)) === headLemma) return true;
    // a known noun + linking s + a listed head that the compound split reads otherwise:
    // „Landrat|s|amt“ (split as Landrat + Samt), „Ordnung|s|amt“
    if (tail && form.length - tail.length >= 5 && form.charAt(form.length - tail.length - 1) === 's') {
      const mod = form.slice(0, form.length - tail.length - 1);
      if (lex.isNoun(mod) || lex.compoundHead(mod) !== null) return true;
    }
  }
  return false;
}

/** The word, its lemma, and the word without a genitive / plural ending ("Sicherheitsrates"). */
function baseForms(lex: Lexicon, w: string): string[] {
  const out = [lex.nounLemma(w) ?? w];
  for (const end of ['es', 's', 'en', 'n']) if (w.endsWith(end) && w.length - end.length >= 4) out.push(w.slice(0, -end.length));
  return out;
}

/**
 * The nominative singular of an association, chamber or council compound in the singular (also
 * genitive), or null: „Bauernverbandes“ → Bauernverband, „Flüchtlingsrat“, „Ärztekammer“,
 * „Bischofskonferenz“; no plural („Bauernverbände“), no role („Stadtrat“ is also a councillor), no
 * state body („Bundesrat“, „Landesverband“), no listed organisation.
 */
export function associationHead(lex: Lexicon, w: string | Unit): string | null {
  return wordFact(lex, ASSOCIATION_HEAD_OF, w);
}
const ASSOCIATION_HEAD_OF = entityFact('associationHead', (lex, w) => associationHeadRaw(lex, w));

function associationHeadRaw(lex: Lexicon, w: string): string | null {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(w) || STATE_PREFIX.test(w) || isRole(lex, w)) return null;
  const lemma = nominative(lex, w);
  if (!(w === lemma || w === `${lemma}s` || w === `${lemma}es`)) return null;
  const head = lex.compoundHead(lemma);
  if (!head || head === lemma || !ASSOCIATION_HEAD.test(head) || lemma.length - head.length < 3) return null;
  if (head === 'Konferenz' && !STANDING_CONFERENCE.test(lemma.toLowerCase())) return null;
  if (/^(?:Kreis|Bezirks|Orts|Stadt|Dach)/.test(lemma) || lex.gazetteer().lookup(lemma)?.type === 'ORG') return null;
  return lemma;
}

/** Nominative singular of the noun: "Sicherheitsrates" → "Sicherheitsrat". */
export function nominative(lex: Lexicon, w: string): string {
  const l = lex.nounLemma(w);
  if (l && l.length >= w.length - 2) return l;
  for (const end of ['es', 's']) {
    const base = w.slice(0, -end.length);
    if (w.endsWith(end) && base.length >= 4 && (lex.compoundHead(base) || lex.isNoun(base) || orgHeadOf(lex, base) === base.toLowerCase())) return base;
  }
  return w;
}

/** "für Migration und Flüchtlinge", "der Vereinten Nationen": capitalised words after für/der/des. */
export function germanTail(lex: Lexicon, us: Unit[], k: number): number {
  let b = k;
  // a country in capitals stands in a name too: „der USA“
  const cap = (x: Unit): boolean => isCapitalised(x.text) || (isAllCaps(x.text) && lookupPlace(lex, x)?.kind === 'country');
  while (b + 1 < us.length && GERMAN_ORG_TAIL.has(us[b].text) && us[b + 1].type === 'word' && cap(us[b + 1]) && !us[b + 1].newline) {
    if (us[b].text === 'und' && b === k) break;
    let c = b + 1;
    while (c < us.length && us[c].type === 'word' && cap(us[c]) && !us[c].newline && !isRole(lex, us[c])) c++;
    if (c === b + 1) break;
    if (us[b].text !== 'für' && us[b].text !== 'und' && b === k) {
      // "der/des" only continues a name with a proper tail: "Organisation der Vereinten Nationen"
      // or a country: „Geologischer Dienst der USA“ (the place stays inside the name)
      if (!us.slice(b + 1, c).some((x) => isCapAdjective(lex, x) || !isCommon(lex, x) || lookupPlace(lex, x)?.kind === 'country')) break;
    }
    b = c;
  }
  return b;
}

