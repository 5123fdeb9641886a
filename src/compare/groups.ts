/**
 * Quantity groups: quantities (across articles and within one) that count the same thing.
 * The algorithm is documented in docs/compare.md. In short:
 * 1. Every quantity with a unit becomes an item with unit info (lemma, compound head, class,
 *    modifier, role from its predicate: "drei Seeleute verletzt") and a context (content-word keys
 *    of its clause, speaker or attribution phrase, entities nearby, dates, time marks, governing
 *    noun, rate; see context.ts and facts.ts).
 * 2. Blocking: items are bucketed by unit class, by compound head and by compound modifier; only
 *    items sharing a bucket are compared. Buckets bigger than `BIG_BLOCK` are compared through an
 *    inverted index of context keys (keys found in more than `KEY_CAP` items are too common
 *    to propose pairs), so the work grows with the input, not with its square.
 * 3. A pair is linked when the units match (same lemma, same head or class, or same modifier)
 *    and enough context keys are shared (more for looser unit matches, fewer for equal numbers,
 *    more when both sentences name different years; never for different figures at different
 *    times). Numbers more than `MAX_RATIO` apart are only linked with strongly shared context.
 * 4. Clustering: links are applied strongest first (Kruskal), but two clusters are only merged
 *    when the result stays plausible: no two members of one article in the same sentence, two
 *    different figures of one article only when the article reports a disagreement (two sources
 *    or an attributed contrast on the same fact: `mayDisagree`; otherwise they count different
 *    things), no two specific nouns of different classes in one role (dead civilians vs dead
 *    soldiers), and all numbers within `MAX_RATIO` of each other. Vague
 *    quantities ("Tausende Soldaten") are clustered after the precise ones, so they join an
 *    existing group instead of pulling precise figures apart.
 */
import type { ArticleResult, GroupMember, GroupSource, Quantity, QuantityGroup, TimelineEntry } from '../types.js';
import { quantityContexts, statementOf, type QuantityContext } from './context.js';
import { CONTRAST, timesDiffer } from './facts.js';
import { qualifiersDiffer, type FactWords } from './frames.js';
import { figure, overlaps, reasonOf, shortTime, statusOf } from './intervals.js';
import { ArticleSimilarity, SIM_SAME, sharedCount } from './similarity.js';
import { cmp, nameKey, stem } from './text.js';
import { AGE_UNIT, ageUnit, modifierKey, roleSpecific, unitInfo, unitLemmaKey, unitMatch, type UnitEnv, type UnitInfo, type UnitMatch } from './units.js';

/**
 * Sentences (from the first, the title where there is one) that form an article's lead. Counts of
 * one property, close in value, in the leads of two reports of one story are the story's main fact
 * told twice: that counts as a shared context word.
 */
export const LEAD_SENTENCES = 2;

/** Numbers further apart than this factor are not grouped unless the context is strongly shared. */
export const MAX_RATIO = 50;
/** Above MAX_RATIO, a link needs this many shared context keys and the same unit lemma. */
export const STRONG_SHARED = 4;
/** Buckets up to this size are compared pair by pair; bigger ones through an inverted index. */
export const BIG_BLOCK = 300;
/** In a big bucket, a context key held by more items than this proposes no pairs. */
export const KEY_CAP = 100;

interface Item {
  n: number;
  article: ArticleResult;
  articleIndex: number;
  q: Quantity;
  unit: UnitInfo;
  ctx: QuantityContext;
  vague: boolean;
  abs: number;
  /** Context keys as sorted interned ids (fast intersection). */
  keyIds: Int32Array;
  /** Interned id of the stem of its unit lemma ("vermis" for Vermisste). */
  unitKey: number;
  /** Its sentence marks a contrast with another source ("Die Polizei spricht dagegen von …"). */
  contrast: boolean;
  /** The measured property: role, else noun class, else governing-noun class, else the unit head. */
  prop: string;
}

interface Edge {
  i: number;
  j: number;
  weight: number;
  strong: boolean;
}

const VAGUE_WORD = /^(dutzende|hunderte|tausende|zehntausende|hunderttausende|millionen|milliarden)\b/i;

/** "Tausende Soldaten", "Hunderte": a plural scale word without a number, or a very wide estimate. */
function isVague(q: Quantity): boolean {
  const numberText = (q.number?.text ?? q.text).trim();
  if (!/\d/.test(numberText) && VAGUE_WORD.test(numberText)) return true;
  const { min, max } = q.interval;
  return q.bound === 'approx' && min !== null && max !== null && min > 0 && max / min >= 5;
}


/** An age ("24-Jähriger", "einen 19-Jährigen", "38 Jahre alten"), never a duration. */
function isAge(q: Quantity): boolean {
  return q.kind === 'age' || /\d\s*-?\s*jährig/i.test(q.text) || /\bJahre\s+alt(?:e[mnrs]?)?\b/.test(q.text);
}

/** Binary search in a sorted id array. */
function hasId(ids: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function ratio(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return (hi + 1) / (lo + 1);
}

function yearsDisjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const y of a) if (b.has(y)) return false;
  return true;
}

const TIER: Record<UnitMatch, number> = { lemma: 3, head: 2, class: 2, family: 1, modifier: 1 };

/** Between two reports of one story, conflicting counts this close need one shared word less. */
export const CLOSE_RATIO = 3;

/** A small whole number ("zwei", "sieben") is too common to identify a figure by itself (an age is not). */
function distinctive(v: number): boolean {
  return !Number.isInteger(v) || Math.abs(v) >= 10;
}

/** An exact count that is no round number (212, 1.347; not 200, 40, 12, "rund 212"). */
function unrounded(it: Item): boolean {
  const v = it.q.value;
  return it.q.bound === 'eq' && !it.vague && Number.isInteger(v) && v > 20 && v % 10 !== 0;
}

/** Two figures of one article that disagree may still count the same thing when the article reports the disagreement. */
export const DISAGREE_RATIO = 2.5;

/** Words of a source's name that say nothing about who it is ("Sprecher der …", "nach Angaben …"). */
const SOURCE_ROLE = new Set(
  'die der das den dem des ein eine einer eines nach laut von vom aus bei beim sprecher sprecherin sprechers angaben informationen darstellung schätzungen berechnungen zählung zählungen erkenntnissen unserer chef chefin leiter leiterin vertreter vertreterin mitteilung'.split(' '),
);

/** The name words of a source ("WHO-Sprecherin Lena Roth" → who, lena, roth). */
function sourceWords(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    for (const w of t.split(/[\s\-–(),.„“"»«]+/)) {
      if (w.length < 3 || w[0] === w[0].toLowerCase() || SOURCE_ROLE.has(w.toLowerCase())) continue;
      out.add(stem(nameKey(w)));
    }
  }
  return out;
}

/**
 * Do two figures of one article come from different sources? Two named sources differ unless one
 * names the other ("WHO" and "WHO-Sprecherin Lena Roth" are one source); an attributed
 * figure and one the article states on its own come from different sources; so do a named source
 * and an unnamed estimate ("Er rechnet mit …"); an attribution phrase with no name ("nach
 * palästinensischen Angaben") differs from any named source.
 */
function sourcesDiffer(a: QuantityContext, b: QuantityContext): boolean {
  if (a.source !== null && b.source !== null) {
    if (a.source === b.source) return false;
    const wa = sourceWords(a.sourceTexts);
    const wb = sourceWords(b.sourceTexts);
    for (const w of wa) if (wb.has(w)) return false;
    return true;
  }
  // A named source against an unnamed estimate ("Er rechnet mit …"), or an attributed figure
  // against the article's own.
  return a.source !== b.source || a.attributed !== b.attributed;
}

/**
 * Two members of one article with different figures: allowed in one group only when the article
 * reports a disagreement — the units match closely (same noun, head, class or role), the figures
 * are near each other, neither is a demand or a target ("Nötig seien 1.000 Lastwagen"), they name
 * no different times, and either a sentence sets one against the other ("dagegen", "hatte … noch
 * von … gesprochen") or two different sources give them about the same entities and dates (and, for
 * amounts and shares, with the same governing noun). Shared context is checked by `evaluate`.
 */
function mayDisagree(a: Item, b: Item): boolean {
  const m = unitMatch(a.unit, b.unit);
  if (m !== 'lemma' && m !== 'head' && m !== 'class') return false;
  if (ratio(a.abs, b.abs) > DISAGREE_RATIO) return false;
  if (a.ctx.additional || b.ctx.additional) return false;
  // A demand against a reported figure is no disagreement; two demands are, when a sentence sets
  // one against the other ("Verlangt werde ein Lösegeld von …" / "X spricht dagegen von einer
  // Forderung über …").
  if (a.ctx.target || b.ctx.target) return a.ctx.target && b.ctx.target && !timesDiffer(a.ctx.times, b.ctx.times) && reportedContrast(a, b);
  // Different times ("bei der letzten Wahl", "im ersten Quartal" vs "im zweiten") are different facts.
  if (timesDiffer(a.ctx.times, b.ctx.times)) return false;
  // A sentence that sets one figure against the other ("Die Polizei spricht dagegen von …") is
  // enough, even when the two name places of different size (Dresden, Sachsen).
  if (reportedContrast(a, b)) return true;
  if (eachHasOwn(a.ctx.named, b.ctx.named) || disjointSets(new Set(a.ctx.dates), new Set(b.ctx.dates))) return false;
  // Amounts, shares and sizes (Euro, Prozent, Tonnen) of one article measure many things; two
  // sources' figures are one only when the same noun governs them ("ein Verlust von 45 Prozent" /
  // "einem Verlust von 35 bis 40 Prozent").
  if ((a.unit.measure || b.unit.measure) && (a.ctx.frame === null || a.ctx.frame !== b.ctx.frame)) return false;
  return sourcesDiffer(a.ctx, b.ctx);
}

/** Each set has an element the other lacks: "Bundeswehr in Litauen" vs "Bundeswehr in Polen". */
function eachHasOwn(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const own = (x: ReadonlySet<string>, y: ReadonlySet<string>) => {
    for (const k of x) if (!y.has(k)) return true;
    return false;
  };
  return own(a, b) && own(b, a);
}

/**
 * One of the two sets its figure against another source's: a contrast word in a sentence that
 * attributes the figure ("Die Veranstalter sprachen dagegen von …"). A contrast between two
 * things the article itself reports ("Der Umsatz stieg, der Gewinn sank dagegen") does not count.
 */
function reportedContrast(a: Item, b: Item): boolean {
  return (a.contrast && a.ctx.attributed) || (b.contrast && b.ctx.attributed);
}

/** Both non-empty and without a common element. */
function disjointSets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/**
 * May two members of one article stand in one group? Not from the same sentence; and two different
 * precise figures of one article count different things ("mehr als 500 Millionen Euro" for one
 * district, "zwei bis drei Milliarden Euro" nationwide) unless the article reports a disagreement.
 * A vague figure ("Tausende") may accompany a precise one when the intervals overlap.
 */
function sameArticleOk(a: Item, b: Item): boolean {
  if (a.q.sentence === b.q.sentence) return sameSentenceRivals(a, b);
  return !differInArticle(a, b) || mayDisagree(a, b);
}

/** Two sources' figures for one fact as rivals in one sentence differ at most this much. */
export const RIVAL_RATIO = 4;

/**
 * Two figures of one sentence are one fact only as rival counts of two named sources: "Die Polizei
 * sprach von 8.000 Teilnehmern, die Veranstalter von 20.000" — each figure's own part of the
 * sentence names its source, the sources differ, the units match closely and the figures are near.
 */
function sameSentenceRivals(a: Item, b: Item): boolean {
  const sa = a.ctx.ownSource;
  const sb = b.ctx.ownSource;
  if (sa === null || sb === null || nameKey(sa) === nameKey(sb)) return false;
  const m = unitMatch(a.unit, b.unit);
  if (m !== 'lemma' && m !== 'head' && m !== 'class') return false;
  if (a.q.value === b.q.value || ratio(a.abs, b.abs) > RIVAL_RATIO) return false;
  return !a.ctx.target && !b.ctx.target && !a.ctx.additional && !b.ctx.additional && !timesDiffer(a.ctx.times, b.ctx.times);
}

function differInArticle(a: Item, b: Item): boolean {
  return !overlaps(a.q.interval, b.q.interval) || (a.q.value !== b.q.value && !a.vague && !b.vague);
}

/**
 * "rund 140.000 Tonnen" and "138.000 Tonnen": an approximate figure whose interval holds the
 * other's value names the same figure as closely as it can.
 */
function nearlyEqual(a: Item, b: Item): boolean {
  if (a.q.value === b.q.value) return true;
  const within = (x: Item, y: Item) => x.q.bound === 'approx' && !x.vague && overlaps(x.q.interval, { min: y.q.value, max: y.q.value, minInclusive: true, maxInclusive: true });
  return within(a, b) || within(b, a);
}

/** The quantity stands in the article's title. */
function inTitle(it: Item): boolean {
  const t = it.article.title;
  return it.q.sentence === 0 && !!t && it.q.end <= t.length + 1 && t.includes(it.q.text);
}

/**
 * The quantity stands in a headline line under the title: one of the first two sentences, written
 * without a closing full stop, question or exclamation mark or quote ("Vier Betriebe im Kreis
 * betroffen – Landwirte bangen um ihre Existenz").
 */
function inSubheadline(it: Item): boolean {
  const s = it.ctx.sentence;
  return it.q.sentence <= 1 && s !== undefined && !inTitle(it) && !/[.!?:;"“”»«‘’)]\s*$/.test(s.trim());
}

/**
 * The properties for which places separate facts: some article gives that property for two
 * different places ("in Berlin 40.000, in Hamburg 30.000"), or for one place and a total.
 */
function placeMatters(items: readonly Item[]): Set<string> {
  // Per article and property: the figures by place. Two places with different figures show that
  // places matter; the same figure at two places is one figure named at two levels ("Vier Betriebe
  // im Kreis Cloppenburg" / "vier Betrieben in der Gemeinde Garrel").
  const seen = new Map<string, Map<string, number>>();
  const out = new Set<string>();
  for (const it of items) {
    const place = it.ctx.qualifiers.place;
    if (place === undefined) continue;
    const k = it.articleIndex + '\u0000' + it.prop;
    let byPlace = seen.get(k);
    if (!byPlace) seen.set(k, (byPlace = new Map()));
    for (const [p, v] of byPlace) if (p !== place && v !== it.q.value) out.add(it.prop);
    if (!byPlace.has(place)) byPlace.set(place, it.q.value);
  }
  return out;
}

/**
 * The year a story is told in when its articles carry no publication date: the year their date
 * mentions name most often (ties: the later), or null.
 */
function mentionedYear(articles: readonly ArticleResult[]): number | null {
  const count = new Map<number, number>();
  for (const a of articles) for (const d of a.dates) {
    const m = /^(\d{4})(?:-|$)/.exec(d.value);
    if (m && !d.relation) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best;
}

const NO_PARTS: ReadonlySet<string> = new Set();

function partKey(prop: string, x: number, y: number): string {
  return `${prop}\u0000${Math.max(x, y)}\u0000${Math.min(x, y)}`;
}

/**
 * Totals and their parts: where one article gives a count and two counts of the same property that
 * add up to it ("11.000 Stellen: 5.000 werden abgebaut, 6.000 ausgelagert"), the total and each part
 * are different facts everywhere in the story — a report of the part never contradicts the total.
 */
function totalsAndParts(items: readonly Item[]): Set<string> {
  const byArticle = new Map<string, Set<number>>();
  for (const it of items) {
    if (it.vague || it.q.bound !== 'eq' && it.q.bound !== 'approx') continue;
    const k = it.articleIndex + '\u0000' + it.prop;
    let vs = byArticle.get(k);
    if (!vs) byArticle.set(k, (vs = new Set()));
    vs.add(it.q.value);
  }
  const out = new Set<string>();
  for (const [k, vs] of byArticle) {
    const prop = k.slice(k.indexOf('\u0000') + 1);
    const values = [...vs].filter((v) => v > 0).sort((x, y) => x - y);
    if (values.length < 3 || values.length > 60) continue;
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        const sum = values[i] + values[j];
        for (const t of values) {
          if (t > values[j] && Math.abs(t - sum) <= 0.005 * t) {
            out.add(partKey(prop, t, values[i]));
            out.add(partKey(prop, t, values[j]));
          }
        }
      }
    }
  }
  return out;
}

/** The property an item measures, for fact frames. */
function propertyOf(unit: UnitInfo, ctx: QuantityContext): string {
  if (unit.role !== null) return unit.role;
  if (unit.klass !== null && !unit.measure) return unit.klass;
  if (ctx.frame !== null) {
    for (const k of ctx.keys) if (k.startsWith('fc:')) return k.slice(3);
    return ctx.frame;
  }
  return unit.head;
}

/** Qualifiers (party, place, poll) keep two figures apart. */
function framesDiffer(a: Item, b: Item, matters: ReadonlySet<string>, parts: ReadonlySet<string> = NO_PARTS): boolean {
  if (parts.size && a.prop === b.prop && parts.has(partKey(a.prop, a.q.value, b.q.value))) return true;
  const placesMatter = (a.articleIndex === b.articleIndex && a.q.value !== b.q.value) || matters.has(a.prop) || matters.has(b.prop);
  return qualifiersDiffer(a.ctx.qualifiers, b.ctx.qualifiers, placesMatter);
}

/** Decide whether two items are linked, and how strongly. */
function evaluate(a: Item, b: Item, sims: ArticleSimilarity, matters: ReadonlySet<string>, parts: ReadonlySet<string>): Edge | null {
  const same = a.articleIndex === b.articleIndex;
  if (same && !sameArticleOk(a, b)) return null;
  const match = unitMatch(a.unit, b.unit);
  if (match === null) return null;
  if (framesDiffer(a, b, matters, parts)) return null;
  // Articles of one story (stories.ts) may share figures; how closely they tell it is weighed below.
  const sim = same ? 1 : sims.get(a.articleIndex, b.articleIndex);
  const tier = TIER[match];
  // A context word that names the other's unit counts too: "vier Menschen gelten als vermisst" ~
  // "drei Vermisste", "Beschäftigte … streikten" ~ "Streikende".
  const named = match !== 'lemma' && (hasId(a.keyIds, b.unitKey) || hasId(b.keyIds, a.unitKey)) ? 1 : 0;
  let shared = sharedCount(a.keyIds, b.keyIds) + named;
  const equal = nearlyEqual(a, b);
  // A disagreement inside one article: the same role ("getötet" / "ausgeschaltet") and a sentence
  // that sets one figure against the other are evidence as good as shared words.
  if (same && differInArticle(a, b)) {
    const contrast = reportedContrast(a, b);
    shared += a.unit.role !== null && a.unit.role === b.unit.role ? 1 : 0;
    // "… nahmen 8.000 Menschen teil. Die Veranstalter sprachen dagegen von 15.000 Teilnehmern.":
    // a contrast sets its figure against the one just before, the more so in the next sentence.
    if (contrast) shared += Math.abs(a.q.sentence - b.q.sentence) <= 2 ? 2 : 1;
  }
  // The same party ("die CSU kam auf 37,2 Prozent" / "CSU: 37,3 Prozent") or the same place where
  // places matter names the fact as well as two shared words.
  const qa = a.ctx.qualifiers;
  const qb = b.ctx.qualifiers;
  if (qa.party !== undefined && qa.party === qb.party) shared += 2;
  if (qa.place !== undefined && qa.place === qb.place && (matters.has(a.prop) || matters.has(b.prop))) shared += 1;
  // The main fact told twice: a count of one property, close in value, in the leads of two reports.
  if (!same && a.q.sentence <= LEAD_SENTENCES && b.q.sentence <= LEAD_SENTENCES && a.prop === b.prop && !a.unit.measure && ratio(a.abs, b.abs) <= CLOSE_RATIO) shared += 1;
  const measure = a.unit.measure || b.unit.measure;
  // Two shared context keys link different figures; one is enough for the same figure.
  let need = equal ? 1 : 2;
  if (match === 'family') need += 1;
  if (yearsDisjoint(a.ctx.years, b.ctx.years)) need += 2;
  // Different figures at different times ("im vergangenen Sommer", "im ersten Quartal") are
  // different facts, in one article or across two.
  if (!equal && timesDiffer(a.ctx.times, b.ctx.times)) return null;
  if (same && a.q.value === b.q.value && (match === 'lemma' || match === 'head') && !a.vague && !b.vague && distinctive(a.q.value) && (inTitle(a) || inTitle(b))) {
    // A headline repeats the figure of the body ("… holt Stürmer für 42 Millionen Euro").
    need -= 1;
  } else if (same && a.q.value === b.q.value && match === 'lemma' && !a.vague && !b.vague && (inSubheadline(a) || inSubheadline(b))) {
    // So does a sub-headline, even with a small number ("Vier Betriebe im Kreis betroffen" /
    // "einer von vier Betrieben in der Gemeinde").
    need -= 1;
  }
  if (!same) {
    if (sim >= SIM_SAME) {
      // Two articles telling the same story: the same value in the same unit (lemma or head) is the
      // same figure ("100 Millionen Euro" twice), and counts of one kind need one shared word less to be
      // weighed against each other ("rund 20.000 Streikenden" vs "mehr als 30.000 Streikenden").
      if (a.q.value === b.q.value && (match === 'lemma' || match === 'head') && !a.vague && !b.vague && (distinctive(a.q.value) || a.unit.lemma === AGE_UNIT)) need -= 1;
      // The same exact, non-round count of compounds with one modifier ("212 Geflügelhaltungen" /
      // "212 Geflügelbetriebe"): one figure told in two words.
      else if (a.q.value === b.q.value && match === 'modifier' && unrounded(a) && unrounded(b)) need -= 1;
      else if (!equal && !measure && match !== 'modifier' && ratio(a.abs, b.abs) <= CLOSE_RATIO) need -= 1;
    } else if (measure) {
      // Loosely related articles: Euro, Prozent, Jahr need more shared context than counted nouns.
      need += 1;
    }
  }
  const strong = tier === 3 && shared >= STRONG_SHARED;
  if (ratio(a.abs, b.abs) > MAX_RATIO && !strong) return null;
  if (shared < need) return null;
  return { i: a.n, j: b.n, weight: shared * 2 + tier + (a.q.value === b.q.value ? 2 : 0), strong };
}

class Clusters {
  parent: number[];
  members: number[][];
  minAbs: number[];
  maxAbs: number[];
  /** Per cluster root: role → the specific noun class of its members in that role ("Soldaten getötet"). */
  roleClass: Map<string, string>[];
  /** Per cluster root: article index → member item numbers. */
  byArticle: Map<number, number[]>[];
  constructor(
    private items: Item[],
    private matters: ReadonlySet<string> = new Set(),
    private parts: ReadonlySet<string> = NO_PARTS,
  ) {
    this.roleClass = items.map((it) => {
      const c = roleSpecific(it.unit);
      return c !== null && it.unit.role !== null ? new Map([[it.unit.role, c]]) : new Map();
    });
    this.parent = items.map((_, i) => i);
    this.members = items.map((_, i) => [i]);
    this.minAbs = items.map((it) => it.abs);
    this.maxAbs = items.map((it) => it.abs);
    this.byArticle = items.map((it, i) => new Map([[it.articleIndex, [i]]]));
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  /** Merge the clusters of an edge when the result stays plausible. */
  tryMerge(e: Edge): boolean {
    const x = this.find(e.i);
    const y = this.find(e.j);
    if (x === y) return false;
    const lo = Math.min(this.minAbs[x], this.minAbs[y]);
    const hi = Math.max(this.maxAbs[x], this.maxAbs[y]);
    if (ratio(lo, hi) > MAX_RATIO && !e.strong) return false;
    // Dead civilians and dead soldiers never meet, not even through "Menschen" that may be either.
    for (const [role, c] of this.roleClass[y]) {
      const other = this.roleClass[x].get(role);
      if (other !== undefined && other !== c) return false;
    }
    const [big, small] = this.members[x].length >= this.members[y].length ? [x, y] : [y, x];
    const bigArticles = this.byArticle[big];
    const smallArticles = this.byArticle[small];
    // A vague figure ("Tausende Menschen") only joins figures its interval holds: it adds no conflict.
    for (const p of this.members[small]) {
      for (const r of this.members[big]) {
        const a = this.items[p];
        const b = this.items[r];
        if (a.vague !== b.vague && !overlaps(a.q.interval, b.q.interval)) return false;
      }
    }
    // No two members name different parties, places (where they matter) or a poll and an outcome.
    for (const p of this.members[small]) for (const r of this.members[big]) if (framesDiffer(this.items[p], this.items[r], this.matters, this.parts)) return false;
    // An article does not contradict itself: its members must not share a sentence or disagree.
    for (const [article, mine] of smallArticles) {
      const theirs = bigArticles.get(article);
      if (!theirs) continue;
      for (const p of mine) {
        const a = this.items[p];
        for (const r of theirs) {
          const b = this.items[r];
          if (!sameArticleOk(a, b)) return false;
        }
      }
    }
    this.parent[small] = big;
    for (const m of this.members[small]) this.members[big].push(m);
    this.members[small] = [];
    for (const [article, mine] of smallArticles) {
      const theirs = bigArticles.get(article);
      if (theirs) theirs.push(...mine);
      else bigArticles.set(article, mine);
    }
    this.byArticle[small] = new Map();
    for (const [role, c] of this.roleClass[small]) this.roleClass[big].set(role, c);
    this.roleClass[small] = new Map();
    this.minAbs[big] = lo;
    this.maxAbs[big] = hi;
    return true;
  }
}

/** Candidate pairs: items sharing a block; big blocks through an index of context keys. */
function candidatePairs(items: Item[]): [number, number][] {
  const blocks = new Map<string, number[]>();
  const add = (key: string, n: number) => {
    const list = blocks.get(key);
    if (list) list.push(n);
    else blocks.set(key, [n]);
  };
  for (const it of items) {
    add('h:' + it.unit.head, it.n);
    if (it.unit.klass) add('c:' + it.unit.klass, it.n);
    if (it.unit.family) add('f:' + it.unit.family, it.n);
    const mk = modifierKey(it.unit);
    if (mk) add('m:' + mk, it.n);
  }
  // Pairs as numbers a * N + b (exact below 2^53), deduplicated by sorting at the end.
  const found: number[] = [];
  const N = items.length;
  const push = (i: number, j: number) => {
    found.push(i < j ? i * N + j : j * N + i);
  };
  const keys = [...blocks.keys()].sort(cmp);
  const mark = new Int32Array(N).fill(-1);
  for (const key of keys) {
    const list = blocks.get(key)!;
    if (list.length < 2) continue;
    if (list.length <= BIG_BLOCK) {
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) push(list[x], list[y]);
      continue;
    }
    const postings = new Map<string, number[]>();
    for (const n of list) {
      const it = items[n];
      for (const k of [...it.ctx.keys, 'v:' + it.q.value]) {
        const p = postings.get(k);
        if (p) p.push(n);
        else postings.set(k, [n]);
      }
    }
    for (const n of list) {
      const it = items[n];
      for (const k of [...it.ctx.keys, 'v:' + it.q.value]) {
        const p = postings.get(k)!;
        if (p.length > KEY_CAP) continue;
        for (const m of p) {
          if (m <= n || mark[m] === n) continue;
          mark[m] = n;
          push(n, m);
        }
      }
    }
  }
  const sorted = Float64Array.from(found).sort();
  const pairs: [number, number][] = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const v = sorted[k];
    const a = Math.floor(v / N);
    pairs.push([a, v - a * N]);
  }
  return pairs;
}

export interface GroupInput {
  articles: ArticleResult[];
  classes: ReadonlyMap<string, string>;
  compoundHead?: (word: string) => string | null;
  isNoun?: (word: string) => boolean;
  isMeasure?: (unit: string) => boolean;
  /** Class → parent class (default `DEFAULT_CLASS_PARENTS`). */
  classParents?: ReadonlyMap<string, string>;
  /** Country of a demonym adjective ("nordkoreanische" → "Nordkorea"). */
  demonym?: (form: string) => string | null;
  /** Short label of an article for reasons ("002" for "002_d091…"). */
  label: (article: string) => string;
  /** Id of the story these articles form (every group carries it). */
  story?: string;
  /** Parties and fact words for fact frames (frames.ts). */
  factWords?: FactWords;
}

/** FNV-1a, 32 bit, as 8 hex digits: stable ids from member keys. */
export function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const STATUS_ORDER: Record<string, number> = { conflict: 0, compatible: 1, agree: 2, single: 3 };

/** Group the quantities of the articles (already sorted by id). */
export function groupQuantities(input: GroupInput): QuantityGroup[] {
  const lemmas = new Set<string>();
  for (const a of input.articles) for (const q of a.quantities) {
    const k = unitLemmaKey(q.unit);
    if (k) lemmas.add(k);
  }
  const env: UnitEnv = { classes: input.classes, compoundHead: input.compoundHead, isNoun: input.isNoun, isMeasure: input.isMeasure, parents: input.classParents, lemmas };
  const items: Item[] = [];
  const keyId = new Map<string, number>();
  const idOf = (key: string) => {
    let id = keyId.get(key);
    if (id === undefined) keyId.set(key, (id = keyId.size));
    return id;
  };
  const intern = (keys: Set<string>) => {
    const ids = new Int32Array(keys.size);
    let k = 0;
    for (const key of keys) ids[k++] = idOf(key);
    return ids.sort();
  };
  const sims = new ArticleSimilarity(input.articles, idOf);
  const storyYear = mentionedYear(input.articles);
  input.articles.forEach((article, articleIndex) => {
    const ctxs = quantityContexts(article, input.demonym, input.compoundHead, input.factWords, storyYear);
    const order = article.quantities.map((_, i) => i).sort((x, y) => {
      const a = article.quantities[x];
      const b = article.quantities[y];
      return a.start - b.start || a.end - b.end || x - y;
    });
    for (const qi of order) {
      const q = article.quantities[qi];
      if (!unitLemmaKey(q.unit)) continue;
      const st = statementOf(article, q);
      const said = ctxs[qi].sentence ?? st?.content.text ?? '';
      const unit = isAge(q) ? ageUnit() : unitInfo(q.unit!, q.noun?.text, env, ctxs[qi].role);
      items.push({
        n: items.length,
        article,
        articleIndex,
        q,
        unit,
        ctx: ctxs[qi],
        vague: isVague(q),
        abs: Math.abs(q.value),
        keyIds: intern(ctxs[qi].keys),
        contrast: CONTRAST.test(said),
        unitKey: idOf(stem(unit.lemma)),
        prop: propertyOf(unit, ctxs[qi]),
      });
    }
  });

  const matters = placeMatters(items);
  const parts = totalsAndParts(items);
  const edges: Edge[] = [];
  for (const [i, j] of candidatePairs(items)) {
    const e = evaluate(items[i], items[j], sims, matters, parts);
    if (e) edges.push(e);
  }
  const byWeight = (a: Edge, b: Edge) => b.weight - a.weight || a.i - b.i || a.j - b.j;
  const clusters = new Clusters(items, matters, parts);
  // Precise figures first, then vague ones join the groups they fit best.
  const precise = edges.filter((e) => !items[e.i].vague && !items[e.j].vague).sort(byWeight);
  const vague = edges.filter((e) => items[e.i].vague || items[e.j].vague).sort(byWeight);
  for (const e of precise) clusters.tryMerge(e);
  for (const e of vague) clusters.tryMerge(e);

  const groups: QuantityGroup[] = [];
  for (let r = 0; r < items.length; r++) {
    if (clusters.find(r) !== r) continue;
    const ms = clusters.members[r].map((n) => items[n]);
    ms.sort((a, b) => a.articleIndex - b.articleIndex || a.q.start - b.q.start || a.q.end - b.q.end);
    groups.push(buildGroup(ms, input.label, input.story ?? ''));
  }
  groups.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      articleCount(b) - articleCount(a) ||
      b.members.length - a.members.length ||
      cmp(a.members[0].article, b.members[0].article) ||
      a.members[0].start - b.members[0].start,
  );
  uniqueIds(groups);
  return groups;
}

/** Group ids are hashes of their members; a (very unlikely) collision gets a suffix in output order. */
export function uniqueIds(groups: QuantityGroup[]): void {
  const used = new Set<string>();
  for (const g of groups) {
    let id = g.id;
    for (let k = 2; used.has(id); k++) id = `${g.id}-${k}`;
    used.add(id);
    g.id = id;
  }
}

export function articleCount(g: QuantityGroup): number {
  return new Set(g.members.map((m) => m.article)).size;
}

function buildGroup(ms: Item[], label: (a: string) => string, story: string): QuantityGroup {
  const members: GroupMember[] = ms.map((it) => {
    const m: GroupMember = {
      article: it.article.id,
      text: it.q.text,
      value: it.q.value,
      bound: it.q.bound,
      interval: it.q.interval,
      unit: it.q.unit,
      start: it.q.start,
      end: it.q.end,
      sentence: it.q.sentence,
      speaker: it.ctx.speaker,
      source: it.ctx.source,
      time: it.article.published ?? null,
    };
    if (it.ctx.dates.length) m.dates = it.ctx.dates;
    const marks = [...it.ctx.times, ...it.ctx.updates];
    if (marks.length) m.marks = [...new Set(marks)].sort(cmp);
    if (it.ctx.sentence !== undefined) m.context = it.ctx.sentence;
    return m;
  });
  const status = statusOf(members);
  const reason = reasonOf(status, members, label);
  // The unit named most often, then the context words most members share.
  const unitCount = new Map<string, number>();
  for (const m of members) if (m.unit) unitCount.set(m.unit, (unitCount.get(m.unit) ?? 0) + 1);
  const unit = [...unitCount.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || cmp(a[0], b[0]))[0]?.[0] ?? null;
  const keyCount = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const it of ms) {
    for (const k of it.ctx.keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
    for (const [k, s] of it.ctx.surfaces) {
      const prev = surface.get(k);
      if (prev === undefined || s.length < prev.length || (s.length === prev.length && s < prev)) surface.set(k, s);
    }
  }
  const minShare = ms.length > 1 ? 2 : 1;
  // Label words are nouns and names as written („Russland“, „Lieferungen“): keys the context derives
  // (compound heads such as „dienst“, frames) and lower-case words (verbs, adjectives) are no label.
  const top = [...keyCount.entries()]
    .filter(([k, c]) => c >= minShare && /^\p{Lu}/u.test(surface.get(k) ?? ''))
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, 3)
    .map(([k]) => surface.get(k)!);
  const groupLabel = (unit ?? 'figure') + (top.length ? ' · ' + top.join(', ') : '');
  const id = 'g' + hash32(members.map((m) => `${m.article}:${m.start}:${m.end}`).join('|'));
  const timeline = timelineOf(members);
  const updated = status === 'single' || status === 'agree' ? null : updateOf(members, timeline);
  const group: QuantityGroup = { id, story, label: groupLabel, unit, status, reason, members, sources: sourcesOf(members, label), timeline };
  if (updated) {
    group.updated = updated;
    const steps = timeline.map((t) => members[t.member]).map((m) => figure(m) + (m.time ? ` (${shortTime(m.time)})` : ''));
    group.reason += ` Later reports ${updated === 'rising' ? 'raise' : 'lower'} the count: ${[...new Set(steps)].join(' → ')}.`;
  }
  return group;
}

/** Order of a member's update marks within one time: "zunächst" first, "inzwischen" last. */
function markRank(m: GroupMember): number {
  const marks = m.marks ?? [];
  if (marks.includes('earlier')) return 0;
  if (marks.includes('later') || marks.includes('up') || marks.includes('down')) return 2;
  return 1;
}

/**
 * Later reports only raise (or only lower) an earlier count: the members in time order have
 * non-decreasing (non-increasing) values, at least two different ones, and the order is known —
 * from different publication times, or from update words ("stieg auf", "inzwischen", "zunächst").
 */
export function updateOf(members: readonly GroupMember[], timeline: readonly TimelineEntry[]): 'rising' | 'falling' | null {
  const times = new Set(members.map((m) => m.time ?? null).filter((t) => t !== null));
  const marked = members.some((m) => markRank(m) !== 1);
  if (times.size < 2 && !marked) return null;
  // Members without a time cannot be placed; with several of them the order is unknown.
  if (timeline.some((t) => t.time === null) && times.size > 0) return null;
  const values = timeline.map((t) => t.value);
  let up = true;
  let down = true;
  for (let i = 1; i < values.length; i++) {
    if (values[i] < values[i - 1]) up = false;
    if (values[i] > values[i - 1]) down = false;
  }
  if (values.every((v) => v === values[0])) return null;
  return up ? 'rising' : down ? 'falling' : null;
}

/** Who gives which figure: the attributed source, else the article (its outlet when known). */
export function sourcesOf(members: readonly GroupMember[], label: (a: string) => string, outlet?: (a: string) => string | undefined): GroupSource[] {
  const by = new Map<string, GroupSource>();
  for (const m of members) {
    const name = m.source ?? outlet?.(m.article) ?? label(m.article);
    // "nach Angaben der Polizei", "laut Polizei", "die Polizei": one source.
    const key = m.source ? sourceKey(m.source) : name;
    let s = by.get(key);
    if (!s) by.set(key, (s = { source: m.source ? sourceName(m.source) : name, figures: [], articles: [] }));
    if (!s.figures.includes(m.text)) s.figures.push(m.text);
    if (!s.articles.includes(m.article)) s.articles.push(m.article);
  }
  return [...by.values()];
}

/** Attribution words before a source's name: "nach Angaben der", "laut", "die". */
const ATTRIBUTION = /^(?:(?:nach|laut)\s+)?(?:(?:ersten|neuen|neuesten|offiziellen|vorläufigen|eigenen)\s+)?(?:(?:Angaben|Informationen|Schätzungen|Zählungen?|Darstellung|Berechnungen|Erkenntnissen)\s+)?(?:(?:der|des|dem|den|die|das|von|vom)\s+)?/i;

/** A source as a reader names it: "nach Angaben der Polizei" → "Polizei". */
function sourceName(source: string): string {
  const s = source.replace(ATTRIBUTION, '').trim();
  return s || source;
}

function sourceKey(source: string): string {
  return nameKey(sourceName(source));
}

/** Members in time order: by `time` (unknown last), then article and position. */
export function timelineOf(members: readonly GroupMember[]): TimelineEntry[] {
  const rank = members.map(markRank);
  return members
    .map((m, i) => ({ member: i, time: m.time ?? null, value: m.value }))
    .sort((a, b) =>
      a.time === b.time
        ? rank[a.member] - rank[b.member] || a.member - b.member
        : a.time === null
          ? 1
          : b.time === null
            ? -1
            : cmp(a.time, b.time) || a.member - b.member,
    );
}
