import { orgRule, LOWER_NAME } from './lib/org.js';
import { isAcronym, isCapitalised, isCommon } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';
import { personWord } from './lib/names.js';
import { ORG_INTRO } from '../../lexicon/de/entity-org.js';
import { WEEKDAYS_MONTHS } from '../../lexicon/de/entity-words.js';

const OPENING_QUOTES = new Set(['„', '"', '»', '‚']);
const ENGLISH_CONNECTORS = new Set(['of', 'for', 'and', '&']);
const CLOSING_QUOTES = new Set(['“', '"', '«', '‘', '”']);
/** A word with capitals inside, as brand names are written: „KaDeWe“, „PayPal“. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;

/**
 * A company, union or institute noun + the organisation's name: „der US-Konzern Apple“, „die
 * Gewerkschaft Verdi“, „des Forschungsinstituts gfs.bern“, „der Fahrgastverband Pro Bahn“; a name in
 * quotes: „die Initiative »Moabit hilft«“.
 */
export default orgRule(
  { id: 'entity/org-intro-noun', priority: 150, description: '„Der US-Konzern Apple hat ein neues iPhone vorgestellt“ → ORG Apple' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (!(i + 1 < us.length && isCapitalised(u.text) && (ORG_INTRO.test(u.text.toLowerCase()) || ORG_INTRO.test(u.text.toLowerCase().replace(/e?s$/, ''))) && !us[i + 1].newline)) return null;
    const first = us[i + 1];
    // "die Initiative »Moabit hilft«", "der Verein „Kinder in Not“": a name in quotes, up to six words
    if (first.type === 'punct' && OPENING_QUOTES.has(first.text)) {
      let c = i + 2;
      while (c < us.length && c - i <= 7 && !us[c].newline && !(us[c].type === 'punct' && CLOSING_QUOTES.has(us[c].text))) c++;
      if (c >= us.length || c - i > 7 || us[c].newline || c === i + 2 || us[i + 2].type !== 'word' || !isCapitalised(us[i + 2].text)) return null;
      if (us.slice(i + 2, c).some((x) => x.type === 'punct' && x.text !== '-' && x.text !== '&')) return null;
      return { a: i + 2, b: c, name: doc.text.slice(us[i + 2].start, us[c - 1].end), resume: c + 1 };
    }
    // "des Forschungsinstituts gfs.bern": a lower-case name with a dot or hyphen
    let e = i + 1;
    while (e + 2 < us.length && /^[.-]$/.test(us[e + 1].text) && !us[e + 1].space && !us[e + 2].space && us[e + 2].type === 'word') e += 2;
    const form = doc.text.slice(first.start, us[e].end);
    if (first.type === 'word' && LOWER_NAME.test(form) && !lexicon.isCommonWord(form)) return { a: i + 1, b: e + 1, name: form, resume: e + 1 };
    // "der Fahrgastverband Pro Bahn", "die Partei Die Linke": a capitalised function word inside a
    // sentence starts a name of two words
    const shortFirst = first.type === 'word' && (lexicon.isFunctionWord(first.text.toLowerCase()) || (first.text.length <= 4 && lexicon.nounLemma(first.text) === first.text && !lexicon.unit(first.text)));
    if (shortFirst && isCapitalised(first.text) && !first.initial && i + 2 < us.length && us[i + 2].type === 'word' && !us[i + 2].newline && isCapitalised(us[i + 2].text) && !lexicon.unit(us[i + 2].text) && !WEEKDAYS_MONTHS.has(us[i + 2].text)) {
      const after = i + 3 < us.length ? us[i + 3] : null;
      if (!(after && after.type === 'word' && isCapitalised(after.text) && !after.newline)) return { a: i + 1, b: i + 3, name: doc.text.slice(first.start, us[i + 2].end), resume: i + 3 };
    }
    let b = i + 1;
    while (b < us.length && b - i <= 3 && !us[b].newline && us[b].type === 'word' && ((isAcronym(us[b].text) && !isCommon(lexicon, us[b])) || CAMEL_CASE.test(us[b].text) || personWord(lexicon, us[b], true) || (b === i + 1 && lexicon.list('news-outlets').has(us[b].text)) || lookupPlace(lexicon, us[b])?.type === 'ORG' || (b > i + 1 && lookupPlace(lexicon, us[b])))) b++;
    // English connectors inside the name: „die Organisation Friends of the Earth“, „Doctors for Peace“
    while (b > i + 1 && b + 1 < us.length && ENGLISH_CONNECTORS.has(us[b].text) && !us[b].newline) {
      let c = b + 1;
      if (us[c].text === 'the' && c + 1 < us.length) c++;
      if (us[c].type !== 'word' || us[c].newline || !isCapitalised(us[c].text) || lexicon.isFunctionWord(us[c].text)) break;
      b = c + 1;
    }
    // „des Instituts Marketagent.com“: a web name with its top-level domain
    if (b > i + 1 && b + 1 < us.length && us[b].text === '.' && !us[b].space && !us[b + 1].space && /^(?:com|de|at|ch|net|org|eu|io)$/.test(us[b + 1].text)) b += 2;
    const next = b < us.length ? us[b] : null;
    if (b > i + 1 && !(next && next.type === 'word' && isCapitalised(next.text) && !next.newline)) return { a: i + 1, b, name: doc.text.slice(us[i + 1].start, us[b - 1].end), resume: b };
    return null;
  },
);
