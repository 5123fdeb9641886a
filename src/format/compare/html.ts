/**
 * One self-contained HTML report a journalist can send: inline CSS, inline SVG, one short inline
 * script (the filter; allowed by its hash in the Content-Security-Policy, which forbids loading
 * anything), no external assets. Every text from an article is escaped; links go only to the
 * articles' own http(s) URLs. It opens with a summary (stories, conflicts first, counts) and a
 * table of contents; each story lists its articles (title, outlet, date, link) and its groups;
 * each claim is shown in its source sentence with the figure highlighted, with its source and
 * time. Each group of several figures gets a number line: one row per source, its interval drawn
 * as a bar (filled dot = closed end, hollow dot = open end, arrow = unbounded), on a log scale
 * when the numbers span orders of magnitude, so a conflict is seen before it is read. Single
 * figures are collapsed. Without script everything is shown; print styles drop the controls.
 * `--lang de` gives a German interface.
 */
import { createHash } from 'node:crypto';
import { readableDate } from '../dates.js';
import type { ArticleInfo, CompareResult, GroupMember, GroupStatus, QuantityGroup } from '../../types.js';
import type { FormatOptions, Formatter } from '../types.js';
import { escapeHtml, stripControls } from '../sanitize.js';
import { formatNumber } from '../../compare/text.js';
import { articlesOf, countsText, figureText, infoById, inSentence, intervalText, labeller, sourcesText, storyViews, type StoryView } from './common.js';

const e = (s: string | number | null | undefined) => escapeHtml(stripControls(String(s ?? '')));

const COLOR: Record<GroupStatus, string> = { conflict: '#c62828', compatible: '#a15c00', agree: '#2e7d32', single: '#6b6b6b' };

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d1d1f;background:#f4f4f2}
header.top{background:#1d2733;color:#fff;padding:20px 32px}
header.top h1{margin:0 0 6px;font-size:22px}
header.top p{margin:2px 0;color:#cfd8e3}
.counts{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0 0;padding:0;list-style:none}
.counts li{background:#2c3a4a;border-radius:6px;padding:4px 10px;color:#fff}
.counts b{font-size:18px;margin-right:4px}
main{max-width:1100px;margin:0 auto;padding:16px 24px 48px}
h2{font-size:19px;margin:30px 0 8px;border-bottom:2px solid #d6d6d2;padding-bottom:4px}
nav.toc{background:#fff;border-radius:8px;padding:10px 16px;margin:14px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
nav.toc ol{margin:6px 0;padding-left:22px}
nav.toc a{color:#1d4f91;text-decoration:none}
nav.toc a:hover{text-decoration:underline}
.filters{display:none;gap:14px;flex-wrap:wrap;align-items:center;background:#fff;border-radius:8px;padding:8px 16px;margin:14px 0;box-shadow:0 1px 2px rgba(0,0,0,.08);position:sticky;top:0;z-index:2}
.js .filters{display:flex}
.filters label{white-space:nowrap}
section.story{content-visibility:auto;contain-intrinsic-size:auto 900px}
.articles{margin:6px 0 10px}
.group{background:#fff;border-radius:8px;border-left:6px solid #6b6b6b;padding:12px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.group.conflict{border-left-color:${COLOR.conflict}}.group.compatible{border-left-color:${COLOR.compatible}}.group.agree{border-left-color:${COLOR.agree}}
.group h3{margin:0 0 4px;font-size:16px}
.badge{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;color:#fff;border-radius:4px;padding:2px 7px;margin-right:8px;vertical-align:2px}
.badge.conflict{background:${COLOR.conflict}}.badge.compatible{background:${COLOR.compatible}}.badge.agree{background:${COLOR.agree}}.badge.single{background:${COLOR.single}}
.reason{margin:4px 0 6px}
.sources{margin:2px 0 6px;color:#333}
.meta{color:#666;font-size:13px}
.updated{color:#1d4f91;font-size:13px;margin:2px 0}
mark{background:#ffe58f;padding:0 2px;border-radius:2px;font-weight:600}
svg.line{display:block;max-width:100%;height:auto;margin:6px 0}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e4e4e0;vertical-align:top}
th{color:#555;font-weight:600;background:#fafaf8}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
.group td:nth-child(2){min-width:18em}
details.singles{background:#fff;border-radius:8px;padding:8px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
details.singles summary{cursor:pointer;color:#555}
.stance{background:#fff;border-radius:8px;border-left:6px solid ${COLOR.conflict};padding:10px 16px;margin:10px 0}
.deny{color:${COLOR.conflict};font-weight:600}.confirm{color:${COLOR.agree};font-weight:600}
.errors li{color:${COLOR.conflict}}
.none{color:#777;font-style:italic}
[hidden]{display:none!important}
@media print{body{background:#fff;font-size:11pt}header.top{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}header.top p{color:#333}.counts li{background:#fff;color:#000;border:1px solid #999}.filters,nav.toc{display:none!important}.group,.stance{box-shadow:none;border:1px solid #ccc;break-inside:avoid}section.story{content-visibility:visible}a{color:#000}mark{background:#ddd}}
`;

/** Interface texts (article text and the compare reasons stay as they are). */
const TEXT = {
  en: {
    title: 'Where the sources agree and where they conflict',
    articles: 'articles', stories: 'stories', story: 'Story', conflicts: 'conflicts', compatible: 'compatible', agree: 'agree', singles: 'single figures', stances: 'stance conflicts', errors: 'input errors',
    contents: 'Contents', filter: 'Show', allStories: 'all stories', noShared: 'no figure reported by two articles',
    status: { conflict: 'conflict', compatible: 'compatible', agree: 'agree', single: 'single' } as Record<GroupStatus, string>,
    headArticles: ['article', 'title', 'outlet', 'published'], headClaims: ['article', 'claim in its sentence', 'figure', 'interval', 'source', 'when'],
    headSingles: ['article', 'claim', 'figure', 'source'],
    claims: (n: number) => `${n} claim${n === 1 ? '' : 's'}`, fromArticles: (n: number) => `from ${n} article${n === 1 ? '' : 's'}`,
    sources: 'Sources', rising: 'Later reports raise the count: an update rather than a contradiction.', falling: 'Later reports lower the count: an update rather than a contradiction.',
    singleSummary: (n: number) => `${n} single figure${n === 1 ? '' : 's'} (one article each)`,
    stanceTitle: 'Stance conflicts', entityTitle: 'Entities in several articles', speakerTitle: 'Speakers in several articles', errorTitle: 'Input errors', none: 'none found',
    denies: 'denies', confirms: 'confirms', about: 'about', more: (n: number) => `${n} more in the JSON output (--format json)`,
    headStance: ['article', 'stance', 'speaker', 'cue', 'content'], headEntity: ['entity', 'type', 'mentions per article', 'variants'], headSpeaker: ['speaker', 'statements per article', 'cues'],
    group: 'group', line: (n: number, log: boolean) => `number line of ${n} claims${log ? ' (log scale)' : ''}`,
    quiet: (n: number) => `${n} more ${n === 1 ? 'story' : 'stories'} without a figure reported by two articles`,
    nConflicts: (n: number) => `${n} conflict${n === 1 ? '' : 's'}`, nGroups: (n: number) => `${n} group${n === 1 ? '' : 's'}`,
  },
  de: {
    title: 'Wo die Quellen übereinstimmen und wo sie sich widersprechen',
    articles: 'Artikel', stories: 'Geschichten', story: 'Geschichte', conflicts: 'Widersprüche', compatible: 'vereinbar', agree: 'übereinstimmend', singles: 'Einzelangaben', stances: 'Widersprüche in Aussagen', errors: 'Eingabefehler',
    contents: 'Inhalt', filter: 'Zeigen', allStories: 'alle Geschichten', noShared: 'keine Zahl in zwei Artikeln',
    status: { conflict: 'Widerspruch', compatible: 'vereinbar', agree: 'übereinstimmend', single: 'einzeln' } as Record<GroupStatus, string>,
    headArticles: ['Artikel', 'Titel', 'Medium', 'veröffentlicht'], headClaims: ['Artikel', 'Angabe im Satz', 'Zahl', 'Intervall', 'Quelle', 'wann'],
    headSingles: ['Artikel', 'Angabe', 'Zahl', 'Quelle'],
    claims: (n: number) => `${n} ${n === 1 ? 'Angabe' : 'Angaben'}`, fromArticles: (n: number) => `aus ${n} Artikel${n === 1 ? '' : 'n'}`,
    sources: 'Quellen', rising: 'Spätere Meldungen erhöhen die Zahl: eine Aktualisierung, kein Widerspruch.', falling: 'Spätere Meldungen senken die Zahl: eine Aktualisierung, kein Widerspruch.',
    singleSummary: (n: number) => `${n} ${n === 1 ? 'Einzelangabe' : 'Einzelangaben'} (je ein Artikel)`,
    stanceTitle: 'Widersprüche in Aussagen', entityTitle: 'Namen in mehreren Artikeln', speakerTitle: 'Sprecher in mehreren Artikeln', errorTitle: 'Eingabefehler', none: 'keine gefunden',
    denies: 'bestreitet', confirms: 'bestätigt', about: 'zu', more: (n: number) => `${n} weitere in der JSON-Ausgabe (--format json)`,
    headStance: ['Artikel', 'Haltung', 'Sprecher', 'Verb', 'Inhalt'], headEntity: ['Name', 'Typ', 'Nennungen je Artikel', 'Varianten'], headSpeaker: ['Sprecher', 'Aussagen je Artikel', 'Verben'],
    group: 'Gruppe', line: (n: number, log: boolean) => `Zahlenstrahl mit ${n} Angaben${log ? ' (logarithmisch)' : ''}`,
    quiet: (n: number) => `${n} weitere ${n === 1 ? 'Geschichte' : 'Geschichten'} ohne Zahl in zwei Artikeln`,
    nConflicts: (n: number) => `${n} ${n === 1 ? 'Widerspruch' : 'Widersprüche'}`, nGroups: (n: number) => `${n} ${n === 1 ? 'Gruppe' : 'Gruppen'}`,
  },
};
type Text = (typeof TEXT)['en'];

/** The filter: status checkboxes and a story menu hide groups and stories. Plain DOM, no data leaves the page. */
const SCRIPT = `document.documentElement.classList.add('js');
addEventListener('DOMContentLoaded',function(){
var f=document.getElementById('filters');if(!f)return;
function apply(){var on={};f.querySelectorAll('input[type=checkbox]').forEach(function(c){on[c.value]=c.checked});
var st=f.querySelector('select').value;
document.querySelectorAll('section.story').forEach(function(s){s.hidden=!!st&&s.id!==st});
document.querySelectorAll('.group').forEach(function(g){g.hidden=!on[g.dataset.status]});
document.querySelectorAll('details.singles').forEach(function(d){d.hidden=!on.single});}
f.addEventListener('change',apply);apply();});`;
const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

/** Rows beyond this in the entity and speaker tables go to the JSON output (a 10,000-article report stays light). */
const MAX_ROWS = 300;
/** A number line draws at most this many rows one per claim; larger groups get one row per distinct interval. */
const MAX_LINE_ROWS = 24;

interface Scale {
  x: (v: number) => number;
  ticks: number[];
  log: boolean;
}

const X0 = 90;
const X1 = 690;
const WIDTH = 720;
const ROW = 24;
const TOP = 8;

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
}

/** A linear scale, or a log scale when all numbers are positive and span 20× or more. */
export function scaleFor(members: readonly GroupMember[]): Scale {
  const pts: number[] = [];
  for (const m of members) {
    pts.push(m.value);
    if (m.interval.min !== null) pts.push(m.interval.min);
    if (m.interval.max !== null) pts.push(m.interval.max);
  }
  let lo = Math.min(...pts);
  let hi = Math.max(...pts);
  if (lo > 0 && hi / lo >= 20) {
    const a = Math.floor(Math.log10(lo));
    let b = Math.ceil(Math.log10(hi));
    if (b === a) b = a + 1;
    const ticks: number[] = [];
    const step = Math.max(1, Math.ceil((b - a) / 8));
    for (let k = a; k <= b; k += step) ticks.push(Math.pow(10, k));
    const x = (v: number) => {
      if (v <= 0) return X0;
      const t = (Math.log10(v) - a) / (b - a);
      return X0 + Math.max(0, Math.min(1, t)) * (X1 - X0);
    };
    return { x, ticks, log: true };
  }
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.25 || 1;
    lo -= pad;
    hi += pad;
  } else {
    const pad = (hi - lo) * 0.12;
    const allPositive = lo >= 0;
    lo -= pad;
    hi += pad;
    if (allPositive && lo < 0) lo = 0;
  }
  // Counts get whole-number ticks.
  const step = pts.every((v) => Number.isInteger(v)) ? Math.max(1, niceStep((hi - lo) / 5)) : niceStep((hi - lo) / 5);
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.round(t / step) * step);
  const x = (v: number) => X0 + Math.max(0, Math.min(1, (v - lo) / (hi - lo))) * (X1 - X0);
  return { x, ticks, log: false };
}

const f1 = (n: number) => n.toFixed(1);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** The SVG number line of a group: one row per member. */
/** Rows of a number line: one per member; for a large group one per distinct interval ("12 × …"). */
function lineRows(g: QuantityGroup, label: (id: string) => string): { name: string; m: GroupMember }[] {
  if (g.members.length <= MAX_LINE_ROWS) return g.members.map((m) => ({ name: label(m.article), m }));
  const rows = new Map<string, { m: GroupMember; n: number }>();
  for (const m of g.members) {
    const key = JSON.stringify([m.value, m.interval]);
    const row = rows.get(key);
    if (row) row.n++;
    else rows.set(key, { m, n: 1 });
  }
  return [...rows.values()].map((r) => ({ name: r.n === 1 ? label(r.m.article) : `${r.n} ×`, m: r.m }));
}

export function numberLine(g: QuantityGroup, label: (id: string) => string, t: Pick<Text, 'line'> = TEXT.en): string {
  const rows = lineRows(g, label);
  const s = scaleFor(g.members);
  const color = COLOR[g.status];
  const h = TOP + rows.length * ROW + 30;
  const parts: string[] = [];
  parts.push(
    `<svg class="line" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${h}" viewBox="0 0 ${WIDTH} ${h}" role="img" aria-label="${e(t.line(g.members.length, s.log))}">`,
  );
  const axisY = TOP + rows.length * ROW + 4;
  for (const t of s.ticks) {
    const x = s.x(t);
    parts.push(`<line x1="${f1(x)}" y1="${TOP}" x2="${f1(x)}" y2="${axisY}" stroke="#ececec"/>`);
    parts.push(`<line x1="${f1(x)}" y1="${axisY}" x2="${f1(x)}" y2="${axisY + 5}" stroke="#888"/>`);
    parts.push(`<text x="${f1(x)}" y="${axisY + 17}" font-size="10" text-anchor="middle" fill="#555">${e(formatNumber(t))}</text>`);
  }
  parts.push(`<line x1="${X0}" y1="${axisY}" x2="${X1}" y2="${axisY}" stroke="#888"/>`);
  if (s.log) parts.push(`<text x="${X1}" y="${axisY + 28}" font-size="9" text-anchor="end" fill="#888">log scale</text>`);
  rows.forEach(({ name, m }, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const iv = m.interval;
    const xa = iv.min === null ? X0 - 6 : s.x(iv.min);
    const xb = iv.max === null ? X1 + 6 : s.x(iv.max);
    parts.push(`<g><title>${e(`${name}: ${m.text} — ${intervalText(iv)}`)}</title>`);
    parts.push(`<text x="4" y="${f1(y + 4)}" font-size="11" fill="#333">${e(name.slice(0, 14))}</text>`);
    if (xb - xa > 0.5) parts.push(`<line x1="${f1(xa)}" y1="${f1(y)}" x2="${f1(xb)}" y2="${f1(y)}" stroke="${color}" stroke-width="4" stroke-linecap="butt" opacity="0.75"/>`);
    if (iv.min === null) parts.push(`<path d="M${f1(xa - 2)} ${f1(y)} l8 -6 v12 z" fill="${color}"/>`);
    if (iv.max === null) parts.push(`<path d="M${f1(xb + 2)} ${f1(y)} l-8 -6 v12 z" fill="${color}"/>`);
    const dot = (x: number, closed: boolean) =>
      `<circle cx="${f1(x)}" cy="${f1(y)}" r="4.5" fill="${closed ? color : '#fff'}" stroke="${color}" stroke-width="2"/>`;
    if (iv.min !== null) parts.push(dot(xa, iv.minInclusive));
    if (iv.max !== null && !(iv.min !== null && iv.max === iv.min)) parts.push(dot(xb, iv.maxInclusive));
    const xv = s.x(m.value);
    parts.push(`<line x1="${f1(xv)}" y1="${f1(y - 8)}" x2="${f1(xv)}" y2="${f1(y + 8)}" stroke="#1d1d1f" stroke-width="1.5"/>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}


function table(head: string[], rows: string[][], numeric: number[] = [], none = 'none'): string {
  if (!rows.length) return `<p class="none">${e(none)}</p>`;
  return (
    '<table><thead><tr>' + head.map((h) => `<th>${e(h)}</th>`).join('') + '</tr></thead><tbody>' +
    rows.map((r) => '<tr>' + r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('') + '</tr>').join('') +
    '</tbody></table>'
  );
}

/** The claim in its sentence, the figure marked; the claim alone when the sentence is not known. */
function sentenceHtml(m: GroupMember): string {
  const parts = inSentence(m);
  if (!parts) return `<mark>${e(m.text)}</mark>`;
  return `${e(parts[0])}<mark>${e(parts[1])}</mark>${e(parts[2])}`;
}

function whenText(m: GroupMember): string {
  return [m.time, ...(m.dates ?? [])].filter((x): x is string => !!x).filter((x, i, all) => all.indexOf(x) === i).map(readableDate).join(', ');
}

/** An http(s) link to an article's own URL (the only links the report has besides its own anchors). */
function link(url: string | undefined, text: string): string {
  if (!url || !/^https?:\/\//i.test(url)) return e(text);
  return `<a href="${e(url)}" rel="noopener noreferrer nofollow">${e(text)}</a>`;
}

function groupHtml(g: QuantityGroup, label: (id: string) => string, name: (id: string) => string, t: Text): string {
  const sources = sourcesText(g);
  return (
    `<article class="group ${g.status}" id="${e(g.id)}" data-status="${g.status}">` +
    `<h3><span class="badge ${g.status}">${e(t.status[g.status])}</span>${e(g.label)}</h3>` +
    `<p class="reason">${e(g.reason)}</p>` +
    (sources ? `<p class="sources"><b>${e(t.sources)}:</b> ${e(sources)}</p>` : '') +
    (g.updated ? `<p class="updated">${e(g.updated === 'rising' ? t.rising : t.falling)}</p>` : '') +
    `<p class="meta">${e(t.claims(g.members.length))} ${e(t.fromArticles(articlesOf(g).length))} · ${e(t.group)} ${e(g.id)}</p>` +
    numberLine(g, name, t) +
    table(t.headClaims, memberRows(g, name), [2, 3]) +
    '</article>'
  );
}

/** "taz, Welt, Zeit" / "taz, Welt, … (+12)": the articles of one table row. */
function namesText(ids: string[], name: (id: string) => string): string {
  const names = ids.map(name);
  return names.length > 6 ? `${names.slice(0, 5).join(', ')}, … (+${names.length - 5})` : names.join(', ');
}

/**
 * One row per claim; claims that repeat word for word with the same source (agency copy in
 * several outlets) share one row naming every article.
 */
function memberRows(g: QuantityGroup, name: (id: string) => string): string[][] {
  const rows = new Map<string, { m: GroupMember; ids: string[] }>();
  for (const m of g.members) {
    const key = JSON.stringify([m.text, m.context ?? '', m.source ?? m.speaker ?? '', m.value, m.bound, whenText(m)]);
    const row = rows.get(key);
    if (row) row.ids.push(m.article);
    else rows.set(key, { m, ids: [m.article] });
  }
  return [...rows.values()].map(({ m, ids }) => [e(namesText(ids, name)), sentenceHtml(m), e(figureText(m)), e(intervalText(m.interval)), e(m.source ?? m.speaker ?? ''), e(whenText(m))]);
}

function singlesHtml(groups: QuantityGroup[], name: (id: string) => string, t: Text): string {
  const rows = groups.flatMap((g) => g.members.map((m) => [e(name(m.article)), `<mark>${e(m.text)}</mark>`, e(figureText(m)), e(m.source ?? m.speaker ?? '')]));
  return `<details class="singles"><summary>${e(t.singleSummary(groups.length))}</summary>${table(t.headSingles, rows, [2])}</details>`;
}

function articleRow(a: ArticleInfo, label: (id: string) => string): string[] {
  return [e(label(a.id)), link(a.url, a.title || a.id), e(a.outlet ?? ''), e(a.published ? readableDate(a.published) : '')];
}

function storyHtml(v: StoryView, n: number, label: (id: string) => string, name: (id: string) => string, t: Text): string {
  const out: string[] = [];
  out.push(`<section class="story" id="story-${n}" data-story="${e(v.story.id)}">`);
  out.push(`<h2>${e(t.story)} ${n}: ${e(v.story.label || v.story.id)}</h2>`);
  out.push(`<div class="articles">${table(t.headArticles, v.articles.map((a) => articleRow(a, label)))}</div>`);
  for (const g of v.shared) out.push(groupHtml(g, label, name, t));
  if (!v.shared.length) out.push(`<p class="none">${e(t.noShared)}</p>`);
  if (v.singles.length) out.push(singlesHtml(v.singles, name, t));
  out.push('</section>');
  return out.join('\n');
}

/** "taz:3 Welt:1" — at most 8 articles, then "… (+N)". */
function shortCounts(counts: Record<string, number>, name: (id: string) => string): string {
  const entries = Object.entries(counts);
  if (entries.length <= 8) return countsText(counts, name);
  return `${countsText(Object.fromEntries(entries.slice(0, 8)), name)} … (+${entries.length - 8})`;
}

/** The report as one HTML document. */
export const html: Formatter<CompareResult> = (result, o?: FormatOptions) => {
  const lang = o?.lang === 'de' ? 'de' : 'en';
  const t = TEXT[lang];
  const label = labeller(result);
  const info = infoById(result);
  // In tables and number lines an article is named by its outlet when known (with its short id when two share one).
  const outlets = new Map<string, number>();
  for (const a of info.values()) if (a.outlet) outlets.set(a.outlet, (outlets.get(a.outlet) ?? 0) + 1);
  const name = (id: string) => {
    const outlet = info.get(id)?.outlet;
    return outlet ? (outlets.get(outlet) === 1 ? outlet : `${outlet} (${label(id)})`) : label(id);
  };
  const views = storyViews(result);
  const count = (s: GroupStatus) => result.groups.filter((g) => g.status === s).length;
  const withShared = views.filter((v) => v.shared.length);
  const quiet = views.length - withShared.length;
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push(`<html lang="${lang}"><head><meta charset="utf-8">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${SCRIPT_HASH}'">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<meta name="referrer" content="no-referrer">');
  out.push(`<title>claims compare — ${result.articles.length} ${e(t.articles)}, ${count('conflict')} ${e(t.conflicts)}</title>`);
  out.push(`<style>${CSS}</style><script>${SCRIPT}</script></head><body>`);
  out.push(`<header class="top"><h1>${e(t.title)}</h1>`);
  out.push('<ul class="counts">');
  const chip = (n: number, what: string) => `<li><b>${n}</b>${e(what)}</li>`;
  out.push(chip(count('conflict'), t.conflicts) + chip(count('compatible'), t.compatible) + chip(count('agree'), t.agree) + chip(result.stances.length, t.stances));
  out.push(chip(views.length, t.stories) + chip(result.articles.length, t.articles) + chip(count('single'), t.singles) + (result.errors.length ? chip(result.errors.length, t.errors) : ''));
  out.push('</ul></header><main>');
  // The filter (shown only when the script runs) and the table of contents, conflicts first.
  out.push(`<form class="filters" id="filters" aria-label="${e(t.filter)}"><b>${e(t.filter)}:</b>`);
  for (const s of ['conflict', 'compatible', 'agree', 'single'] as GroupStatus[]) out.push(`<label><input type="checkbox" value="${s}" checked> ${e(t.status[s])} (${count(s)})</label>`);
  out.push(`<select aria-label="${e(t.story)}"><option value="">${e(t.allStories)}</option>`);
  views.forEach((v, i) => out.push(`<option value="story-${i + 1}">${i + 1}. ${e((v.story.label || v.story.id).slice(0, 60))}</option>`));
  out.push('</select></form>');
  out.push(`<nav class="toc"><b>${e(t.contents)}</b><ol>`);
  withShared.forEach((v) => {
    const n = views.indexOf(v) + 1;
    const parts = [v.conflicts ? t.nConflicts(v.conflicts) : '', t.nGroups(v.shared.length), `${v.articles.length} ${t.articles}`].filter(Boolean);
    out.push(`<li><a href="#story-${n}">${e(v.story.label || v.story.id)}</a> <span class="meta">${e(parts.join(' · '))}</span></li>`);
  });
  if (quiet) out.push(`<li class="meta">${e(t.quiet(quiet))}</li>`);
  if (result.stances.length) out.push(`<li><a href="#stances">${e(t.stanceTitle)}</a> <span class="meta">${result.stances.length}</span></li>`);
  out.push(`<li><a href="#entities">${e(t.entityTitle)}</a></li><li><a href="#speakers">${e(t.speakerTitle)}</a></li>`);
  if (result.errors.length) out.push(`<li><a href="#errors">${e(t.errorTitle)}</a></li>`);
  out.push('</ol></nav>');
  if (!result.groups.length) out.push(`<p class="none">${e(t.none)}</p>`);
  views.forEach((v, i) => out.push(storyHtml(v, i + 1, label, name, t)));
  out.push(`<section id="stances"><h2>${e(t.stanceTitle)}</h2>`);
  if (!result.stances.length) out.push(`<p class="none">${e(t.none)}</p>`);
  for (const s of result.stances) {
    out.push(`<div class="stance"><h3>${e(s.subject)}${s.topic ? ` <span class="meta">${e(t.about)} ${e(s.topic)}</span>` : ''}</h3>`);
    out.push(
      table(
        t.headStance,
        s.claims.map((c) => [e(name(c.article)), `<span class="${c.polarity}">${e(c.polarity === 'deny' ? t.denies : t.confirms)}</span>`, e(c.speaker), e(c.cue), e(c.content)]),
      ),
    );
    out.push('</div>');
  }
  // Entities and speakers of more than one article (one-article names are in the JSON output).
  const shared = <T,>(rows: T[], n: (r: T) => number): [T[], number] => {
    const many = rows.filter((r) => n(r) > 1 || result.articles.length === 1);
    return [many.slice(0, MAX_ROWS), Math.max(0, many.length - MAX_ROWS)];
  };
  const [entities, moreEntities] = shared(result.entities, (x) => Object.keys(x.counts).length);
  out.push(`</section><section id="entities"><h2>${e(t.entityTitle)}</h2>`);
  out.push(table(t.headEntity, entities.map((x) => [e(x.name), e(x.type), e(shortCounts(x.counts, name)), e(x.variants.slice(0, 12).join(', '))]), [], t.none));
  if (moreEntities) out.push(`<p class="meta">${e(t.more(moreEntities))}</p>`);
  const [speakers, moreSpeakers] = shared(result.speakers, (x) => Object.keys(x.articles).length);
  out.push(`</section><section id="speakers"><h2>${e(t.speakerTitle)}</h2>`);
  out.push(table(t.headSpeaker, speakers.map((s) => [e(s.name), e(shortCounts(s.articles, name)), e(s.cues.slice(0, 12).join(', '))]), [], t.none));
  if (moreSpeakers) out.push(`<p class="meta">${e(t.more(moreSpeakers))}</p>`);
  out.push('</section>');
  if (result.errors.length) {
    out.push(`<section id="errors"><h2>${e(t.errorTitle)}</h2><ul class="errors">`);
    for (const x of result.errors) out.push(`<li>${e(x.message.startsWith(`${x.path}:`) ? x.message : `${x.path}: ${x.message}`)}</li>`);
    out.push('</ul></section>');
  }
  out.push('</main></body></html>');
  return out.join('\n') + '\n';
};
