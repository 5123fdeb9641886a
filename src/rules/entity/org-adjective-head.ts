import { orgRule, germanTail, isCapAdjective, orgHeadExact } from './lib/org.js';
import { isCapitalised } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';

/** The panel of a court: „Strafkammer“, „Jugendkammer“, „Senat“. */
const COURT_PANEL = /^(?:\p{Lu}\p{Ll}*kammer|Kammer|Senat)(?:n|s|es)?$/u;
/** A size or a rank written capitalised in a panel's name: „Große“, „Zweiten“. */
const PANEL_RANK = /^(?:Groß|Klein|Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt|Elft|Zwölft)(?:e|er|en|es|em)$/;

/** A hyphen compound ending in an organisation head: „Unesco-Kommission“, „Corona-Stiftung“. */
function hyphenHead(lexicon: Parameters<typeof orgHeadExact>[0], u: { parts: string[] }): boolean {
  const last = u.parts[u.parts.length - 1];
  return u.parts.length > 1 && isCapitalised(last) && orgHeadExact(lexicon, last);
}

/**
 * The name in the nominative without article: after „der“ a weak adjective in -e is the masculine
 * nominative („der Deutsche Mieterbund“ → „Deutscher Mieterbund“; the feminine genitive and dative
 * have -en), after „das“ the neuter („das Deutsche Milchkontor“ → „Deutsches Milchkontor“).
 */
function strongForm(us: readonly { text: string; start: number; end: number }[], i: number, k: number, name: string): string {
  const art = i > 0 ? us[i - 1].text.toLowerCase() : '';
  const ending = art === 'der' ? 'r' : art === 'das' ? 's' : '';
  if (!ending) return name;
  const base = us[i].start;
  let out = name;
  // from the last adjective to the first, so the offsets of the earlier ones stay
  for (let j = k - 1; j >= i; j--) {
    const w = us[j];
    if (!/\p{Ll}e$/u.test(w.text)) return name;
    const at = w.end - base;
    out = out.slice(0, at) + ending + out.slice(at);
  }
  return out;
}

/**
 * Capitalised adjective(s) + an organisation head: „Europäische Zentralbank“, „Nationaler
 * Nachrichtendienst“, with a genitive tail: „Geologischer Dienst der USA“.
 */
export default orgRule(
  { id: 'entity/org-adjective-head', priority: 100, description: '„Die Europäische Zentralbank hob den Leitzins an“ → ORG Europäische Zentralbank' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (u.initial || !isCapAdjective(lexicon, u)) return null;
    let k = i + 1;
    while (k < us.length && us[k].type === 'word' && !us[k].newline && isCapAdjective(lexicon, us[k])) k++;
    if (!(k < us.length && us[k].type === 'word' && !us[k].newline && isCapitalised(us[k].text) && !isRole(lexicon, us[k]) && (orgHeadExact(lexicon, us[k]) || hyphenHead(lexicon, us[k])))) return null;
    // „die Große Strafkammer“, „der Zweite Senat“: a size or a rank names a court's panel, no organisation
    if (COURT_PANEL.test(us[k].text) && us.slice(i, k).every((x) => PANEL_RANK.test(x.text))) return null;
    let b = germanTail(lexicon, us, k + 1);
    // a town right after the head names the seat: „die Evangelische Kirchgemeinde Berg“ (a town named
    // like a common word too: the organisation is the place context); not before a further name word
    const nx = b === k + 1 && b < us.length && !us[b].newline ? us[b] : null;
    const after = b + 1 < us.length && !us[b + 1].newline ? us[b + 1] : null;
    if (nx && nx.type === 'word' && nx.parts.length === 1 && isCapitalised(nx.text) && lexicon.gazetteer().lookup(nx.text, { commonTowns: true })?.type === 'LOC' && lookupPlace(lexicon, nx)?.kind !== 'country' && !(after && after.type === 'word' && isCapitalised(after.text))) b++;
    // a place inside the name („Geologischer Dienst der USA“, „Deutsche Unesco-Kommission“) must not win the overlap: as sure as the place
    const placeInside = us.slice(k + 1, b).some((x) => lookupPlace(lexicon, x)?.type === 'LOC') || (us[k].parts.length > 1 && us[k].parts.slice(0, -1).some((p) => lookupPlace(lexicon, p) !== null));
    return { a: i, b, name: strongForm(us, i, k, doc.text.slice(u.start, us[b - 1].end)), resume: b, ...(placeInside ? { confidence: 3 as const } : {}) };
  },
);
