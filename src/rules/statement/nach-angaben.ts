import type { RuleContext } from '../types.js';
import type { Token } from '../../text/document.js';
import type { SpeakerRef } from './lib/types.js';
import { QUOTE_CHARS, firstFiniteVerb, insideQuote, isWord, pronounRef, speechVerbAt, subjectOf, tokenSpan } from './lib/grammar.js';
import { governedContent } from './lib/according.js';
import { sentenceRule, sourceAt } from './lib/rule-kit.js';

const ID = 'statement/nach-angaben';

/** Nouns of information that make "nach …" an attribution ("nach Angaben", "nach neuesten Daten"). */
const SOURCE_NOUNS = new Set([
  'Angaben', 'Angabe', 'Berichten', 'Bericht', 'Informationen', 'Information', 'Daten', 'Schätzungen', 'Schätzung',
  'Erkenntnissen', 'Einschätzung', 'Einschätzungen', 'Darstellung', 'Aussage', 'Aussagen', 'Worten', 'Ansicht',
  'Auffassung', 'Meinung', 'Überzeugung', 'Zählung', 'Zählungen', 'Recherchen', 'Zahlen', 'Berechnungen', 'Medienberichten', 'Statistiken',
  'Prognosen', 'Prognose', 'Ermittlungen', 'Auskunft', 'Mitteilung', 'Meldungen', 'Quellen', 'Umfragen',
  // studies and surveys name their author after them („nach einer Erhebung der Krankenkasse“); with
  // no source after them they are no attribution („Nach der Umfrage trat er zurück“)
  'Umfrage', 'Erhebung', 'Erhebungen', 'Studie', 'Studien', 'Analyse', 'Analysen', 'Auswertung', 'Auswertungen',
  'Hochrechnung', 'Hochrechnungen', 'Befragung', 'Untersuchung', 'Untersuchungen',
]);
/** Heads of compounds whose modifier is the source: „Polizeiangaben“ → Polizei, „Unternehmensangaben“ → Unternehmen. */
const COMPOUND_HEADS = ['angaben', 'schätzungen', 'informationen', 'berechnungen', 'zählungen', 'darstellung', 'zahlen', 'aussagen', 'berichten'];
const POSSESSIVES = /^(sein|seine|seinen|seiner|seinem|ihr|ihre|ihren|ihrer|ihrem|deren|dessen)$/;
/** Words of a compound modifier that name no source („nach neuesten Zahlen“ is handled above, „Gesamtzahlen“ is none). */
const NOT_SOURCE = /^(gesamt|jahres|monats|tages|wochen|vorjahres|end|zwischen|vorläufig|offiziell|erst|neu|aktuell|roh|eckd)/i;

/** „Polizeiangaben“ → „Polizei“: the modifier of a source-noun compound, or null. */
function compoundSource(ctx: RuleContext, word: string): string | null {
  const lw = word.toLowerCase();
  for (const head of COMPOUND_HEADS) {
    if (!lw.endsWith(head) || lw.length < head.length + 3) continue;
    let mod = word.slice(0, word.length - head.length);
    if (mod.endsWith('-')) mod = mod.slice(0, -1);
    if (NOT_SOURCE.test(mod) || !/^\p{Lu}/u.test(mod)) return null;
    // linking -s: „Regierungs-“ → Regierung, „Unternehmens-“ → Unternehmen; linking -n only with the dictionary's word
    if (/s$/.test(mod) && !/^[\p{Lu}]+$/u.test(mod) && ctx.lexicon.isNoun(mod.slice(0, -1))) mod = mod.slice(0, -1);
    return mod;
  }
  return null;
}

/** Adjectives of an institution: „nach polizeilichen Angaben“ → Polizei. */
const INSTITUTION_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['polizeilich', 'Polizei'], ['behördlich', 'Behörden'], ['militärisch', 'Militär'], ['staatlich', 'Staat'],
  ['städtisch', 'Stadt'], ['kirchlich', 'Kirche'], ['gewerkschaftlich', 'Gewerkschaft'], ['ärztlich', 'Ärzte'],
  ['diplomatisch', 'Diplomaten'], ['kommunal', 'Kommune'], ['ministeriell', 'Ministerium'],
]);
/** Adjectives that make „nach … Angaben“ a source by themselves, named as written: „nach offiziellen Angaben“. */
const SOURCE_ADJECTIVES = new Set(['offiziell', 'amtlich', 'inoffiziell', 'regierungsamtlich', 'übereinstimmend', 'unabhängig']);

/**
 * „nach palästinensischen / polizeilichen / offiziellen Angaben“ with no source after the noun: the
 * country of a demonym, the institution of an adjective, else the phrase as written; null when
 * no adjective names a source („nach ersten Angaben“).
 */
function adjectiveSource(ctx: RuleContext, adjectives: Token[], noun: Token): SpeakerRef | null {
  const lex = ctx.lexicon;
  for (let i = adjectives.length - 1; i >= 0; i--) {
    const a = adjectives[i];
    const lemma = lex.adjectiveLemma(a.text) ?? a.text;
    const country = lex.demonym(a.text);
    const institution = INSTITUTION_ADJECTIVES.get(lemma);
    if (!country && !institution && !SOURCE_ADJECTIVES.has(lemma)) continue;
    const start = adjectives[0].start;
    const text = ctx.doc.source.slice(start, noun.end);
    return { text, start, end: noun.end, name: country ?? institution ?? text, form: 'named', entity: null, type: country ? 'LOC' : institution ? 'ORG' : null };
  }
  return null;
}

/** Source nouns that say someone told („Spiegel-Informationen“, „Polizei-Angaben“), not a topic („Corona-Zahlen“). */
const TELLING_NOUNS = new Set(['Angaben', 'Informationen', 'Recherchen', 'Schätzungen', 'Berechnungen', 'Erkenntnissen']);

/** „SID-Informationen“, „dpa-Angaben“: a name, a hyphen and a source noun written together at `n` (token end, or -1). */
function hyphenSource(toks: Token[], n: number): number {
  const name = toks[n];
  const h = toks[n + 1];
  const noun = toks[n + 2];
  if (!isWord(name) || !h || h.text !== '-' || h.space || !noun || noun.space || !SOURCE_NOUNS.has(noun.text)) return -1;
  // a name: capitalised („Spiegel“) or an acronym written small („dpa“)
  if (!/^\p{Lu}/u.test(name.text) && !/^\p{Ll}{2,4}$/u.test(name.text)) return -1;
  if (NOT_SOURCE.test(name.text)) return -1;
  // „Corona-Zahlen“, „Hochwasser-Daten“ name a topic: only nouns of telling take any name, the rest an acronym
  const acronym = /^[\p{Lu}]{2,}$/u.test(name.text) || /^\p{Ll}{2,4}$/u.test(name.text);
  if (!acronym && !TELLING_NOUNS.has(noun.text)) return -1;
  return n + 3;
}

/**
 * Tokens [s, n] are a name whose last word is in the genitive („Fröschles“, „Peter Müllers“) and the
 * text names that person or body elsewhere (or the whole phrase is one found name): the source, else null.
 */
function genitiveSource(ctx: RuleContext, s: number, n: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  if (n - s > 2) return null;
  for (let j = s; j <= n; j++) if (!isWord(toks[j]) || !/^\p{Lu}\p{Ll}/u.test(toks[j].text)) return null;
  const last = toks[n].text;
  if (!/[^s]s$/.test(last)) return null;
  const base = ctx.doc.source.slice(toks[s].start, toks[n].end - 1);
  const surname = last.slice(0, -1);
  const e = ctx.results.entities.find((x) => (x.type === 'PER' || x.type === 'ORG') && (x.name === base || x.name.endsWith(' ' + surname) || x.mentions.some((m) => m.start === toks[s].start)));
  if (!e) return null;
  return { text: ctx.doc.source.slice(toks[s].start, toks[n].end), start: toks[s].start, end: toks[n].end, name: e.name, form: 'named', entity: e.id, type: e.type };
}

/** Opinion nouns before a postposed „nach“: „Ihrer Meinung nach“, „Der Ansicht des Verbands nach“. */
const OPINION_NOUNS = new Set(['Meinung', 'Ansicht', 'Auffassung', 'Einschätzung', 'Überzeugung']);

/**
 * „Ihrer Meinung nach …“ (the person before), „Der Meinung der Experten nach …“ (the genitive): a
 * postposed „nach“ at `k` after an opinion noun; the phrase start and its speaker, or null.
 */
function postposed(ctx: RuleContext, k: number, ss: number): { start: number; speaker: SpeakerRef } | null {
  const toks = ctx.doc.tokens;
  const noun = toks[k - 1];
  if (noun && k - 2 >= ss && OPINION_NOUNS.has(noun.text) && POSSESSIVES.test(toks[k - 2].text.toLowerCase())) {
    return { start: k - 2, speaker: pronounRef(toks[k - 2]) };
  }
  // „der Meinung der Experten nach“: article, opinion noun, genitive phrase, „nach“
  for (let j = k - 2; j > ss && j >= k - 7; j--) {
    if (!OPINION_NOUNS.has(toks[j].text) || !/^(der|dem)$/i.test(toks[j - 1].text)) continue;
    if (!/^(der|des|von|vom)$/.test(toks[j + 1].text)) return null;
    const src = sourceAt(ctx, /^von/.test(toks[j + 1].text) ? j + 2 : j + 1, k, { extend: true });
    if (!src || src.np.end !== k) return null;
    return { start: j - 1, speaker: src.speaker };
  }
  return null;
}

/**
 * The sentence's finite verb (before „nach“ at `k`) is a verb of saying whose subject is a person or a singular
 * pronoun, and the person's words follow: a quotation, or a clause after the comma that ends the phrase at `pe`.
 */
function personSpeaks(ctx: RuleContext, k: number, pe: number, ss: number, se: number): boolean {
  const fv = firstFiniteVerb(ctx, ss, se);
  if (fv < 0 || fv > k || !speechVerbAt(ctx, fv, se)) return false;
  const subject = subjectOf(ctx, fv, ss, se);
  if (!subject || subject.start >= ctx.doc.tokens[k].start) return false;
  // the person's words follow as a quotation or a clause („… eine „Waffenruhe““, „…, die Straße bleibe gesperrt“); a bare
  // object („sprach … von 20.000 Teilnehmern, diese Zahl …“) is left to the source
  let words = ctx.doc.tokens[pe]?.text === ',';
  for (let j = k + 1; j < se && !words; j++) words = QUOTE_CHARS.has(ctx.doc.tokens[j].text);
  if (!words) return false;
  return subject.type === 'PER' || (subject.form === 'pronoun' && !subject.plural && /^(er|sie)$/i.test(subject.text));
}

export default sentenceRule(
  {
    id: ID,
    description: '„nach Angaben / Berichten / Daten“ + source: „Nach Angaben der Feuerwehr brannte das Dach“ → according_to Feuerwehr (also „nach Polizeiangaben“, „nach dpa-Informationen“, „nach ukrainischen Angaben“, „nach eigenen Angaben“, „nach seinen Worten“)',
    priority: 40,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (let k = ss; k < se - 2; k++) {
      if (toks[k].text.toLowerCase() !== 'nach' || insideQuote(quotes, k)) continue;
      const post = postposed(ctx, k, ss);
      if (post) {
        const content = governedContent(ctx, post.start, k + 1, ss, se);
        if (content) out.push({ rule: ID, kind: 'according_to', speaker: post.speaker, cue: tokenSpan(doc, post.start, k + 1), content, sentence });
        continue;
      }
      // "nach [adjectives] Angaben"
      let n = k + 1;
      let own = false;
      let possessive = -1;
      const adjectives: Token[] = [];
      while (n < se && isWord(toks[n]) && /^\p{Ll}/u.test(toks[n].text) && /(e|en|er|es|em)$/.test(toks[n].text) && n - k < 4) {
        if (/^eigen/.test(toks[n].text)) own = true;
        else if (POSSESSIVES.test(toks[n].text) && n === k + 1) possessive = n;
        else adjectives.push(toks[n]);
        n++;
      }
      const t = toks[n];
      if (!t || t.type !== 'word') continue;
      let speaker: SpeakerRef | null = null;
      let pe = n + 1; // end of the attribution phrase
      let cueEnd = n + 1;
      const hyphen = hyphenSource(toks, n);
      if (hyphen > 0) {
        // "nach SID-Informationen", "nach dpa-Angaben": the name before the hyphen
        const acronym = /^[\p{Lu}]{2,}$/u.test(t.text) || /^\p{Ll}{2,4}$/u.test(t.text);
        speaker = { text: doc.source.slice(t.start, toks[hyphen - 1].end), start: t.start, end: toks[hyphen - 1].end, name: t.text, form: 'named', entity: null, type: acronym ? 'ORG' : null };
        pe = cueEnd = hyphen;
      } else if (SOURCE_NOUNS.has(t.text) && own) {
        // "Die Polizei nahm nach eigenen Angaben … fest": the clause's subject speaks
        const fv = firstFiniteVerb(ctx, ss, se);
        if (fv < 0) continue;
        speaker = subjectOf(ctx, fv, ss, se);
        if (!speaker || (speaker.start >= toks[k].start && speaker.start < toks[n].end)) continue;
      } else if (toks[n + 1] && SOURCE_NOUNS.has(toks[n + 1].text) && adjectives.length === 0 && possessive < 0 && !own) {
        // „nach Fröschles Angaben“, „Nach Peter Müllers Worten“: a name in the genitive before the noun
        speaker = genitiveSource(ctx, k + 1, n);
        if (!speaker) continue;
        pe = cueEnd = n + 2;
      } else if (SOURCE_NOUNS.has(t.text) && possessive >= 0) {
        // "Nach seinen Worten …": the person who spoke before (a woman for „ihren“)
        speaker = pronounRef(toks[possessive]);
      } else if (SOURCE_NOUNS.has(t.text)) {
        let s = n + 1;
        if (toks[s]?.text === 'von' || toks[s]?.text === 'vom') s++;
        if (toks[s]?.text === 'aus') s++;
        const src = sourceAt(ctx, s, se, { extend: true });
        if (src) {
          speaker = src.speaker;
          pe = src.np.end;
        } else {
          // "Nach palästinensischen Angaben wurden …": the adjective names the source
          speaker = adjectiveSource(ctx, adjectives, t);
          if (!speaker) continue;
        }
      } else {
        // "nach Polizeiangaben", "nach ersten Gewerkschaftsangaben"
        const mod = compoundSource(ctx, t.text);
        if (!mod) continue;
        const acronym = /^[\p{Lu}]{2,}$/u.test(mod);
        speaker = { text: t.text, start: t.start, end: t.end, name: mod, form: 'named', entity: null, type: acronym ? 'ORG' : null };
      }
      // „Am Sonntag forderte er nach Angaben des Präsidialamtes eine „Waffenruhe““: the source reports what a
      // person said; the person is the speaker (a verb of saying with a person or singular pronoun as subject)
      if (!own && possessive < 0 && personSpeaks(ctx, k, pe, ss, se)) continue;
      const content = governedContent(ctx, k, pe, ss, se);
      if (!content) continue;
      out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, cueEnd), content, sentence });
    }
  },
);
