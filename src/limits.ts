/** Resource limits of one document (issue 16); see docs/bad-input.md. */

/**
 * A document beyond a resource limit (issue 16): it is reported in `errors` with the reason, and
 * every other document is extracted as usual. Limits are on the input (never on time, which
 * would make the output depend on the machine), so the same document always gives the same
 * outcome.
 */
export class ResourceLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResourceLimitError';
  }
}

/**
 * Longest word accepted (characters). The longest German words in real text have some 40–80
 * letters; lexicon look-ups split a word at every position (compound heads), so their cost grows
 * with the square of a word's length: one 100,000-letter "word" exhausted the heap.
 */
export const MAX_WORD_LENGTH = 200;
/** Longest token of any other kind (URLs, symbol runs). */
export const MAX_TOKEN_LENGTH = 2000;

/**
 * Throws when `text` holds a run of more than MAX_TOKEN_LENGTH characters without a blank: the
 * tokenizer's own feature patterns (wink's abbreviation test) take time that grows with the
 * square of a token's length, so such a run is refused before tokenizing. Linear.
 */
export function checkRuns(text: string): void {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Blanks: space, tab, line breaks, no-break and typographic spaces (as \s).
    if (c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      run = 0;
      continue;
    }
    if (++run > MAX_TOKEN_LENGTH) {
      let end = i;
      while (end < text.length && !/\s/.test(text[end])) end++;
      const start = i - run + 1;
      throw new ResourceLimitError(
        `a word of ${(end - start).toLocaleString('en')} characters at offset ${start} (limit ${MAX_WORD_LENGTH.toLocaleString('en')}), not extracted`,
      );
    }
  }
}
/** Largest document extracted (characters of text; `--max-size` may let larger files in). */
export const MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;
/**
 * The context of a quantity is its sentence; in a longer sentence (a list of results without a
 * full stop), a window of CONTEXT_WINDOW characters either side of the quantity, cut at blanks,
 * so output grows with the text, not with its square.
 */
export const MAX_CONTEXT_SENTENCE = 600;
export const CONTEXT_WINDOW = 120;

