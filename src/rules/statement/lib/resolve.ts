/**
 * The statement layer's resolver, step by step: (1) speakers in reading order (lib/speakers.ts),
 * (2) duplicates — the same speaker with the same or nested content — keep the rule of higher
 * `meta.priority`, (3) continuations extend the statement they continue or stand alone, (4) an
 * indirect statement that is mostly quoted words becomes direct, (5) a headline quotation the body
 * repeats with its speaker is that speaker's.
 */
import type { RuleContext } from '../../types.js';
import type { Speaker, Statement } from '../../../types.js';
import type { StatementCandidate } from './types.js';
import { sentenceAt } from '../../../text/analyse.js';
import { isKonjunktiv1, isQuote, konjunktivIn, tokenAt } from './grammar.js';
import { entityGender, entityIndex, resolveSpeaker, type Known } from './speakers.js';

/** How many earlier statements of the same speaker the de-duplication compares with. */
const LOOKBACK_SAME = 256;

function contains(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.start && b.end <= a.end;
}

/** Share of the content that stands in quotation marks. */
function quotedShare(ctx: RuleContext, s: Statement): number {
  const text = ctx.doc.text.slice(s.content.start, s.content.end);
  let quoted = 0;
  const re = /[„“”"»«‚‘‹›]/g;
  let open = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (open < 0) open = m.index;
    else {
      quoted += m.index - open;
      open = -1;
    }
  }
  return text.length ? quoted / text.length : 0;
}

const FRAGMENT_WORDS = 6;

/** Words inside quotation marks in the content. */
function quotedWords(s: Statement): number {
  let n = 0;
  const re = /[„“”"»«‚‘‹›]([^„“”"»«‚‘‹›]*)[„“”"»«‚‘‹›]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.content.text))) n += m[1].split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return n;
}

/** The unquoted words of the content hold a Konjunktiv verb. */
function konjunktivOutsideQuotes(ctx: RuleContext, s: Statement): boolean {
  const doc = ctx.doc;
  const from = tokenAt(doc, s.content.start);
  let inQuote = false;
  for (let k = from; k < doc.tokens.length && doc.tokens[k].start < s.content.end; k++) {
    const t = doc.tokens[k];
    if (isQuote(t)) {
      inQuote = !inQuote;
      continue;
    }
    if (!inQuote && konjunktivIn(ctx, k, k + 1)) return true;
  }
  return false;
}

type Resolved = { c: StatementCandidate; sp: Speaker };

/** Step 1: the speakers, in reading order (candidates sorted by cue, content, then priority). */
function resolveSpeakers(cands: StatementCandidate[], ctx: RuleContext): Resolved[] {
  const history: Known[] = [];
  // First history entry per name, and first with a gender per name (what `history.find` gave).
  const firstByName = new Map<string, Known>();
  const firstGendered = new Map<string, Known>();
  const ix = entityIndex(ctx.results.entities);
  return cands.map((c) => {
    const sp = resolveSpeaker(c.speaker, history, ctx);
    const type = c.speaker.form === 'named' ? c.speaker.type : (firstByName.get(sp.name)?.type ?? c.speaker.type);
    const ent = sp.entity ? ix.byId.get(sp.entity) : undefined;
    const entGender = ent && ent.type === 'PER' ? entityGender(ctx, ent) : null;
    const gender = c.speaker.form === 'named'
      ? (c.speaker.gender ?? entGender)
      : (firstGendered.get(sp.name)?.gender ?? entGender ?? (sp.name !== c.speaker.text ? (c.speaker.gender ?? null) : null));
    const known: Known = { name: sp.name, entity: sp.entity, type, text: c.speaker.text, start: c.speaker.start, gender };
    history.push(known);
    if (!firstByName.has(known.name)) firstByName.set(known.name, known);
    if (known.gender && !firstGendered.has(known.name)) firstGendered.set(known.name, known);
    return { c, sp };
  });
}

/** The speaker phrase holds a person's name (not a role or an organisation). */
function personNamed(r: Resolved): boolean {
  return r.c.speaker.form === 'named' && !!r.c.speaker.entity && r.c.speaker.type === 'PER';
}

/**
 * Step 2: duplicates — same speaker, same or nested content — keep the more specific rule (higher
 * `meta.priority`). Per speaker, the kept statements' indices; the earliest nested one wins, among
 * the last LOOKBACK_SAME of that speaker — more never nest in a real text, and the search stays
 * bounded.
 */
function dropDuplicates(resolved: Resolved[], priorityOf: (id: string) => number): Resolved[] {
  const keep: Resolved[] = [];
  const keptBySpeaker = new Map<string, number[]>();
  // „Konrad Hall: „…“, sagt der Fraktionssprecher.“: one quotation, two readings of one speaker — the name wins over the description
  const directAt = new Map<string, number>();
  for (const r of resolved) {
    const key = r.c.kind === 'direct' ? r.c.content.start + ':' + r.c.content.end : '';
    const same = key ? directAt.get(key) : undefined;
    if (same !== undefined && keep[same].c.kind === 'direct' && keep[same].sp.name !== r.sp.name && personNamed(keep[same]) !== personNamed(r)) {
      if (personNamed(r)) keep[same] = r;
      continue;
    }
    const mine = keptBySpeaker.get(r.sp.name) ?? [];
    let dup = -1;
    for (let j = Math.max(0, mine.length - LOOKBACK_SAME); j < mine.length; j++) {
      const k = keep[mine[j]];
      if (contains(k.c.content, r.c.content) || contains(r.c.content, k.c.content)) {
        dup = mine[j];
        break;
      }
    }
    if (dup < 0) {
      if (key && !directAt.has(key)) directAt.set(key, keep.length);
      keep.push(r);
      mine.push(keep.length - 1);
      keptBySpeaker.set(r.sp.name, mine);
      continue;
    }
    const k = keep[dup];
    const rDirect = r.c.kind === 'direct';
    const kDirect = k.c.kind === 'direct';
    // a partial quote inside indirect speech belongs to the indirect statement
    if (rDirect !== kDirect) {
      const direct = rDirect ? r : k;
      const other = rDirect ? k : r;
      if (contains(other.c.content, direct.c.content) && other.c.content.end - other.c.content.start > direct.c.content.end - direct.c.content.start) {
        keep[dup] = other;
        continue;
      }
      keep[dup] = direct;
      continue;
    }
    if (r.c.continues && !k.c.continues) continue;
    if (priorityOf(r.c.rule) > priorityOf(k.c.rule) || (k.c.continues && !r.c.continues)) keep[dup] = r;
  }
  return keep;
}

type Placed = Resolved & { content: { start: number; end: number } };

/** Konjunktiv II forms as often the writer's counterfactual as reported speech („Jeder Handel wäre ein Verstoß“). */
const AMBIGUOUS_MOOD = new Set(['wäre', 'wären']);

/** The content of `t` is a „dass“ clause with no Konjunktiv I („erklärte, dass sie an seiner Seite stehen würden“). */
function indicativeDass(ctx: RuleContext, t: Placed): boolean {
  const doc = ctx.doc;
  const c0 = tokenAt(doc, t.content.start);
  if (![doc.tokens[c0]?.text, doc.tokens[c0 - 1]?.text].some((w) => w === 'dass' || w === 'daß')) return false;
  for (let k = c0; k < doc.tokens.length && doc.tokens[k].start < t.content.end; k++) if (isKonjunktiv1(ctx, doc.tokens[k].text)) return false;
  return true;
}

/**
 * Does the continuation `r` extend the statement `t` before it? Each reported sentence after
 * indirect speech is a statement of its own („X sagte, A habe … . B sei …“, „…, sagte X. Die Lage
 * sei …“, „X sagte: er befürchte … . Es fehle …“, a continuation after a continuation: gold
 * convention of tools-h..n), except where the sentence's mood does not clearly mark a new reported
 * sentence — an ambiguous „wäre(n)“ („X sagte, A hätten … . B wäre …“), or a Konjunktiv after a
 * „dass“ clause that has none — and after an according-to phrase that closes the sentence („…, so X.
 * Y betrachte …“): seed convention, the sentence stays part of the statement before.
 */
function extends_(t: Placed, r: Resolved, ctx: RuleContext): boolean {
  if (t.c.continues) return false;
  const cueAfter = t.c.cue.start >= t.content.end && t.c.cue.start < r.c.content.start;
  if (t.c.kind === 'indirect') {
    if (!AMBIGUOUS_MOOD.has(ctx.doc.source.slice(r.c.cue.start, r.c.cue.end)) && !indicativeDass(ctx, t)) return false;
    // a „wie“ clause closes its sentence, before or after the content („Wie X mitteilte, … . Dann sei …“)
    if (wieClause(ctx, t) || wieOpens(ctx, t)) return false;
    // a colon closes the attribution („sagte: er befürchte …“): the reported sentences after it stand alone
    const before = ctx.doc.tokens[tokenAt(ctx.doc, t.content.start) - 1];
    return !cueAfter && !(before && before.text === ':');
  }
  // „…, wie X sagte.“ closes its sentence like a trailing „sagte X“
  return cueAfter && !wieClause(ctx, t);
}

/** The attribution of `t` is a „wie“ clause after its content („…, wie eine Sprecherin sagte“). */
function wieClause(ctx: RuleContext, t: Placed): boolean {
  const toks = ctx.doc.tokens;
  for (let k = tokenAt(ctx.doc, t.content.end); k < toks.length && toks[k].start < t.c.cue.start; k++) {
    if (toks[k].text.toLowerCase() === 'wie' && toks[k - 1]?.text === ',') return true;
  }
  return false;
}

/** The attribution of `t` is a „wie“ clause before its content („Wie eine Sprecherin sagte, …“). */
function wieOpens(ctx: RuleContext, t: Placed): boolean {
  const toks = ctx.doc.tokens;
  if (t.c.cue.start >= t.content.start) return false;
  const c = tokenAt(ctx.doc, t.c.cue.start);
  for (let k = c - 1; k >= 0 && toks[k].sentence === toks[c].sentence; k--) {
    if (toks[k].text === ',') return false;
    if (toks[k].text.toLowerCase() === 'wie') return k === 0 || toks[k - 1].sentence !== toks[k].sentence || toks[k - 1].text === ',';
  }
  return false;
}

/** Step 3: continuations extend the indirect statement of the same speaker they continue, or stand alone. */
function placeContinuations(keep: Resolved[], ctx: RuleContext): Placed[] {
  const doc = ctx.doc;
  const out: Placed[] = [];
  const cueSentences = new Set(keep.filter((k) => !k.c.continues).map((k) => k.c.sentence));
  for (const r of keep) {
    if (!r.c.continues) {
      out.push({ ...r, content: { start: r.c.content.start, end: r.c.content.end } });
      continue;
    }
    if (r.c.kind === 'indirect' && cueSentences.has(r.c.sentence)) continue;
    let target = -1;
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i].content.end <= r.c.content.start) {
        target = i;
        break;
      }
    }
    const t = target >= 0 ? out[target] : null;
    if (
      t && r.c.kind === 'indirect' && t.c.kind !== 'direct' && t.sp.name === r.sp.name &&
      sentenceAt(doc, Math.max(t.content.end - 1, t.content.start)) >= r.c.sentence - 1 &&
      extends_(t, r, ctx)
    ) {
      t.content = { start: t.content.start, end: r.c.content.end };
      continue;
    }
    out.push({ ...r, content: { start: r.c.content.start, end: r.c.content.end } });
  }
  return out;
}

/**
 * Step 4: an indirect statement that is mostly quoted words is direct — except a standing
 * Konjunktiv continuation, and a quoted fragment inside a Konjunktiv frame („Das sei „ein
 * fatales Signal““), which stays reported speech; a quoted clause after a short frame („die
 * Gegner hätten „…, …““) is a quotation (seed convention). Quoted words in content that is no
 * Konjunktiv report (an indicative clause, a noun phrase: „wurde „zufällig“ gefunden“, „von
 * einem „schlechten Stil““) make it direct whatever their share (gold convention of tools-h..k).
 */
function quotedToDirect(placed: Placed[], statements: Statement[], ctx: RuleContext): void {
  statements.forEach((s, i) => {
    if (s.kind !== 'indirect' || quotedWords(s) < 1) return;
    const mostly = quotedShare(ctx, s) >= 0.75;
    if (!mostly && (placed[i].c.continues || konjunktivOutsideQuotes(ctx, s))) return;
    if (mostly && placed[i].c.continues) return;
    if (mostly && quotedWords(s) <= FRAGMENT_WORDS && konjunktivOutsideQuotes(ctx, s)) return;
    s.kind = 'direct';
  });
}

/** Folded words of a quotation, for comparing a headline quote with the body's. */
const quoteKey = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Step 5: „Bundesrat tagt in Zürich: «Wir treffen unsere Chefs»“ … „«Wir treffen unsere Chefs», sagte
 * Bundespräsident Ueli Maurer“ — a headline quotation that the body repeats with its speaker is that
 * speaker's, not the topic's before the headline's colon.
 */
function headlineQuotesFromBody(statements: Statement[]): void {
  const body = new Map<string, Statement>();
  for (const s of statements) if (s.sentence > 0 && s.kind === 'direct' && !body.has(quoteKey(s.content.text))) body.set(quoteKey(s.content.text), s);
  for (const s of statements) {
    if (s.sentence !== 0 || s.kind !== 'direct') continue;
    const b = body.get(quoteKey(s.content.text));
    if (b && b.speaker.name !== s.speaker.name) s.speaker = { ...b.speaker, text: s.speaker.text, start: s.speaker.start, end: s.speaker.end };
  }
}

/** The statements of the enabled rules' candidates (see the steps above), by content start. */
export function resolveStatements(candidates: StatementCandidate[], ctx: RuleContext, priorityOf: (id: string) => number): Statement[] {
  const doc = ctx.doc;
  // reading order, the specific rule first
  const cands = [...candidates].sort(
    (a, b) =>
      a.cue.start - b.cue.start || a.content.start - b.content.start || priorityOf(b.rule) - priorityOf(a.rule) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const placed = placeContinuations(dropDuplicates(resolveSpeakers(cands, ctx), priorityOf), ctx);
  const statements: Statement[] = placed.map(({ c, sp, content }) => ({
    speaker: sp,
    cue: c.cue,
    kind: c.kind,
    content: { text: doc.source.slice(content.start, content.end), start: content.start, end: content.end },
    sentence: sentenceAt(doc, content.start),
    rule: c.rule,
  }));
  quotedToDirect(placed, statements, ctx);
  headlineQuotesFromBody(statements);
  statements.sort(
    (a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start || a.content.end - b.content.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return statements;
}
