import type { Sentence, Token } from './document.js';

/**
 * German sentence boundaries over tokens. A boundary follows `.`, `!`, `?`, `…` when the next
 * token could start a sentence, except:
 * - after an ordinal: a number before `.` followed by a month or a lower-case word, or preceded
 *   by an article or preposition ("am 3. März", "vom 8. bis 13. Oktober", "der 2. Weltkrieg");
 * - after an abbreviation from the lexicon ("z. B.", "Dr.", "Mio.", "ca.") or an initial ("H.");
 * - when the next word is lower-case (an unknown abbreviation: "ca. zehn").
 * Closing quotation marks and brackets written without a space stay with their sentence
 * ("…Russlands.“ Das"). Line breaks end a sentence (headlines, paragraphs) unless the next
 * line continues in lower case after a line that does not end in punctuation (hard wrapping).
 */
export interface SentenceLexicon {
  abbreviations: ReadonlySet<string>;
  months: ReadonlySet<string>;
}

const TERMINAL = new Set(['.', '!', '?', '…', '?!', '!?', '...', '!!', '??']);
const CLOSERS = new Set(['“', '”', '"', '’', '‘', "'", '«', '»', '‹', '›', ')', ']']);
const ORDINAL_BEFORE = new Set([
  'am', 'vom', 'zum', 'bis', 'ab', 'seit', 'der', 'die', 'das', 'dem', 'den', 'des', 'im', 'zur',
  'beim', 'ihr', 'ihre', 'ihrem', 'ihren', 'sein', 'seine', 'seinem', 'seinen', 'jeder', 'jede', 'jeden', 'jedem',
]);

function isUpperStart(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLowerStart(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isAbbreviation(tokens: Token[], i: number, lex: SentenceLexicon): boolean {
  // `i` is the index of a "." token; look at the word before it (and "z. B." pairs).
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start) return false;
  if (prev.type === 'word') {
    if (prev.text.length === 1 && isUpperStart(prev.text)) return true; // initial
    if (lex.abbreviations.has(prev.text + '.')) return true;
    const prev2 = tokens[i - 2];
    if (prev2 && prev2.text.endsWith('.') && lex.abbreviations.has(prev2.text + ' ' + prev.text + '.')) return true;
  }
  return false;
}

function isOrdinalDot(tokens: Token[], i: number, lex: SentenceLexicon): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.type !== 'number' || prev.end !== tokens[i].start || !/^\d{1,4}$/.test(prev.text)) return false;
  const next = tokens[i + 1];
  if (next && (lex.months.has(next.text) || isLowerStart(next.text))) return true;
  const before = tokens[i - 2];
  return !!before && ORDINAL_BEFORE.has(before.text.toLowerCase()) && !!next && !next.newline;
}

/** Splits tokens into sentences and sets each token's `sentence` index. */
export function splitSentences(tokens: Token[], lex: SentenceLexicon): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endExclusive: number) => {
    if (endExclusive <= first) return;
    const index = sentences.length;
    for (let k = first; k < endExclusive; k++) tokens[k].sentence = index;
    sentences.push({
      index,
      start: tokens[first].start,
      end: tokens[endExclusive - 1].end,
      tokenStart: first,
      tokenEnd: endExclusive,
    });
    first = endExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > first && t.newline) {
      const prev = tokens[i - 1];
      const continues = isLowerStart(t.text) && !TERMINAL.has(prev.text) && !CLOSERS.has(prev.text) && !prev.text.endsWith(':');
      if (!continues) close(i);
    }
    const terminal = TERMINAL.has(t.text) || (t.type === 'word' && t.text.length > 1 && /[!?]$/.test(t.text));
    if (!terminal) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && !tokens[j].space) j++;
    const next = tokens[j];
    if (!next) {
      close(j);
      continue;
    }
    if (next.newline) {
      close(j);
      continue;
    }
    if (t.text === '.') {
      if (isAbbreviation(tokens, i, lex) || isOrdinalDot(tokens, i, lex)) continue;
    }
    if (isLowerStart(next.text)) continue;
    // A comma or other punctuation right after the closing quote continues the sentence: „…!“, sagte er.
    if (next.type === 'punct' && !/^[„"‚»«“(\-–—]/.test(next.text)) continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return sentences;
}
