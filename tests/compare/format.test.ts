import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { compareFormatters } from '../../src/format/compare/index.js';
import { numberLine, scaleFor } from '../../src/format/compare/html.js';
import { SCHEMA_URL, type ArticleResult } from '../../src/types.js';
import { article, CLASSES, POLARITY } from './build.js';

const evil = '=HYPERLINK("http://x")<script>alert(1)</script>\u001b[31m\u202e';

/** Three outlets on a strike, one with hostile text in its spans. */
function story(): ArticleResult[] {
  return [
    article('taz-01', [
      {
        text: 'Bei dem Streik der Lokführer fielen nach Angaben der Bahn mehr als 20.000 Zugfahrten aus, sagte ein Sprecher der Bahn.',
        q: [{ text: 'mehr als 20.000 Zugfahrten', value: 20000, bound: 'gt', unit: 'Zugfahrt' }],
        st: { speaker: 'ein Sprecher der Bahn', name: 'Bahn', cue: 'sagte', content: 'Bei dem Streik der Lokführer fielen nach Angaben der Bahn mehr als 20.000 Zugfahrten aus' },
        ents: [['Bahn', 'ORG']],
      },
    ]),
    article('welt-02', [
      {
        text: 'Der Streik der Lokführer legte 12.000 Zugfahrten lahm, berichtete die Bahn.',
        q: [{ text: '12.000 Zugfahrten', value: 12000, unit: 'Zugfahrt' }],
        st: { speaker: 'die Bahn', name: 'Bahn', cue: 'berichtete', content: 'Der Streik der Lokführer legte 12.000 Zugfahrten lahm' },
        ents: [['Bahn', 'ORG']],
      },
      {
        text: `Die Gewerkschaft dementierte, dass der Streik der Lokführer verlängert werde ${evil}.`,
        st: { speaker: 'Die Gewerkschaft', name: 'Gewerkschaft', cue: 'dementierte', content: `der Streik der Lokführer verlängert werde ${evil}` },
        ents: [['Gewerkschaft', 'ORG']],
      },
    ]),
    article('zeit-03', [
      {
        text: `Die Gewerkschaft bestätigte, dass der Streik der Lokführer um zwei Tage verlängert werde.`,
        q: [{ text: 'zwei Tage', value: 2, unit: 'Tag' }],
        st: { speaker: 'Die Gewerkschaft', name: 'Gewerkschaft', cue: 'bestätigte', content: 'der Streik der Lokführer um zwei Tage verlängert werde' },
        ents: [['Gewerkschaft', 'ORG']],
      },
      {
        text: `Rund 20.000 Zugfahrten ${evil} seien ausgefallen, so die Bahn über den Streik der Lokführer.`,
        q: [{ text: `Rund 20.000 Zugfahrten ${evil}`, value: 20000, bound: 'approx', unit: 'Zugfahrt' }],
        st: { speaker: 'die Bahn', name: 'Bahn', cue: 'so', kind: 'according_to', content: `Rund 20.000 Zugfahrten ${evil} seien ausgefallen` },
        ents: [['Bahn', 'ORG']],
      },
    ]),
  ];
}

const result = compare(story(), { unitClasses: CLASSES, polarity: POLARITY });
const plain = { color: false, width: 100 };

describe('compare result on a strike story', () => {
  it('finds the conflicting figures and the stance conflict', () => {
    const g = result.groups.find((x) => x.unit === 'Zugfahrt')!;
    expect(g.members.map((m) => m.article)).toEqual(['taz-01', 'welt-02', 'zeit-03']);
    expect(g.status).toBe('conflict');
    expect(result.stances).toHaveLength(1);
    expect(result.stances[0].subject).toBe('Gewerkschaft');
    expect(result.stances[0].claims.map((c) => `${c.article} ${c.polarity}`)).toEqual(['welt-02 deny', 'zeit-03 confirm']);
  });
});

describe('compare formatters', () => {
  it('json is the result with its $schema first, two-space indented, with a final newline', () => {
    expect(compareFormatters.json(result, plain)).toBe(JSON.stringify({ $schema: SCHEMA_URL, ...result }, null, 2) + '\n');
  });

  it('table fits a 100-column terminal and carries no control sequences from articles', () => {
    for (const color of [false, true]) {
      const out = compareFormatters.table(result, { color, width: 100 });
      const visible = out.replace(/\u001b\[[0-9;]*m/g, '');
      for (const line of visible.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
      expect(visible).not.toContain('\u001b');
      expect(visible).not.toContain('\u202e');
      expect(visible).toContain('CONFLICT');
    }
    const narrow = compareFormatters.table(result, { color: false, width: 60 });
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('table is coloured by status only when asked', () => {
    expect(compareFormatters.table(result, { color: false, width: 100 })).not.toMatch(/\u001b\[/);
    expect(compareFormatters.table(result, { color: true, width: 100 })).toMatch(/\u001b\[31m/);
  });

  it('csv has one row per member and neutralises formulas', () => {
    const out = compareFormatters.csv(result, plain);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe('group,status,label,reason,article,text,value,bound,min,max,unit,speaker,sentence,start,end,dates,story,source,time');
    const members = result.groups.reduce((n, g) => n + g.members.length, 0);
    expect(lines.length).toBe(1 + members);
    expect(out).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(out).not.toContain('\u001b');
  });

  it('md escapes pipes and markup', () => {
    const out = compareFormatters.md(result, plain);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('## Stance conflicts');
  });

  it('html is one self-contained, well-formed document with everything escaped', () => {
    const out = compareFormatters.html(result, plain);
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    // One script only: the filter, allowed by its hash; no article text can add another.
    expect(out.match(/<script/g)).toHaveLength(1);
    const script = /<script>([^]*?)<\/script>/.exec(out)![1];
    const hash = createHash('sha256').update(script).digest('base64');
    expect(out).toContain(`script-src 'sha256-${hash}'`);
    expect(out).toContain('&lt;script&gt;');
    expect(out).not.toMatch(/src=/i);
    // Links: the report's own anchors and the articles' own http(s) URLs only.
    for (const m of out.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(#|https?:\/\/)/);
    expect(out).not.toMatch(/url\(/);
    expect(out).not.toContain('\u001b');
    expect(out).toContain("default-src 'none'");
    // Balanced tags (void elements and self-closed SVG elements aside).
    const stack: string[] = [];
    const VOID = new Set(['meta', 'br', 'input']);
    for (const m of out.replace(/<script>[^]*?<\/script>/, '').matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>/g)) {
      const [, close, name, self] = m;
      if (name === 'DOCTYPE' || VOID.has(name) || self) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name);
    }
    expect(stack).toEqual([]);
    expect((out.match(/<svg /g) ?? []).length).toBe(result.groups.filter((g) => g.status !== 'single').length);
  });

  it('html: summary, contents, each story with its articles, each claim in its sentence with the figure marked', () => {
    const withMeta = compare(
      story().map((a, i) => ({ ...a, outlet: ['taz', 'Welt', 'Zeit'][i], published: `2024-03-0${i + 1}`, url: i === 0 ? 'https://taz.de/streik' : i === 1 ? 'javascript:alert(1)' : undefined })),
      { unitClasses: CLASSES, polarity: POLARITY },
    );
    const out = compareFormatters.html(withMeta, plain);
    expect(out).toMatch(/<ul class="counts">\n<li><b>1<\/b>conflicts<\/li>/);
    expect(out).toContain('<nav class="toc">');
    expect(out).toContain('<a href="#story-1">');
    expect(out).toContain('<a href="https://taz.de/streik" rel="noopener noreferrer nofollow">');
    expect(out).not.toContain('javascript:');
    expect(out).toContain('1. März 2024');
    expect(out).toContain('Bei dem Streik der Lokführer fielen nach Angaben der Bahn <mark>mehr als 20.000 Zugfahrten</mark> aus');
    expect(out).toContain('<p class="sources"><b>Sources:</b>');
    const de = compareFormatters.html(withMeta, { ...plain, lang: 'de' });
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('Wo die Quellen übereinstimmen und wo sie sich widersprechen');
    expect(de).toContain('>Widerspruch</span>');
  });

  it('html: groups of one figure are collapsed; table and md leave them out unless --singles', () => {
    const singles = result.groups.filter((g) => g.status === 'single');
    expect(singles.length).toBeGreaterThan(0);
    const html = compareFormatters.html(result, plain);
    expect(html).toContain('<details class="singles"><summary>');
    for (const f of ['table', 'md'] as const) {
      const hidden = compareFormatters[f](result, plain);
      const shown = compareFormatters[f](result, { ...plain, singles: true });
      expect(hidden, f).toMatch(/single figures? of one article not shown/);
      expect(shown, f).not.toMatch(/not shown/);
      expect(shown.length, f).toBeGreaterThan(hidden.length);
    }
  });

  it('number line: open ends hollow, closed ends filled, arrows for unbounded, log scale for wide spans', () => {
    const g = result.groups.find((x) => x.unit === 'Zugfahrt')!;
    const svg = numberLine(g, (a) => a);
    expect(svg).toContain('fill="#fff"'); // "mehr als 20.000": open lower end
    expect(svg).toMatch(/<path d="M/); // unbounded upper end
    const member = (value: number, min: number | null, max: number | null) => ({
      article: 'a', text: '', value, bound: 'eq' as const, unit: null, start: 0, end: 0, sentence: 0, speaker: null,
      interval: { min, max, minInclusive: true, maxInclusive: true },
    });
    expect(scaleFor([member(1500, 1500, 1500), member(1280000, 1280000, 1280000)]).log).toBe(true);
    expect(scaleFor([member(1500, 1500, 1500), member(10000, 10000, null)]).log).toBe(false);
  });

  it('every format handles an empty comparison', () => {
    const empty = compare([]);
    for (const [name, f] of Object.entries(compareFormatters)) expect(f(empty, plain).length, name).toBeGreaterThan(0);
  });
});
