/**
 * Output safety: article text is untrusted. Everything a formatter prints that came from an
 * article goes through one of these functions.
 *
 * - `stripControls` — table / plain-text / markdown output: no terminal control sequences, no
 *   C0/C1 control characters (except `\n` and `\t`), no bidi embedding/override/isolate
 *   characters (the "Trojan Source" set), so article text can neither drive the terminal nor
 *   reorder what the reader sees.
 * - `csvCell` — one RFC 4180 field, with spreadsheet formula injection neutralised.
 * - `escapeHtml` — text for HTML element content and quoted attribute values.
 * - `mdCell` — text for a GitHub-flavoured markdown table cell.
 */

/**
 * Terminal escape sequences, 7-bit and 8-bit forms:
 * - CSI: ESC [ or U+009B, parameter/intermediate bytes, one final byte (`\x1b[31m`, `\x1b[2J`).
 * - OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ or U+009D U+0090 U+0098 U+009E U+009F, up to BEL or
 *   ST (ESC \ or U+009C) — or to the end of the string when unterminated (a terminal would
 *   swallow the rest too).
 * - Any other ESC + one character (ESC c, ESC 7, ESC ( B: the intermediate byte is removed here,
 *   the final one is plain text afterwards).
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?',
    '(?:\\u001b[\\]PX^_]|[\\u009d\\u0090\\u0098\\u009e\\u009f])[\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '\\u001b[\\s\\S]?',
  ].join('|'),
  'g',
);

/** C0 controls except TAB (U+0009) and LF (U+000A), DEL, C1 controls. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes terminal control sequences, control characters other than `\n` and `\t` (so `\r` goes
 * too: CRLF becomes LF) and bidi overrides. Idempotent; leaves every other character alone.
 */
export function stripControls(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARS, '').replace(BIDI_CONTROLS, '');
}

/** True when the cell text is a plain number a spreadsheet may read as one (`-5`, `+1.5e3`, `-0,5`). */
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/;

/** First characters that make a spreadsheet evaluate the cell (OWASP CSV injection list). */
const FORMULA_START = /^[\s]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV field (RFC 4180): quoted with `"` (inner quotes doubled) when it holds the separator,
 * a quote, CR or LF. Formula injection is neutralised: a cell whose first non-blank character is
 * `=`, `+`, `-`, `@` (or their full-width forms), or which starts with TAB or CR, gets a leading
 * apostrophe — except a plain number such as `-5` or `+1,5`, which stays a number. Terminal
 * control sequences, bidi overrides and control characters other than TAB, LF and CR are removed.
 * `null`/`undefined` give an empty field; numbers and booleans are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined, separator = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return quoteCsv(String(value), separator);
  let s = value
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(BIDI_CONTROLS, '');
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return quoteCsv(s, separator);
}

function quoteCsv(s: string, separator: string): string {
  if (s.includes('"') || s.includes(separator) || s.includes('\n') || s.includes('\r')) {
    return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** One CSV record: the fields through `csvCell`, joined by the separator (no line ending). */
export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>, separator = ','): string {
  return values.map((v) => csvCell(v, separator)).join(separator);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `& < > " '` for HTML text and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text for one GitHub-flavoured markdown table cell: controls stripped (`stripControls`),
 * backslash and `|` escaped, `<` `>` written as entities (no raw HTML from article text), line
 * breaks (LF, CRLF, CR, U+2028, U+2029) as `<br>`, tabs as spaces.
 */
export function mdCell(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    // no links or images from article text: `[x](javascript:…)`, `![](https://tracker/…)`
    .replace(/[[\]!]/g, (c) => '\\' + c)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\t/g, ' ')
    .replace(/\n/g, '<br>');
}

/**
 * Text for one line of a message (a warning on stderr): `stripControls`, and line breaks and tabs
 * written as `\n`, `\t`, so a file name with a line break cannot forge a second warning line.
 */
export function oneLine(s: string): string {
  return stripControls(s).replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n').replace(/\t/g, '\\t');
}
