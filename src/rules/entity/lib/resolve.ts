/**
 * The entity layer's resolve step: candidates → one `Entity` per real-world entity.
 *
 * 1. Overlaps: the surer candidate wins (confidence), then the longer span, then the earlier.
 * 2. Grouping by normalised name (slug: "Lee Jae-myung" = "Lee Jae Myung"), genitive "-s"
 *    stripped where the base name is known ("Kim Jong-uns" → Kim Jong-un, "Putins Krieg").
 * 3. Links: acronym definitions (NIS ↔ Nationaler Nachrichtendienst), acronyms equal to the
 *    initials of an organisation name (AP ↔ Associated Press), surname-only person mentions to the
 *    fuller name (the nearest one before, else the first after).
 * 4. Every further occurrence of a known name, alias or unambiguous surname becomes a mention.
 * 5. Canonical name, type and rule from the strongest candidate; id = type + slug(name).
 */
import type { Doc } from '../../../text/document.js';
import type { Lexicon } from '../../../lexicon/index.js';
import type { Entity, EntityType, Span } from '../../../types.js';
import type { EntityCandidate } from './candidate.js';
import { entityFact, isAllCaps, isCapitalised, isCommon, wordFact, slug, unitAt, units, type Unit } from './words.js';
import { isRole, strongPlace } from './knowledge.js';

interface Ctx {
  doc: Doc;
  lexicon: Lexicon;
}

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Connector words ignored when taking initials: "Center for Strategic & International Studies" → CSIS. */
const INITIAL_SKIP = new Set(['for', 'of', 'and', 'the', '&', 'für', 'der', 'des', 'und', 'de', 'du', 'la', 'le']);

export function resolveEntities(candidates: EntityCandidate[], ctx: Ctx): Entity[] {
  const { doc, lexicon } = ctx;
  const us = units(doc);

  // ---------------------------------------------------------------- 1. valid, non-overlapping
  const valid = candidates.filter((c) => c.start < c.end && c.end <= doc.source.length && doc.source.slice(c.start, c.end) === c.text && c.name.trim() !== '');
  const order = [...valid].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start || cmpStr(a.rule, b.rule) || cmpStr(a.name, b.name),
  );
  const kept: EntityCandidate[] = [];
  const taken = new Uint8Array(doc.source.length + 1);
  for (const c of order) {
    let free = true;
    for (let p = c.start; p < c.end; p++) {
      if (taken[p]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    kept.push(c);
    taken.fill(1, c.start, c.end);
  }
  kept.sort((a, b) => a.start - b.start || cmpStr(a.rule, b.rule));

  // "Putins Krieg" (a genitive name + a common noun read as first name + surname): when the
  // name without -s is known from another candidate, keep only the genitive name
  const perTokens = new Set<string>();
  for (const c of kept) if (c.type === 'PER') for (const t of c.name.split(' ')) perTokens.add(t);
  for (const c of kept) {
    if (c.type !== 'PER' || c.rule !== 'entity/name-shape') continue;
    const parts = c.name.split(' ');
    if (parts.length !== 2 || !parts[0].endsWith('s') || !perTokens.has(parts[0].slice(0, -1))) continue;
    if (!isCommon(lexicon, parts[1])) continue;
    c.end = c.start + parts[0].length;
    c.text = doc.source.slice(c.start, c.end);
    c.name = parts[0];
  }

  // ------------------------------------------------------------------------ 2. genitive names
  const key = (name: string): string => nameKey(lexicon, name);
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

  // ------------------------------------------------------------------------------ 3. linking
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const byKey = new Map<string, EntityCandidate[]>();
  for (const c of kept) {
    const k = key(c.name);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(c);
    parent.set(k, parent.get(k) ?? k);
  }
  // acronym definitions
  for (const c of kept) for (const a of c.aliases ?? []) if (byKey.has(key(a))) union(key(a), key(c.name));
  // acronyms = initials of an organisation name
  const orgKeys = [...byKey.keys()].filter((k) => byKey.get(k)!.some((c) => c.type === 'ORG') && byKey.get(k)![0].name.includes(' ')).sort(cmpStr);
  for (const [k, cs] of [...byKey.entries()].sort((a, b) => cmpStr(a[0], b[0]))) {
    const n = cs[0].name;
    // lower-case agency acronyms count too: „dpa“ = „Deutsche Presse-Agentur“, „epd“
    const lowerAcronym = /^[a-z]{2,5}$/.test(n) && cs.some((c) => c.type === 'ORG' && c.rule === 'entity/news-outlet');
    if ((!isAllCaps(n) && !lowerAcronym) || n.includes(' ') || find(k) !== k) continue;
    const letters = lowerAcronym ? n.toUpperCase() : n.replace(/[^A-ZÄÖÜ]/g, '');
    const target = orgKeys.find((ok) => initials(byKey.get(ok)![0].name) === letters);
    if (target && target !== k) union(k, target);
  }
  // surname-only persons → fuller name
  const byToken = new Map<string, EntityCandidate[]>();
  for (const m of kept) {
    if (m.type !== 'PER' || !m.name.includes(' ')) continue;
    for (const t of new Set(personTokens(m.name))) {
      if (!byToken.has(t)) byToken.set(t, []);
      byToken.get(t)!.push(m);
    }
  }
  for (const c of kept) {
    if (c.type !== 'PER' || c.name.includes(' ')) continue;
    const fits = byToken.get(c.name) ?? [];
    if (!fits.length) continue;
    const before = fits.filter((m) => m.start < c.start);
    const target = before.length ? before[before.length - 1] : fits[0];
    union(key(c.name), key(target.name));
  }

  // ------------------------------------------------------------------------------- 4. groups
  const groups = new Map<string, EntityCandidate[]>();
  for (const c of kept) {
    const r = find(key(c.name));
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(c);
  }
  interface Draft {
    name: string;
    type: EntityType;
    rule: string;
    mentions: Span[];
    forms: Set<string>;
  }
  const drafts: Draft[] = [];
  for (const r of [...groups.keys()].sort(cmpStr)) {
    const cs = groups.get(r)!;
    // a lone surname-like speaker never introduced by full name or role may as well be a company
    // ("Samsung erklärte"): too unsure to report
    if (cs.every((c) => c.rule === 'entity/speaker-subject' && !c.name.includes(' '))) continue;
    const best = [...cs].sort(
      (a, b) =>
        b.confidence - a.confidence ||
        nameWeight(b) - nameWeight(a) ||
        a.start - b.start ||
        cmpStr(a.rule, b.rule),
    )[0];
    // the fullest name: persons by most words, acronyms only when nothing else
    const nameCand = [...cs].sort(
      (a, b) => nameWeight(b) - nameWeight(a) || obliqueAdjectives(a.name) - obliqueAdjectives(b.name) || b.confidence - a.confidence || a.start - b.start,
    )[0];
    const type: EntityType = cs.some((c) => c.confidence === 3 && c.type === 'LOC' && c.rule === 'entity/gazetteer-place') ? 'LOC' : best.type;
    const forms = new Set<string>();
    for (const c of cs) {
      forms.add(c.text);
      forms.add(c.name);
      for (const a of c.aliases ?? []) forms.add(a);
    }
    const canonical = type === 'ORG' && nameCand.rule !== 'entity/gazetteer-place' ? nominativeName(lexicon, nameCand.name) : nameCand.name;
    drafts.push({ name: canonical, type, rule: best.rule, mentions: cs.map((c) => ({ text: c.text, start: c.start, end: c.end })), forms });
  }

  // ------------------------------------------------------------------------------ 5. rescan
  // surnames usable alone: tokens of a person's name no other entity shares
  const tokenOwners = new Map<string, Set<number>>();
  drafts.forEach((d, idx) => {
    if (d.type !== 'PER' || !d.name.includes(' ')) return;
    for (const t of personTokens(d.name)) {
      if (t.length < 3 || isCommon(lexicon, t) || strongPlace(lexicon, t)) continue;
      if (!tokenOwners.has(t)) tokenOwners.set(t, new Set());
      tokenOwners.get(t)!.add(idx);
    }
  });
  const formOwner = new Map<string, number>();
  const ambiguous = new Set<string>();
  const addForm = (f: string, idx: number): void => {
    if (ambiguous.has(f)) return;
    const o = formOwner.get(f);
    if (o !== undefined && o !== idx) {
      ambiguous.add(f);
      formOwner.delete(f);
      return;
    }
    formOwner.set(f, idx);
  };
  drafts.forEach((d, idx) => {
    for (const f of d.forms) if (f.length >= 2 && (isCapitalised(f) || isAllCaps(f))) addForm(f, idx);
  });
  for (const [t, owners] of [...tokenOwners.entries()].sort((a, b) => cmpStr(a[0], b[0]))) {
    if (owners.size === 1) addForm(t, [...owners][0]);
    else ambiguous.add(t);
  }
  let maxWords = 1;
  // the word prefixes of the forms of several words: „Kim“, „Kim Jong-un“ of „Kim Jong-un Park“
  const prefixes = new Set<string>();
  for (const f of formOwner.keys()) {
    const words = f.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  const covered: Array<[number, number]> = drafts.flatMap((d) => d.mentions.map((m) => [m.start, m.end] as [number, number]));
  covered.sort((a, b) => a[0] - b[0]);
  const isCovered = (s: number, e: number): boolean => {
    // binary search on sorted starts
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid][0] < e) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (covered[k][1] > s) return true;
    return false;
  };
  for (let i = 0; i < us.length; i++) {
    const u = us[i];
    if (u.type !== 'word' || u.capsLine) continue;
    let acc = '';
    let hit: { idx: number; b: number } | null = null;
    for (let n = 1; n <= maxWords && i + n <= us.length; n++) {
      const w = us[i + n - 1];
      if (n > 1 && (w.type !== 'word' || w.newline || us[i + n - 2].possessive)) break;
      acc = n === 1 ? w.text : acc + ' ' + w.text;
      const own = formOwner.get(acc) ?? (acc.length > 3 && acc.endsWith('s') && !isAllCaps(acc) ? formOwner.get(acc.slice(0, -1)) : undefined);
      if (own !== undefined) hit = { idx: own, b: i + n };
      // a longer form starts with these words, or none does
      if (!prefixes.has(acc)) break;
    }
    if (!hit && u.parts.length > 1) {
      // the first part of a hyphen compound: "Verdi-Vize", "Scholz-Kritik"
      const first = u.parts[0];
      const own = formOwner.get(first);
      if (own !== undefined && first.length >= 2 && !isCovered(u.start, u.start + first.length)) {
        drafts[own].mentions.push({ text: doc.source.slice(u.start, u.start + first.length), start: u.start, end: u.start + first.length });
      }
      continue;
    }
    if (!hit) continue;
    const start = u.start;
    const end = us[hit.b - 1].end;
    if (isCovered(start, end)) continue;
    drafts[hit.idx].mentions.push({ text: doc.source.slice(start, end), start, end });
    i = hit.b - 1;
  }

  // ------------------------------------------------------------------------------ 6. output
  const byId = new Map<string, Entity>();
  for (const d of drafts) {
    const id = `${d.type.toLowerCase()}:${key(d.name)}`;
    const mentions = [...d.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const prev = byId.get(id);
    if (prev) {
      prev.mentions = [...prev.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
      continue;
    }
    byId.set(id, { id, name: d.name, type: d.type, mentions, rule: d.rule });
  }
  const out = [...byId.values()];
  for (const e of out) {
    const seen = new Set<string>();
    e.mentions = e.mentions.filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start || cmpStr(a.id, b.id));
  return out;
}

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
function obliqueAdjectives(name: string): number {
  const words = name.split(' ');
  return words.slice(0, -1).filter((w) => /^[A-ZÄÖÜ][a-zäöüß]+e[nm]$/.test(w)).length;
}

/** Initial capitals of a multi-word name: "Associated Press" → "AP". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/** Weight of a name for choosing the canonical one: more words, not an acronym. */
function nameWeight(c: EntityCandidate): number {
  const words = c.name.split(' ').length;
  return (isAllCaps(c.name.replace(/[\s-]/g, '')) ? 0 : 10) + words;
}

/** The words of a person's name usable alone: "Kim Jong-un" → Kim, Jong-un. */
function personTokens(name: string): string[] {
  return name.split(' ').filter((t) => t && !t.endsWith('.'));
}

/**
 * A person's name ending in "s" in genitive position: directly after a noun without article
 * ("das Regime Kim Jong-uns") or directly before a noun ("Putins Krieg").
 */
function genitivePosition(lex: Lexicon, us: Unit[], c: EntityCandidate): boolean {
  const i = unitAt(us, c.start);
  let j = i;
  while (j < us.length && us[j].end < c.end) j++;
  const prev = i > 0 ? us[i - 1] : null;
  const next = j + 1 < us.length ? us[j + 1] : null;
  const nounLike = (u: Unit | null): boolean => !!u && u.type === 'word' && isCapitalised(u.text) && lex.isNoun(u.text) && !u.newline && !isRole(lex, u.text);
  return nounLike(prev) || nounLike(next);
}

const FEMININE_HEAD = /(?:ung|heit|keit|schaft|ion|tät|bank|bahn|agentur|kammer|kasse|partei|union|liga|gesellschaft|anstalt|behörde|stiftung|akademie|schule|universität|versammlung|kommission|organisation|post|börse|versicherung|allianz|polizei|wehr|hilfe|front|initiative|gruppe|zentrale|klinik|kirche|regierung|aufsicht|vereinigung)$/;
const NEUTER_HEAD = /(?:werk|amt|institut|ministerium|zentrum|gericht|komitee|büro|parlament|kommando|haus|kollegium|präsidium|forum|netzwerk|bündnis|kabinett|konsortium|sekretariat|observatorium|labor|museum|theater|orchester|team|unternehmen|krankenhaus|klinikum|rote kreuz|kreuz)$/;

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
