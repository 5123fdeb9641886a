/**
 * Offset-preserving normalisation: every change maps one UTF-16 unit to one, so the normalised
 * text has the same length as the source and all offsets are shared.
 * - typographic and zero-width spaces → ' '  (NBSP, thin, figure, narrow NBSP, ZWSP, …)
 * - line endings: a lone CR → '\n'; the CR of CRLF → ' ' (so CRLF does not look like a blank line)
 */
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;

export function normalise(source: string): string {
  let text = source.replace(SPACE_LIKE, ' ');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));
  return text;
}
