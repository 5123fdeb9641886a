import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, escapeHtml, mdCell, stripControls } from '../../src/format/sanitize.js';

/** Characters that must never survive stripControls: C0 (but \n \t), DEL, C1, bidi controls. */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Strings rich in the dangerous characters, mixed with ordinary German text. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u001b', '\u001b[', '[31m', '\u001b]8;;http://x\u0007', '\u009b', '\u009d', '\u0007', '\r', '\n', '\t',
        '\u202e', '\u2066', '\u2069', '\u0000', '\u007f', '=', '+', '-', '@', '|', '"', ',', '<', '>', '&', "'",
        'Bundestag', 'Grüße', '„Streik“', '5', ' ',
      ),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('stripControls', () => {
  it.each([
    ['colour codes', 'Pegel \u001b[31m5,20 m\u001b[0m gemessen', 'Pegel 5,20 m gemessen'],
    ['screen clear', '\u001b[2J\u001b[HWahl', 'Wahl'],
    ['OSC 8 hyperlink (BEL)', '\u001b]8;;https://evil.example\u0007Klick\u001b]8;;\u0007', 'Klick'],
    ['OSC title (ST)', '\u001b]0;pwned\u001b\\Text', 'Text'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['unterminated OSC swallows the rest', 'Hallo\u001b]0;rest', 'Hallo'],
    ['carriage return', 'Zeile 1\r\nZeile 2', 'Zeile 1\nZeile 2'],
    ['bell and backspace', 'Inflation\u0007\u0008', 'Inflation'],
    ['bidi override (Trojan Source)', 'Preis \u202e0001\u202c Euro', 'Preis 0001 Euro'],
    ['bidi isolates', '\u2066Tor\u2069', 'Tor'],
    ['keeps newline and tab', 'a\tb\nc', 'a\tb\nc'],
    ['keeps German typography', '„Das ist falsch“, sagte die Ministerin – 3 €', '„Das ist falsch“, sagte die Ministerin – 3 €'],
  ])('%s', (_name, input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });

  it('leaves no control or bidi character, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (s) => {
        expect(FORBIDDEN.test(stripControls(s))).toBe(false);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (s) => {
        const once = stripControls(s);
        expect(stripControls(once)).toBe(once);
      }),
    );
  });

  it('changes nothing in text without controls', () => {
    const safe = fc.string({ unit: 'binary' }).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ''));
    fc.assert(
      fc.property(safe, (s) => {
        expect(stripControls(s)).toBe(s);
      }),
    );
  });
});

/** A minimal RFC 4180 parser for one record (test oracle). */
function parseCsvRecord(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) throw new Error('unterminated quote');
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += line[i++];
      }
      if (i < line.length && line[i] !== ',') throw new Error(`junk after quote at ${i}`);
    } else {
      while (i < line.length && line[i] !== ',') {
        if (line[i] === '"' || line[i] === '\n' || line[i] === '\r') throw new Error('bare quote or newline');
        cell += line[i++];
      }
    }
    out.push(cell);
    if (i >= line.length) return out;
    i++; // the comma
  }
}

function isSubsequence(part: string, whole: string): boolean {
  let j = 0;
  for (let i = 0; i < whole.length && j < part.length; i++) if (whole[i] === part[j]) j++;
  return j === part.length;
}

const DANGEROUS_START = /^\s*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

describe('csvCell', () => {
  it.each([
    ['plain', 'Bundestag', 'Bundestag'],
    ['comma', 'Berlin, Hamburg', '"Berlin, Hamburg"'],
    ['quote', 'Er sagte "nein"', '"Er sagte ""nein"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['formula =', '=HYPERLINK("http://x","klick")', '"\'=HYPERLINK(""http://x"",""klick"")"'],
    ['formula +', '+1+2', "'+1+2"],
    ['formula -', '-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['formula @', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['leading tab', '\t=1', "'\t=1"],
    ['leading blank then =', '  =1', "'  =1"],
    ['full-width equals', '＝1+1', "'＝1+1"],
    ['negative number stays', '-5', '-5'],
    ['signed decimal stays', '+1,5', '"+1,5"'],
    ['negative decimal stays', '-0.25', '-0.25'],
    ['number type', -12, '-12'],
    ['null', null, ''],
    ['terminal escape removed', 'Tor\u001b[31m!', 'Tor!'],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input as string)).toBe(expected);
  });

  it('uses the given separator for quoting', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvRow(['x', 1, null, '=1'], ';')).toBe("x;1;;'=1");
  });

  it('round-trips through an RFC 4180 parser and never starts with a formula character', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, fc.string()), { minLength: 1, maxLength: 5 }), (cells) => {
        const row = csvRow(cells);
        const parsed = parseCsvRecord(row);
        expect(parsed).toHaveLength(cells.length);
        parsed.forEach((value, k) => {
          const numeric = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/.test(value);
          if (!numeric) expect(DANGEROUS_START.test(value)).toBe(false);
          // Apart from the added apostrophe, the cell is the input with only characters removed,
          // and exactly the input when it held no control sequence.
          const original = cells[k];
          const core = value.startsWith("'") && !original.startsWith("'") ? value.slice(1) : value;
          expect(isSubsequence(core, original)).toBe(true);
          if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(original)) {
            expect(core).toBe(original);
          }
        });
      }),
    );
  });

  it('keeps every cell without controls or formula start exactly', () => {
    const plain = fc.string().filter((s) => !DANGEROUS_START.test(s) && !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s));
    fc.assert(
      fc.property(plain, (s) => {
        expect(parseCsvRecord(csvCell(s))).toEqual([s]);
      }),
    );
  });
});

describe('escapeHtml', () => {
  it('escapes markup', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('leaves no raw markup character and decodes back to the input', () => {
    const decode = (s: string): string =>
      s.replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[e]!);
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string()), (s) => {
        const out = escapeHtml(s);
        expect(/[<>"']/.test(out)).toBe(false);
        expect(decode(out)).toBe(s);
      }),
    );
  });
});

describe('mdCell', () => {
  it.each([
    ['pipe', 'A | B', 'A \\| B'],
    ['newlines', 'a\r\nb\nc\rd', 'a<br>b<br>c<br>d'],
    ['html', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['backslash before pipe', 'a\\|b', 'a\\\\\\|b'],
    ['controls', '\u001b[1mfett\u001b[0m\u202e', 'fett'],
    ['tab', 'a\tb', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(mdCell(input)).toBe(expected);
  });

  it('never lets a cell break the table row', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (s) => {
        const out = mdCell(s).replace(/<br>/g, ' ');
        expect(/[\n\r\u2028\u2029<>]/.test(out)).toBe(false);
        expect(FORBIDDEN.test(out)).toBe(false);
        // Every | is escaped by an odd number of backslashes.
        for (const m of out.matchAll(/(\\*)\|/g)) expect(m[1].length % 2).toBe(1);
      }),
    );
  });
});
