/**
 * Offset-preserving normalisation: every change maps one UTF-16 unit to one, so the normalised
 * text has the same length as the source and all offsets are shared.
 * - typographic and zero-width spaces → ' '  (NBSP, thin, figure, narrow NBSP, ZWSP, …)
 * - line endings: a lone CR → '\n'; the CR of CRLF → ' ' (so CRLF does not look like a blank line)
 * - terminal escape sequences (`ESC [ 0 m`, OSC …) and other control characters → ' ' each, so
 *   `\x1b[0m` in a text is no quantity „0m“ (issue 16)
 */
const ESCAPES = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]{0,512}(?:\u0007|\u001b\\|\u009c)?|\u001b[\s\S]?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;

export function normalise(source: string): string {
  let text = source.replace(SPACE_LIKE, ' ');
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text)) text = text.replace(ESCAPES, (m) => ' '.repeat(m.length));
  if (text.includes('\r')) text = text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));
  return text;
}
