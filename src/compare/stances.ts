/**
 * Stance conflicts: the same speaker or entity (merged across articles) reported as confirming
 * something in one place and denying it in another, about overlapping content.
 *
 * Polarity comes from the `stance-polarity` word list (`lemma<TAB>confirm|deny`): a statement's
 * cue verb ("bestätigte", "bestritten", "wies … zurück") is looked up by its lemma (the lexicon's
 * `verbLemma`, particle verbs put together: "wies zurück" → "zurückweisen"), with a stem match as
 * fallback; a short content ("vollkommenen Unsinn") is looked up word by word, so a dismissive
 * quote counts as a denial.
 *
 * Subject: the speaker's merged entity, or a location whose adjective the speaker carries
 * ("das nordkoreanische Außenministerium" → Nordkorea). Topic: content-word keys of the content
 * plus the other speakers of a joint statement ("Russland und Nordkorea bestritten …"). Two claims
 * conflict when they share a subject, have opposite polarity, and share topic keys (one key when
 * either content is short — a denial of "die Anschuldigungen" says little more — else two).
 */
import type { ArticleResult, Statement, StanceClaim, StanceConflict } from '../types.js';
import { speakerNames, speakerRow, type EntityIndex } from './entities.js';
import { cmp, contentKeys, fold, keySurfaces, nameKey, stem } from './text.js';

export type Polarity = 'confirm' | 'deny';

/** Confirm × deny pairs of one subject compared one by one; above, through a key index. */
export const PAIR_BUDGET = 250_000;

export interface StanceEnv {
  /** Folded lemma → polarity. */
  polarity: ReadonlyMap<string, Polarity>;
  verbLemma?: (form: string) => string | null;
  nounLemma?: (form: string) => string | null;
  particleVerbLemma?: (form: string, particle: string) => string | null;
  demonym?: (form: string) => string | null;
}

/** Parse `lemma<TAB>confirm|deny` lines into a folded lemma → polarity map. */
export function parsePolarity(lines: Iterable<string>): Map<string, Polarity> {
  const out = new Map<string, Polarity>();
  for (const line of [...lines].sort()) {
    const [lemma, pol] = line.split('\t').map((x) => x?.trim());
    if (!lemma || (pol !== 'confirm' && pol !== 'deny')) continue;
    const k = fold(lemma);
    if (!out.has(k)) out.set(k, pol);
  }
  return out;
}

const WORDS = /[A-Za-zÄÖÜäöüßÀ-ÖØ-öø-ÿ]+/g;
const words = (s: string) => s.match(WORDS) ?? [];

/** Verb stem of a lemma: "bestätigen" → "bestatig", "leugnen" → "leugn". */
function verbStem(foldedLemma: string): string {
  if (foldedLemma.endsWith('ern') || foldedLemma.endsWith('eln')) return foldedLemma.slice(0, -1);
  if (foldedLemma.endsWith('en')) return foldedLemma.slice(0, -2);
  if (foldedLemma.endsWith('n')) return foldedLemma.slice(0, -1);
  return foldedLemma;
}

export function cuePolarity(cue: string, env: StanceEnv): Polarity | null {
  const ws = words(cue).map((w) => w);
  if (ws.length === 0) return null;
  const candidates: string[] = [];
  const lemma = (w: string) => fold(env.verbLemma?.(w) ?? env.verbLemma?.(w.toLowerCase()) ?? w);
  for (const w of ws) candidates.push(lemma(w), fold(w));
  // Particle verbs: "wies zurück" → "zurückweisen", "räumte ein" → "einräumen".
  if (ws.length >= 2) {
    const particle = fold(ws[ws.length - 1]);
    const pv = env.particleVerbLemma?.(ws[0], ws[ws.length - 1]);
    if (pv) candidates.push(fold(pv));
    candidates.push(particle + lemma(ws[0]), particle + fold(ws[0]));
  }
  for (const c of candidates) {
    const p = env.polarity.get(c);
    if (p) return p;
  }
  // Stem fallback when the lexicon does not know the form: "bestätigten" ~ "bestätigen".
  const sorted = [...env.polarity.keys()].sort(cmp);
  for (const c of candidates) {
    for (const k of sorted) {
      const s = verbStem(k);
      if (s.length >= 5 && c.startsWith(s)) return env.polarity.get(k)!;
    }
  }
  return null;
}

/** A dismissive short quote ("vollkommener Unsinn") names its polarity by a listed noun. */
export function contentPolarity(content: string, env: StanceEnv): Polarity | null {
  const ws = words(content);
  if (ws.length === 0 || ws.length > 6) return null;
  for (const w of ws) {
    const l = fold(env.nounLemma?.(w) ?? w);
    const p = env.polarity.get(l) ?? env.polarity.get(fold(w));
    if (p) return p;
  }
  return null;
}

interface Claim extends StanceClaim {
  subjects: Set<string>;
  topic: Set<string>;
  surfaces: Map<string, string>;
  key: string;
}

/** Subject row ids of a statement: merged speaker entities, and locations named by adjective. */
function subjects(index: EntityIndex, a: ArticleResult, s: Statement, env: StanceEnv): { ids: Set<string>; names: Map<string, string> } {
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const n of speakerNames(s)) {
    const row = speakerRow(index, a, s, n);
    if (row) {
      ids.add(row.id);
      names.set(row.id, row.name);
    } else {
      const k = 'n:' + nameKey(n);
      ids.add(k);
      names.set(k, n);
    }
  }
  for (const w of words(s.speaker.text + ' ' + s.speaker.name)) {
    if (w[0] !== w[0].toLowerCase()) continue; // adjectives are lower case: "nordkoreanische"
    const country = env.demonym?.(w);
    const row = (country ? index.lookup(country) : undefined) ?? index.locationStems.get(stem(fold(w)));
    if (row) {
      ids.add(row.id);
      names.set(row.id, row.name);
    }
  }
  return { ids, names };
}

export function findStances(articles: Iterable<ArticleResult>, index: EntityIndex, env: StanceEnv): StanceConflict[] {
  if (env.polarity.size === 0) return [];
  const claims: Claim[] = [];
  const subjectName = new Map<string, string>();
  const cueCache = new Map<string, Polarity | null>();
  const cueOf = (cue: string) => {
    let p = cueCache.get(cue);
    if (p === undefined) cueCache.set(cue, (p = cuePolarity(cue, env)));
    return p;
  };
  for (const a of articles) {
    a.statements.forEach((s, si) => {
      const polarity = cueOf(s.cue.text) ?? contentPolarity(s.content.text, env);
      if (!polarity) return;
      const subj = subjects(index, a, s, env);
      for (const [k, n] of subj.names) if (!subjectName.has(k)) subjectName.set(k, n);
      const topic = contentKeys(s.content.text);
      const surfaces = new Map<string, string>();
      keySurfaces(s.content.text, surfaces);
      const names = speakerNames(s);
      if (names.length > 1) {
        for (const n of names) {
          contentKeys(n, topic);
          keySurfaces(n, surfaces);
        }
      }
      // The subject itself is no topic.
      for (const id of subj.ids) {
        const n = subj.names.get(id);
        if (!n) continue;
        for (const k of contentKeys(n)) if (names.length <= 1) topic.delete(k);
      }
      claims.push({
        article: a.id,
        speaker: s.speaker.name,
        cue: s.cue.text,
        polarity,
        content: s.content.text,
        sentence: s.sentence,
        subjects: subj.ids,
        topic,
        surfaces,
        key: `${a.id}\u0000${String(si).padStart(6, '0')}`,
      });
    });
  }
  claims.sort((x, y) => cmp(x.key, y.key));

  const out: StanceConflict[] = [];
  const bySubject = new Map<string, Claim[]>();
  for (const c of claims) {
    for (const sub of c.subjects) {
      const list = bySubject.get(sub);
      if (list) list.push(c);
      else bySubject.set(sub, [c]);
    }
  }
  for (const subject of [...bySubject.keys()].sort(cmp)) {
    const mine = bySubject.get(subject)!;
    const confirm = mine.filter((c) => c.polarity === 'confirm');
    const deny = mine.filter((c) => c.polarity === 'deny');
    if (!confirm.length || !deny.length) continue;
    const involved = new Set<Claim>();
    const shared = new Map<string, number>();
    const pair = (c: Claim, d: Claim, common: string[]) => {
      const need = c.topic.size <= 3 || d.topic.size <= 3 ? 1 : 2;
      if (common.length < need) return;
      involved.add(c);
      involved.add(d);
      for (const k of common) shared.set(k, (shared.get(k) ?? 0) + 1);
    };
    if (confirm.length * deny.length <= PAIR_BUDGET) {
      for (const c of confirm) for (const d of deny) pair(c, d, [...c.topic].filter((k) => d.topic.has(k)));
    } else {
      // Many claims on one subject: pairs come from an index of topic keys; a key held by so
      // many claims that it alone would exceed the budget proposes no pairs (too common).
      const postings = new Map<string, { confirm: number[]; deny: number[] }>();
      const post = (list: Claim[], side: 'confirm' | 'deny') =>
        list.forEach((c, i) => {
          for (const k of c.topic) {
            let p = postings.get(k);
            if (!p) postings.set(k, (p = { confirm: [], deny: [] }));
            p[side].push(i);
          }
        });
      post(confirm, 'confirm');
      post(deny, 'deny');
      const common = new Map<number, string[]>();
      for (const k of [...postings.keys()].sort(cmp)) {
        const p = postings.get(k)!;
        if (!p.confirm.length || !p.deny.length || p.confirm.length * p.deny.length > PAIR_BUDGET) continue;
        for (const ci of p.confirm)
          for (const di of p.deny) {
            const key = ci * deny.length + di;
            const list = common.get(key);
            if (list) list.push(k);
            else common.set(key, [k]);
          }
      }
      for (const key of [...common.keys()].sort((a, b) => a - b)) {
        pair(confirm[Math.floor(key / deny.length)], deny[key % deny.length], common.get(key)!);
      }
    }
    if (involved.size === 0) continue;
    const surfaces = new Map<string, string>();
    for (const c of involved) for (const [k, s] of c.surfaces) if (!surfaces.has(k) || s.length < surfaces.get(k)!.length) surfaces.set(k, s);
    const topic = [...shared.entries()]
      .sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]))
      .slice(0, 4)
      .map(([k]) => surfaces.get(k) ?? k)
      .join(', ');
    out.push({
      subject: subjectName.get(subject) ?? subject,
      entity: subject.startsWith('n:') ? null : subject,
      topic,
      claims: [...involved]
        .sort((x, y) => cmp(x.key, y.key))
        .map(({ article, speaker, cue, polarity, content, sentence }) => ({ article, speaker, cue, polarity, content, sentence })),
    });
  }
  // One conflict per set of claims: a joint statement may put the same claims under two subjects.
  const seen = new Set<string>();
  const unique = out.filter((c) => {
    const k = JSON.stringify(c.claims);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  unique.sort((a, b) => cmp(a.subject, b.subject) || cmp(a.topic, b.topic));
  return unique;
}
