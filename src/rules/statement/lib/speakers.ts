/**
 * Step 1 of the statement resolver: who a speaker phrase names. Pronouns („er“, „ihren“) and
 * roles („der Verband“, „der 51-Jährige“, „die Agentur“) are resolved to the most recent
 * compatible speaker or entity mention (gender from role words, „Frau“/„Herr“ and first names).
 */
import type { RuleContext } from '../../types.js';
import type { Entity, Speaker } from '../../../types.js';
import type { Gender, SpeakerRef } from './types.js';
import { sentenceAt } from '../../../text/analyse.js';
import { AGE_HEAD, DEFINITE, DOCUMENT_NOUNS, findQuotes, firstFiniteVerb, insideQuote, isAdj, isUpper, nounPhrase, roleGender, roleWord, sentenceTokens, speakerFrom, subjectOf, tokenAt } from './grammar.js';

const PERSON_HEAD = /(chef|chefin|präsident|präsidentin|minister|ministerin|sprecher|sprecherin|kanzler|kanzlerin|führer|führerin|leiter|leiterin|trainer|trainerin|direktor|direktorin|sekretär|sekretärin|botschafter|botschafterin|abgeordnete|abgeordneter|politiker|politikerin|bürgermeister|bürgermeisterin|vorsitzende|vorsitzender|experte|expertin|beamte|beamter|beamtin|mann|frau)$/i;
/** Generic organisation nouns that refer back to a named organisation ("die Agentur", "der Dienst"). */
const ORG_HEAD = /^(agentur|nachrichtenagentur|dienst|geheimdienst|behörde|organisation|gruppe|konzern|unternehmen|firma|sender|zeitung|blatt|institut|verband|gewerkschaft|partei|klub|verein)$/i;

export interface Known {
  name: string;
  entity: string | null;
  type: string | null;
  text: string;
  start: number;
  gender: Gender | null;
}

/** Two genders fit when either is unknown or both are the same. */
const fits = (a: Gender | null | undefined, b: Gender | null | undefined): boolean => !a || !b || a === b;

const genderMemo = new WeakMap<Entity, Gender | null>();

/** Gender of a person entity from its mentions, else from a pronoun resolved to it before („seinen“ → m). */
function personGender(ctx: RuleContext, e: Entity, history: Known[]): Gender | null {
  return entityGender(ctx, e) ?? history.find((h) => h.entity === e.id && h.gender)?.gender ?? null;
}

/**
 * Gender of a person entity from the words at its mentions: a role before it („Trainer X“,
 * „UNRWA-Sprecherin X“, „die Abgeordnete X“), „Frau“/„Herr“, or a role in an apposition after
 * it („X, Sprecher des Verbands“). Null when nothing shows it.
 */
export function entityGender(ctx: RuleContext, e: Entity): Gender | null {
  if (genderMemo.has(e)) return genderMemo.get(e) ?? null;
  const doc = ctx.doc;
  const toks = doc.tokens;
  let g: Gender | null = null;
  for (const m of e.mentions) {
    const k = tokenAt(doc, m.start);
    const before = toks[k - 1];
    if (before && before.type === 'word') {
      if (/^(Frau|Ministerin)$/.test(before.text)) g = 'f';
      else if (/^(Herr|Herrn)$/.test(before.text)) g = 'm';
      else g = roleGender(ctx, before.text, (toks[k - 2]?.text ?? '').toLowerCase(), true);
    }
    const inner = toks[k];
    if (!g && inner && inner.end < m.end) g = roleGender(ctx, inner.text, (before?.text ?? '').toLowerCase());
    // "die Leiterin des Gesundheitsamts, Susanne Melchior": a role before the apposition
    if (!g && before?.text === ',') {
      for (let j = k - 2; j >= Math.max(0, k - 6) && !g; j--) {
        if (toks[j].type === 'punct') break;
        g = roleGender(ctx, toks[j].text, (toks[j - 1]?.text ?? '').toLowerCase());
      }
    }
    if (!g) {
      let j = tokenAt(doc, m.end);
      if (toks[j]?.text === ',') {
        j++;
        const art = DEFINITE.has((toks[j]?.text ?? '').toLowerCase()) ? toks[j++].text.toLowerCase() : '';
        g = roleGender(ctx, toks[j]?.text ?? '', art, true);
      }
    }
    if (g) break;
  }
  // No role word: the first name's gender, where the first-name list is sure ("Jana Krüger" f,
  // "Tobias Brandt" m; "Kim", "Andrea" across languages: unsure, no gender).
  if (!g && e.type === 'PER') {
    const first = e.name.split(' ');
    if (first.length >= 2) {
      const fg = ctx.lexicon.firstName(first[0]);
      if (fg === 'm' || fg === 'f') g = fg;
    }
  }
  genderMemo.set(e, g);
  return g;
}

/**
 * Indexes over one document's entities (built once per entity list): by name (first wins), by
 * id, and every mention of a PER / ORG entity sorted by start, so "the latest mention before
 * `pos`" is a binary search and a short walk back instead of a scan of every mention for every
 * statement (which made the resolver quadratic in long texts).
 */
interface EntityIndex {
  byName: Map<string, Entity>;
  byId: Map<string, Entity>;
  /** Mentions of PER (or ORG) entities by start; at one start, the entity listed first comes last. */
  per: Array<{ e: Entity; m: Entity['mentions'][number] }>;
  org: Array<{ e: Entity; m: Entity['mentions'][number] }>;
}
const entityIndexes = new WeakMap<Entity[], EntityIndex>();
export function entityIndex(entities: Entity[]): EntityIndex {
  let ix = entityIndexes.get(entities);
  if (ix) return ix;
  const byName = new Map<string, Entity>();
  const byId = new Map<string, Entity>();
  const per: Array<{ e: Entity; m: Entity['mentions'][number]; k: number }> = [];
  const org: Array<{ e: Entity; m: Entity['mentions'][number]; k: number }> = [];
  entities.forEach((e, k) => {
    if (!byName.has(e.name)) byName.set(e.name, e);
    if (!byId.has(e.id)) byId.set(e.id, e);
    const list = e.type === 'PER' ? per : e.type === 'ORG' ? org : null;
    if (list) for (const m of e.mentions) list.push({ e, m, k });
  });
  const order = (a: { m: { start: number }; k: number }, b: { m: { start: number }; k: number }) => a.m.start - b.m.start || b.k - a.k;
  per.sort(order);
  org.sort(order);
  ix = { byName, byId, per, org };
  entityIndexes.set(entities, ix);
  return ix;
}

/**
 * How far back the latest-mention searches walk (mentions): every normal article has far fewer;
 * in a text of thousands of mentions the search stays bounded.
 */
export const LOOKBACK = 2000;

/**
 * The latest mention in `list` that ends at or before `pos` and passes `ok` (at one start, the
 * entity listed first), walking back at most LOOKBACK mentions.
 */
function latestMention<T extends { e: Entity; m: { start: number; end: number } }>(list: T[], pos: number, ok: (x: T) => boolean): T | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].m.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const x = list[i];
    if (x.m.end > pos) continue;
    if (ok(x)) return x;
  }
  return null;
}

function entityByName(entities: Entity[], name: string): Entity | null {
  return entityIndex(entities).byName.get(name) ?? null;
}

/**
 * The latest PER entity mention before `pos`, with where it stands; with `gender`, only people
 * who fit it; with `outsideQuotes`, only mentions outside quotation marks.
 */
function lastPersonMention(
  ctx: RuleContext, pos: number, gender: Gender | null = null, outsideQuotes = false, history: Known[] = [],
): { entity: Entity; at: number } | null {
  const quotes = outsideQuotes ? findQuotes(ctx.doc) : [];
  const hit = latestMention(
    entityIndex(ctx.results.entities).per,
    pos,
    ({ e, m }) => (!gender || fits(gender, personGender(ctx, e, history))) && (!outsideQuotes || !insideQuote(quotes, tokenAt(ctx.doc, m.start))),
  );
  return hit ? { entity: hit.e, at: hit.m.start } : null;
}

/**
 * The person of `gender` whose mention opens the sentence of offset `pos` as its subject, before `pos`:
 * at most six tokens before it (article, adjective, role: „Die unterlegene CVP-Kandidatin“) and a lower-case
 * finite verb right after it.
 */
function openingSubject(ctx: RuleContext, pos: number, gender: Gender, history: Known[]): { entity: Entity; at: number } | null {
  const toks = ctx.doc.tokens;
  const [ss] = sentenceTokens(ctx.doc, sentenceAt(ctx.doc, pos));
  for (const { e, m } of entityIndex(ctx.results.entities).per) {
    if (m.start >= pos || m.start < toks[ss].start || !fits(gender, personGender(ctx, e, history))) continue;
    const a = tokenAt(ctx.doc, m.start);
    const b = tokenAt(ctx.doc, m.end);
    if (a - ss > 6 || toks.slice(ss, a).some((t) => t.type !== 'word' && t.text !== '-')) continue;
    const v = toks[b];
    if (v && v.type === 'word' && /^\p{Ll}/u.test(v.text) && ctx.lexicon.isVerb(v.text) && !ctx.lexicon.isFunctionWord(v.text)) return { entity: e, at: m.start };
  }
  return null;
}

/** The latest ORG entity mention before `pos` whose words hold `head` („Gesamtverband“ for „der Verband“). */
function lastOrgWithHead(entities: Entity[], head: string, pos: number): { entity: Entity; at: number } | null {
  const hit = latestMention(entityIndex(entities).org, pos, ({ e, m }) => m.text.toLowerCase().includes(head) || e.name.toLowerCase().includes(head));
  return hit ? { entity: hit.e, at: hit.m.start } : null;
}

/** The latest PER entity mention before `pos` that follows the role word `head` ("Präsident Yoon"). */
function personWithRole(ctx: RuleContext, head: string, pos: number): Entity | null {
  const re = new RegExp(head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*$');
  const hit = latestMention(entityIndex(ctx.results.entities).per, pos, ({ m }) => re.test(ctx.doc.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase()));
  return hit ? hit.e : null;
}

/** Person heads that describe anyone, whatever role they were named with („der Experte“ for „Politologe X“). */
// (nouns in -er whose plural reads the same — Forscher, Manager — are left out: „nach Berechnungen der Forscher“ is a group)
const GENERIC_PERSON = /^(experte|expertin|mann|frau|politiker|politikerin|beamte|beamter|beamtin|chef|chefin|gewerkschafterin|funktionär|funktionärin|managerin|unternehmerin|jurist|juristin|medizinerin|ökonom|ökonomin|wissenschaftlerin|forscherin)$/;

/** „Kölner“, „Belgier“, „Niederländer“, „Französin“: a person named after a place in the gazetteer. */
function demonymNoun(ctx: RuleContext, word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)(er|in)$/u.exec(word);
  if (!m) return false;
  const gaz = ctx.lexicon.gazetteer();
  const stem = m[2] === 'in' ? m[1].replace(/er$/, '') : m[1];
  return ['', 'en', 'e', 'n'].some((x) => gaz.lookup(stem + x) !== null);
}

/** The person is named with a role word other than `head` („Trainer X“ is not „der Stürmer“). */
function otherRole(ctx: RuleContext, e: Entity, head: string): boolean {
  const toks = ctx.doc.tokens;
  for (const m of e.mentions) {
    const before = toks[tokenAt(ctx.doc, m.start) - 1];
    if (!before || before.type !== 'word' || !roleWord(ctx, before.text)) continue;
    const b = before.text.toLowerCase();
    if (!b.endsWith(head) && !head.endsWith(b)) return true;
  }
  return false;
}

/** Folded stem of a party name for comparison: „Grünen“ ~ „Grüne“, „CDU“. */
const partyStem = (w: string): string => w.toLowerCase().replace(/(en|n|e)$/, '');

/** The party or organisation before the hyphen of a person's role compound in a phrase („CDU“ in „die CDU-Politikerin“). */
function partyOfRole(ctx: RuleContext, text: string): string | null {
  for (const m of text.matchAll(/(\p{Lu}\p{L}*)[-‑](\p{Lu}\p{L}+)/gu)) if (roleWord(ctx, m[2])) return partyStem(m[1]);
  return null;
}

/** „die Grünen-Politikerin“ and „die CDU-Politikerin“: two role phrases with different parties before the hyphen. */
function partiesDiffer(ctx: RuleContext, a: string, b: string): boolean {
  const pa = partyOfRole(ctx, a);
  const pb = partyOfRole(ctx, b);
  return !!pa && !!pb && pa !== pb;
}

/**
 * „die CDU-Politikerin“ is not the person named with „(Grüne)“ or as „Grünen-Fraktionschefin X“: the
 * party before the hyphen of the role phrase differs from a party the person is named with.
 */
function otherParty(ctx: RuleContext, e: Entity, roleText: string): boolean {
  const m = /(\p{L}+)[-‑]\p{L}+$/u.exec(roleText);
  if (!m) return false;
  const want = partyStem(m[1]);
  const src = ctx.doc.source;
  for (const x of e.mentions) {
    const after = /^\s*\((\p{L}+)/u.exec(src.slice(x.end, x.end + 24));
    const before = /(\p{L}+)[-‑]\p{L}+\s+$/u.exec(src.slice(Math.max(0, x.start - 40), x.start));
    for (const p of [after?.[1], before?.[1]]) if (p && /^\p{Lu}/u.test(p) && partyStem(p) !== want) return true;
  }
  return false;
}

/** Nominalised person nouns that are no role titles: „der Angeklagte“, „die Verletzte“. */
const PERSON_NOUN = /^(Angeklagte|Beschuldigte|Verdächtige|Tatverdächtige|Festgenommene|Verletzte|Betroffene|Geschädigte|Verurteilte|Befragte|Angestellte|Vorsitzende|Abgeordnete|Beamte)[rn]?$/;

/**
 * The subject of the sentence before `pos` (or of the same sentence, before `pos`) when it is a
 * definite person noun without a name: „Der Angeklagte“, „Die Richterin“.
 */
function personSubjectBefore(ctx: RuleContext, pos: number): { name: string; start: number; gender: Gender | null } | null {
  const s = subjectBefore(ctx, pos, (w) => PERSON_NOUN.test(w) || roleWord(ctx, w));
  if (!s) return null;
  const named = ctx.results.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.start >= s.start && m.end <= s.end));
  if (named) return null;
  const article = ctx.doc.source.slice(s.start, s.end).split(/\s+/)[0].toLowerCase();
  return { ...s, gender: roleGender(ctx, s.name, article) ?? (PERSON_NOUN.test(s.name) && /e$/.test(s.name) ? (article === 'der' ? 'm' : article === 'die' ? 'f' : null) : null) };
}

/**
 * The definite subject at the start of the sentence holding `pos` (before it) or of the sentence
 * before, when its head word passes `head`: „Der Angeklagte …“, „Der Mieterverband …“.
 */
function subjectBefore(ctx: RuleContext, pos: number, head: (w: string) => boolean): { name: string; start: number; end: number } | null {
  const doc = ctx.doc;
  const sen = sentenceAt(doc, pos);
  for (const si of [sen, sen - 1]) {
    if (si < 0) continue;
    const [ss, se] = sentenceTokens(doc, si);
    const first = doc.tokens[ss];
    if (!first || first.start >= pos || !(DEFINITE.has(first.text.toLowerCase()) || /^(ein|eine)$/i.test(first.text))) continue;
    const np = nounPhrase(ctx, ss, se);
    if (!np || np.end - np.start > 6 || doc.tokens[np.end - 1].end > pos) continue;
    let last = doc.tokens[np.end - 1];
    // „Ein Sprecher der Bergrettung sagte …“: the head stands before its genitive
    if (np.end - np.start > 3) {
      const g = doc.tokens.slice(np.start + 1, np.end).findIndex((t) => /^(der|des)$/.test(t.text));
      if (g < 1) continue;
      last = doc.tokens[np.start + g];
    }
    const next = doc.tokens[np.end];
    if (!next || next.type !== 'word' || !/^\p{Ll}/u.test(next.text)) continue;
    if (!head(last.text)) continue;
    const end = doc.tokens[np.end - 1].end;
    // the head alone („Angeklagte“), or the head with its genitive („Sprecher der Bergrettung“)
    const name = last === doc.tokens[np.end - 1] ? last.text : doc.source.slice(last.start, end);
    return { name, start: first.start, end };
  }
  return null;
}

/** Groups that speak as one („die Fraktionen“, „der Oppositionsparteien“): heads of their singular. */
const GROUP_HEAD = /(fraktion|partei|gewerkschaft|verband|verein|organisation|gruppe|initiative|behörde|regierung|kommune|gemeinde|kirche|klinik|kasse|bank|firma|konzern|unternehmen|mannschaft|team|klub|staat|land|ministerium|länder)$/;
/** Person nouns by their ending (the singular): „Unterzeichner“, „Ärzte“ → „Arzt“, „Demonstranten“, „Aktivisten“. */
const PERSON_ENDING = /(er|or|ist|ent|ant|eur|är|arzt|experte|kollege|zeuge|eltern|leute)$/;
/** Plural words for people that name no singular: „Eltern“, „Leute“. */
const PLURAL_ONLY = /^(eltern|leute|geschwister)$/i;

/** The noun (any number) names people or a group that can speak: „Fraktionen“, „Unterzeichner“, „Eltern“, „Ärztinnen“. */
function peopleNoun(ctx: RuleContext, w: string): boolean {
  const lw = w.toLowerCase();
  const lemma = (ctx.lexicon.nounLemma(w) ?? '').toLowerCase();
  const sg = lemma && lemma !== lw && !/(in|ung)$/.test(lw) ? lemma : lw;
  return PLURAL_ONLY.test(w) || roleWord(ctx, w) || (lemma !== '' && roleWord(ctx, lemma.charAt(0).toUpperCase() + lemma.slice(1)))
    || PERSON_ENDING.test(sg) || /innen$/.test(lw) || GROUP_HEAD.test(sg);
}

/**
 * The latest plural noun phrase naming people or a group before `pos`, in its sentence or the two
 * before, outside quotation marks: „Diesen Vorwurf weisen die Fraktionen zurück. Sie argumentieren …“,
 * „… Vorwürfen der Oppositionsparteien. Sie kritisieren …“, „Das bezeichnen die Unterzeichner als … .
 * Sie erwarten …“. The article says plural („die“ before a noun whose singular differs or that names
 * men: „die Unterzeichner“; „der“/„den“ before a plural form); the noun names people or a group.
 */
function pluralGroupBefore(ctx: RuleContext, pos: number): { name: string; start: number } | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const quotes = findQuotes(doc);
  const sen = sentenceAt(doc, pos);
  const from = sentenceTokens(doc, Math.max(0, sen - 2))[0];
  for (let k = tokenAt(doc, pos) - 1; k >= from; k--) {
    const art = toks[k].text.toLowerCase();
    if (art !== 'die' && art !== 'der' && art !== 'den') continue;
    if (insideQuote(quotes, k)) continue;
    // [adjectives] noun
    let j = k + 1;
    while (j < toks.length && toks[j].type === 'word' && !isUpper(toks[j].text) && isAdj(ctx.lexicon, toks[j].text.toLowerCase())) j++;
    const noun = toks[j];
    if (!noun || noun.type !== 'word' || !isUpper(noun.text) || noun.start >= pos) continue;
    const w = noun.text;
    const lw = w.toLowerCase();
    const lemma = (ctx.lexicon.nounLemma(w) ?? '').toLowerCase();
    const inflected = lemma !== '' && lemma !== lw && /(en|n|e|er|s)$/.test(lw) && !/(in|ung)$/.test(lw);
    if (!peopleNoun(ctx, w)) continue;
    // „die“ + a plural: an inflected form, a man's noun („die Unterzeichner“), a plural-only word; „der“/„den“ + an inflected plural
    const plural = PLURAL_ONLY.test(w) || /innen$/.test(lw) || (inflected && (art === 'die' || /n$/.test(lw))) || (art === 'die' && PERSON_ENDING.test(lw) && !/in$/.test(lw));
    if (!plural) continue;
    // a name in the genitive after the noun belongs to it: „die Unterzeichner des Briefes“
    let end = j + 1;
    if (/^(des|der)$/i.test(toks[end]?.text ?? '') && toks[end + 1] && isUpper(toks[end + 1].text) && toks[end + 1].start < pos) end += 2;
    return { name: doc.source.slice(noun.start, toks[end - 1].end), start: toks[k].start };
  }
  return null;
}

/** How many sentences back an epithet („der erfahrene Ermittler“) looks for its person. */
const EPITHET_BACK = 3;

/**
 * The person an epithet speaker describes: „der leidenschaftliche Schatzsucher“, „die erfahrene
 * Ermittlerin“ (a definite singular article, an adjective, a person noun that no organisation or
 * document has as its head). The last named speaker of fitting gender within EPITHET_BACK sentences,
 * or null (a person only mentioned in between is too often someone the speaker talks about).
 */
function epithetPerson(ctx: RuleContext, ref: SpeakerRef, history: Known[]): Entity | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const s = tokenAt(doc, ref.start);
  let e = s;
  while (e < toks.length && toks[e].end <= ref.end) e++;
  const article = toks[s]?.text.toLowerCase();
  if ((article !== 'der' && article !== 'die') || e - s < 3) return null;
  const head = toks[e - 1].text;
  if (ORG_HEAD.test(head.toLowerCase()) || DOCUMENT_NOUNS.test(head) || /(en|innen)$/.test(head)) return null;
  // between article and head only adjectives („leidenschaftliche“) and place adjectives („Mainzer“)
  const mids = toks.slice(s + 1, e - 1);
  if (!mids.every((t) => t.type === 'word' && (isAdj(ctx.lexicon, t.text.toLowerCase()) || /^\p{Lu}\p{Ll}+er$/u.test(t.text)))) return null;
  if (!mids.some((t) => !isUpper(t.text))) return null;
  const gender = roleGender(ctx, head, article, true);
  if (!gender || (article === 'der' ? 'm' : 'f') !== gender) return null;
  const ix = entityIndex(ctx.results.entities);
  const sen = sentenceAt(doc, ref.start);
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i];
    if (h.start >= ref.start) continue;
    if (sen - sentenceAt(doc, h.start) > EPITHET_BACK) break;
    if (h.type === 'PER' && h.entity && fits(gender, h.gender)) return ix.byId.get(h.entity) ?? null;
  }
  return null;
}

/**
 * A person named in apposition right after a role phrase: „der belarussische Außenminister, Wladimir
 * Makej, heute …“, „der Sprecher der Stadt, Jan Wolff.“ — a comma, a person the entity layer found,
 * then a comma or the sentence end. Null otherwise (or when the role phrase holds a person already).
 */
function appositionPerson(ctx: RuleContext, ref: SpeakerRef): Entity | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const s = tokenAt(doc, ref.start);
  let k = s;
  while (k < toks.length && toks[k].end <= ref.end) k++;
  if (k <= s || toks[k]?.text !== ',' || !toks[k + 1] || !DEFINITE.has(toks[s].text.toLowerCase())) return null;
  const at = toks[k + 1].start;
  const ix = entityIndex(ctx.results.entities);
  for (const { e, m } of ix.per) {
    if (m.start !== at) continue;
    let j = k + 1;
    while (j < toks.length && toks[j].end <= m.end) j++;
    const next = toks[j];
    if (!next || next.text === ',' || next.sentence !== toks[k].sentence || next.text === '.') return e;
  }
  return null;
}

/** Resolves pronoun and role speakers to the most recent compatible speaker or entity. */
/** Heads of a source that is an estimate or a count, not a speaker: „Schätzung“, „Teilergebnis“, „Hochrechnung“. */
const ESTIMATE_HEAD = /(?:schätzung|ergebnis|ergebnisse|ergebnissen|hochrechnung|zählung)$/i;

/**
 * A genitive naming people right after offset `end` (no article, up to two adjectives: „der Schätzung
 * anwesender Journalisten“ → „Journalisten“), or null.
 */
function peopleGenitiveAfter(ctx: RuleContext, end: number): string | null {
  const toks = ctx.doc.tokens;
  let k = tokenAt(ctx.doc, end);
  if (k < 0 || k >= toks.length || toks[k].start < end) k++;
  for (let n = 0; n < 3 && k < toks.length && toks[k].type === 'word'; n++, k++) {
    const w = toks[k].text;
    if (isUpper(w)) return peopleNoun(ctx, w) && /(?:en|er|e)$/.test(w) ? w : null;
    if (!isAdj(ctx.lexicon, w) || !/er$/.test(w)) return null;
  }
  return null;
}

export function resolveSpeaker(ref: SpeakerRef, history: Known[], ctx: RuleContext): Speaker {
  const base: Speaker = { text: ref.text, start: ref.start, end: ref.end, name: ref.name, entity: ref.entity };
  if (ref.names) base.names = [...ref.names];
  // The speakers before this one, latest first (a bounded walk back, not a copy of the history).
  const recent = {
    find(ok: (h: Known) => boolean): Known | undefined {
      for (let i = history.length - 1, n = 0; i >= 0 && n < LOOKBACK; i--) {
        const h = history[i];
        if (h.start >= ref.start) continue;
        n++;
        if (ok(h)) return h;
      }
      return undefined;
    },
  };
  // „Das bezeichnen die Unterzeichner als „fatal““: a demonstrative object in the prefield is never the
  // speaker; the definite subject after the finite verb is
  if (/^(das|dies|dieses)$/i.test(ref.text)) {
    const toks = ctx.doc.tokens;
    const v = tokenAt(ctx.doc, ref.end);
    const se = sentenceTokens(ctx.doc, sentenceAt(ctx.doc, ref.start))[1];
    const verb = toks[v];
    if (verb && verb.type === 'word' && !isUpper(verb.text) && ctx.lexicon.isVerb(verb.text) && DEFINITE.has((toks[v + 1]?.text ?? '').toLowerCase())) {
      const np = nounPhrase(ctx, v + 1, se);
      const sub = np ? speakerFrom(ctx, np.start, np.end) : null;
      if (sub && sub.form !== 'pronoun') return resolveSpeaker(sub, history, ctx);
    }
  }
  // „einer ersten Einschätzung zufolge“, „dem Teilergebnis zufolge“: an estimate or a count is no speaker —
  // the people in its genitive made it („gemäss der Schätzung anwesender Journalisten“), else the speaker
  // just before reports it
  if (ref.form !== 'pronoun' && !ref.entity && ESTIMATE_HEAD.test(ref.name)) {
    const people = peopleGenitiveAfter(ctx, ref.end);
    if (people) {
      const e = entityByName(ctx.results.entities, people);
      return { ...base, name: people, entity: e ? e.id : null };
    }
    const sen = sentenceAt(ctx.doc, ref.start);
    const prev = recent.find((h) => sen - sentenceAt(ctx.doc, h.start) <= 3 && !ESTIMATE_HEAD.test(h.name));
    if (prev) return { ...base, name: prev.name, entity: prev.entity };
  }
  // „Der Regionalligist Vienna hat laut eigenen Angaben Verbindlichkeiten …“, „nach eigenen Angaben“: the
  // subject of the clause speaks about itself
  if (/^(?:eigenen|eigener)\s/i.test(ref.text)) {
    const sen = sentenceAt(ctx.doc, ref.start);
    const [ss, se] = sentenceTokens(ctx.doc, sen);
    const fv = firstFiniteVerb(ctx, ss, se);
    const sub = fv > ss ? subjectOf(ctx, fv, ss, se) : null;
    if (sub && !/^(?:eigenen|eigener)\s/i.test(sub.text) && (sub.start < ref.start || sub.start > ref.end)) return resolveSpeaker(sub, history, ctx);
  }
  // „sagte der Sprecher der Stadt, Jan Wolff, am Montag“: a person's name in apposition after a role is the speaker
  if (ref.form !== 'pronoun' && !ref.entity) {
    const named = appositionPerson(ctx, ref);
    if (named) return { ...base, name: named.name, entity: named.id };
  }
  const gender = ref.gender ?? null;
  let hit: Known | null = null;
  if (ref.head === AGE_HEAD && ref.form === 'role') {
    // "»…«, sagte der 51-Jährige": the person of that gender named last, outside quotes
    hit = recent.find((h) => h.type === 'PER' && fits(gender, h.gender) && h.name !== ref.name) ?? null;
    const last = lastPersonMention(ctx, ref.start, gender, true, history);
    if (last && (!hit || last.at > hit.start)) return { ...base, name: last.entity.name, entity: last.entity.id };
  } else if (ref.form === 'pronoun' && ref.plural) {
    // „Die Fraktionen weisen das zurück. Sie fordern, …“: the group named last, never one person
    const group = pluralGroupBefore(ctx, ref.start);
    if (group) {
      const e = entityByName(ctx.results.entities, group.name);
      return { ...base, name: group.name, entity: e ? e.id : null };
    }
    // „Die Schüler demonstrierten. Sie fordern, …“: the plural subject before („die …“), never one person;
    // people or a group, never things („Die Bedingungen wurden verschärft. Sie fordern …“)
    const subject = subjectBefore(ctx, ref.start, (w) => peopleNoun(ctx, w));
    const article = subject ? ctx.doc.source.slice(subject.start, subject.end).split(/\s+/)[0].toLowerCase() : '';
    if (subject && article === 'die') {
      const e = entityByName(ctx.results.entities, subject.name);
      return { ...base, name: subject.name, entity: e ? e.id : null };
    }
    return base;
  } else if (ref.form === 'pronoun') {
    // "er"/"sie": the person named last — a speaker, or a person mentioned after that speaker
    // ("Söder sagte … Bundeskanzler Olaf Scholz versprach Hilfe. Er sagte, …" → Scholz);
    // "ihm"/"ihren": only people of that gender
    hit = recent.find((h) => h.type === 'PER' && fits(gender, h.gender)) ?? null;
    let last = lastPersonMention(ctx, ref.start, gender, false, history);
    // „Die Kandidatin Heidi Z. zeigte sich nach der Wahl von Viola A. wenig enttäuscht. „…“, sagt sie.“: the
    // person that opens the sentence as its subject, not one named later inside a phrase of it
    if (last && gender) {
      const opener = openingSubject(ctx, last.at, gender, history);
      if (opener && opener.entity.id !== last.entity.id && sentenceAt(ctx.doc, ref.start) - sentenceAt(ctx.doc, last.at) <= 1) last = opener;
    }
    // „…, meldet die Polizei. Sie geht davon aus, …“: singular „sie“ right after a speaker „die …“ that is
    // no person, with no person named between, is that speaker
    const prev = recent.find(() => true);
    if (
      gender === 'f' && ref.text.toLowerCase() === 'sie' && prev && prev.type !== 'PER' && /^die\s/i.test(prev.text)
      && sentenceAt(ctx.doc, ref.start) - sentenceAt(ctx.doc, prev.start) <= 1 && (!last || last.at < prev.start) && (!hit || hit.start < prev.start)
    ) return { ...base, name: prev.name, entity: prev.entity };
    // "Der Angeklagte hatte … abgelegt. Er habe …": an unnamed person subject after the last named one
    const role = personSubjectBefore(ctx, ref.start);
    if (role && fits(gender, role.gender) && (!last || role.start > last.at) && (!hit || role.start > hit.start)) return { ...base, name: role.name };
    if (last && (!hit || last.at > hit.start)) return { ...base, name: last.entity.name, entity: last.entity.id };
    if (!hit) hit = recent.find((h) => fits(gender, h.gender)) ?? null;
    // "Die Polizei nahm drei Männer fest. Nach ihren Angaben …": no person before, the subject of a sentence before
    if (!hit && !last && gender && ref.text.toLowerCase() !== 'er') {
      const subject = subjectBefore(ctx, ref.start, () => true);
      const article = subject ? ctx.doc.source.slice(subject.start, subject.end).split(/\s+/)[0].toLowerCase() : '';
      if (subject && (gender === 'f' ? article === 'die' : article === 'der' || article === 'das')) {
        const e = entityByName(ctx.results.entities, subject.name);
        return { ...base, name: subject.name, entity: e ? e.id : null };
      }
    }
  } else if (ref.form === 'role') {
    const head = (ref.head ?? '').toLowerCase();
    hit = recent.find((h) => head.length > 2 && h.text.toLowerCase().includes(head) && h.name !== ref.name && !partiesDiffer(ctx, h.text, ref.text)) ?? null;
    if (ORG_HEAD.test(head)) {
      // "der Verband" after "Der Gesamtverband der Deutschen Versicherungswirtschaft …": the organisation named with that head
      const named = lastOrgWithHead(ctx.results.entities, head, ref.start);
      // "Der Mieterverband zeigte sich erleichtert. …, teilte der Verband mit.": the subject before, named or not
      const subject = subjectBefore(ctx, ref.start, (w) => w.toLowerCase().endsWith(head) && w.length > head.length);
      if (subject && (!named || subject.start > named.at) && (!hit || subject.start > hit.start)) {
        const e = entityByName(ctx.results.entities, subject.name);
        return { ...base, name: subject.name, entity: e ? e.id : null };
      }
      if (named && (!hit || named.at > hit.start)) return { ...base, name: named.entity.name, entity: named.entity.id };
    }
    // „dem Bericht zufolge“, „den Angaben zufolge“: a document points back to the source named last
    if (!hit && DOCUMENT_NOUNS.test(head)) hit = recent.find((h) => h.entity !== null || h.type === 'ORG' || h.type === 'PER') ?? null;
    // an organisation named before (not another unnamed one: „die Gewerkschaft“ is no „der Verband“)
    if (!hit && ORG_HEAD.test(head)) hit = recent.find((h) => h.type === 'ORG' && h.entity !== null) ?? null;
    if (!hit && PERSON_HEAD.test(head)) {
      // "der Präsident" after "Der brasilianische Präsident Luiz Inácio Lula da Silva hielt …": the person named with that role
      const e = personWithRole(ctx, head, ref.start);
      if (e) return { ...base, name: e.name, entity: e.id };
      // the person who spoke last, unless the gender or a role named with them says it is someone else
      hit = recent.find((h) => h.type === 'PER') ?? null;
      if (hit && partiesDiffer(ctx, hit.text, ref.text)) hit = null;
      const other = hit?.entity ? entityIndex(ctx.results.entities).byId.get(hit.entity) : undefined;
      if (hit && (!fits(gender, hit.gender) || (other && !GENERIC_PERSON.test(head) && otherRole(ctx, other, head)))) hit = null;
      // „Bundesumweltministerin Steffi Lemke hat … bekräftigt. …, erklärte die Grünen-Politikerin.“: the person of that
      // gender named last with no other role, when no speaker was, or was named before her
      const last = lastPersonMention(ctx, ref.start, gender, true, history);
      if (last && (!hit || last.at > hit.start) && sentenceAt(ctx.doc, ref.start) - sentenceAt(ctx.doc, last.at) <= 2 && (GENERIC_PERSON.test(head) || !otherRole(ctx, last.entity, head)) && !otherParty(ctx, last.entity, ref.text)) return { ...base, name: last.entity.name, entity: last.entity.id };
    } else if (!hit && !ORG_HEAD.test(head) && (roleWord(ctx, ref.head ?? '') || PERSON_NOUN.test(ref.head ?? '') || demonymNoun(ctx, ref.head ?? ''))) {
      const demonym = !roleWord(ctx, ref.head ?? '') && !PERSON_NOUN.test(ref.head ?? '');
      // "sagte der Stürmer", "so der gebürtige Kölner": the person named with that role, else the
      // person of that gender named last who has no other role
      const e = personWithRole(ctx, head, ref.start);
      if (e) return { ...base, name: e.name, entity: e.id };
      const last = lastPersonMention(ctx, ref.start, gender, true, history);
      if (last && (demonym || GENERIC_PERSON.test(head) || !otherRole(ctx, last.entity, head))) return { ...base, name: last.entity.name, entity: last.entity.id };
    }
  }
  // „…“, erklärt der leidenschaftliche Schatzsucher. / lobte der ehemalige Mainzer Coach: an epithet
  // (article, adjective, person noun) for the person who spoke or was named last, in the sentences before
  if (!hit && ref.form !== 'pronoun' && !ref.entity && !base.entity) {
    const e = epithetPerson(ctx, ref, history);
    if (e) return { ...base, name: e.name, entity: e.id };
  }
  if (hit) return { ...base, name: hit.name, entity: hit.entity };
  if (!base.entity) {
    const e = entityByName(ctx.results.entities, ref.name);
    if (e) base.entity = e.id;
  }
  return base;
}
