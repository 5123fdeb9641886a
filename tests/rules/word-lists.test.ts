/**
 * German language knowledge lives in one place (project guide): closed classes in
 * src/lexicon/de/, open word lists as data files in src/lexicon/data/. No rule source holds a
 * large German word set as a literal: an array or Set of more than MAX_WORDS words, a
 * space-separated word string that is split, or a regular expression (literal or pattern string)
 * alternating more than MAX_WORDS words. Checked per file with the TypeScript parser; a file that still holds one is a
 * marked pending case (it.fails) until its words move out. To cover another layer, add its
 * folder to LAYERS (and its known cases to PENDING).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const LAYERS = ['src/rules/quantity', 'src/rules/statement', 'src/rules/date'];
const MAX_WORDS = 12;

/** Files that still hold a large word set (why: not yet moved), by path. */
const PENDING: Record<string, string> = {
  'src/rules/date/decade.ts': 'decade words (Zwanziger … Neunziger) in a pattern',
  'src/rules/date/lib/common.ts': 'qualifier words in a pattern',
  'src/rules/date/year.ts': 'event nouns and date-context words in patterns',
  'src/rules/quantity/lib/frames.ts': 'NOT_COUNTED modifiers of -zahl compounds',
  'src/rules/quantity/lib/nouns.ts': 'time-unit and currency fallbacks, person/non-person suffixes',
  'src/rules/quantity/lib/qualifiers.ts': 'verbs of talking, survey nouns and sport words in patterns',
  'src/rules/quantity/share.ts': 'share determiners in a pattern',
  'src/rules/statement/hiess-es.ts': 'source nouns in patterns',
  'src/rules/statement/laut.ts': 'source nouns in a pattern',
  'src/rules/statement/lib/grammar.ts': 'adverbs, temporal nouns, particles and role heads',
  'src/rules/statement/lib/speakers.ts': 'person and organisation heads in patterns',
  'src/rules/statement/nach-angaben.ts': 'source nouns in a pattern',
  'src/rules/statement/verb-object.ts': 'object nouns',
};

const WORD = /^\p{L}[\p{L}.'-]*$/u;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (f.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Alternatives of the groups of a regular expression's source that are all words, per group. */
function regexWordGroups(source: string): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') stack.push(i);
    else if (c === ')' && stack.length) {
      const open = stack.pop()!;
      const body = source.slice(open + 1, i).replace(/^\?(?::|<?[=!]|<\w+>)/, '');
      if (body.includes('(')) continue; // nested groups: the inner ones are checked themselves
      const alts = body.split('|').map((a) => a.replace(/\\\./g, '.').replace(/[?*+]$/, ''));
      const words = alts.filter((a) => WORD.test(a));
      if (words.length === alts.length) out.push(words.length);
    }
  }
  return out;
}

/** The large word sets of one TypeScript source: line, size and form. */
function largeWordSets(text: string): Array<{ line: number; words: number; kind: string }> {
  const sf = ts.createSourceFile('source.ts', text, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; words: number; kind: string }> = [];
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isArrayLiteralExpression(n)) {
      let words = 0;
      for (const e of n.elements) {
        // a Map's entries: count their keys
        const k = ts.isArrayLiteralExpression(e) ? e.elements[0] : e;
        if (k && ts.isStringLiteralLike(k) && WORD.test(k.text)) words++;
      }
      if (words > MAX_WORDS) found.push({ line: line(n), words, kind: 'array' });
    } else if (ts.isStringLiteralLike(n) && n.text.includes('|')) {
      // a pattern written as a string (new RegExp(…)): its word alternations
      for (const w of regexWordGroups(n.text)) if (w > MAX_WORDS) found.push({ line: line(n), words: w, kind: 'pattern string' });
    } else if (ts.isStringLiteralLike(n) && /\s/.test(n.text)) {
      const parts = n.text.trim().split(/\s+/);
      const split = ts.isPropertyAccessExpression(n.parent) || ts.isBinaryExpression(n.parent) || ts.isParenthesizedExpression(n.parent);
      if (split && parts.length > MAX_WORDS && parts.every((w) => WORD.test(w))) found.push({ line: line(n), words: parts.length, kind: 'word string' });
    } else if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const src = (n as ts.RegularExpressionLiteral).text.replace(/\/[a-z]*$/, '').slice(1);
      for (const w of regexWordGroups(src)) if (w > MAX_WORDS) found.push({ line: line(n), words: w, kind: 'regex' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('no large German word sets in rule sources', () => {
  for (const layer of LAYERS) {
    for (const file of files(join(root, layer))) {
      const rel = relative(root, file).split('\\').join('/');
      const pending = PENDING[rel];
      const check = () => {
        const sets = largeWordSets(readFileSync(file, 'utf8'));
        expect(sets, `${rel}: move these words to src/lexicon/de (closed classes) or src/lexicon/data (open lists)`).toEqual([]);
      };
      if (pending) it.fails(`${rel} (pending: ${pending})`, check);
      else it(rel, check);
    }
  }

  it('finds a large set in each form it checks, and none of twelve words', () => {
    const words = Array.from({ length: 13 }, (_, i) => `Wort${String.fromCharCode(97 + i)}`);
    const forms = (ws: string[]) =>
      `const A = new Set([${ws.map((w) => `'${w}'`).join(', ')}]);\n` +
      `const B = '${ws.join(' ')}'.split(' ');\n` +
      `const C = /(?:${ws.join('|')})$/;\n` +
      `const E = new RegExp('(${ws.join('|')})');\n` +
      `const D = new Map([${ws.map((w) => `['${w}', 1]`).join(', ')}]);\n`;
    expect(largeWordSets(forms(words)).map((f) => f.kind)).toEqual(['array', 'word string', 'regex', 'pattern string', 'array']);
    expect(largeWordSets(forms(words.slice(0, 12)))).toEqual([]);
  });
});
