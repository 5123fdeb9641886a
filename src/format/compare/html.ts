/**
 * One self-contained HTML report: inline CSS, inline SVG, no scripts, no external assets (a
 * Content-Security-Policy forbids loading any). Every text from an article is escaped. Each
 * quantity group gets a number line: one row per source, its interval drawn as a bar (filled
 * dot = closed end, hollow dot = open end, arrow = unbounded), on a log scale when the numbers
 * span orders of magnitude, so a conflict is seen before it is read.
 */
import { readableDate } from '../dates.js';
import type { CompareResult, GroupMember, GroupStatus, QuantityGroup } from '../../types.js';
import type { Formatter } from '../types.js';
import { escapeHtml, stripControls } from '../sanitize.js';
import { formatNumber } from '../../compare/text.js';
import { articlesOf, countsText, figureText, intervalText, labeller, statusSummary } from './common.js';

const e = (s: string | number | null | undefined) => escapeHtml(stripControls(String(s ?? '')));

const COLOR: Record<GroupStatus, string> = { conflict: '#c62828', compatible: '#a15c00', agree: '#2e7d32', single: '#6b6b6b' };

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d1d1f;background:#f4f4f2}
header{background:#1d2733;color:#fff;padding:20px 32px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:2px 0;color:#cfd8e3}
main{max-width:1100px;margin:0 auto;padding:16px 24px 48px}
h2{font-size:18px;margin:28px 0 10px;border-bottom:2px solid #d6d6d2;padding-bottom:4px}
.group{background:#fff;border-radius:8px;border-left:6px solid #6b6b6b;padding:12px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.group.conflict{border-left-color:${COLOR.conflict}}.group.compatible{border-left-color:${COLOR.compatible}}.group.agree{border-left-color:${COLOR.agree}}
.group h3{margin:0 0 4px;font-size:16px}
.badge{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;color:#fff;border-radius:4px;padding:2px 7px;margin-right:8px;vertical-align:2px}
.badge.conflict{background:${COLOR.conflict}}.badge.compatible{background:${COLOR.compatible}}.badge.agree{background:${COLOR.agree}}.badge.single{background:${COLOR.single}}
.reason{margin:4px 0 8px}
.meta{color:#666;font-size:13px}
svg.line{display:block;max-width:100%;height:auto;margin:6px 0}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e4e4e0;vertical-align:top}
th{color:#555;font-weight:600;background:#fafaf8}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
.stance{background:#fff;border-radius:8px;border-left:6px solid ${COLOR.conflict};padding:10px 16px;margin:10px 0}
.deny{color:${COLOR.conflict};font-weight:600}.confirm{color:${COLOR.agree};font-weight:600}
.errors li{color:${COLOR.conflict}}
.none{color:#777;font-style:italic}
`;

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
export function numberLine(g: QuantityGroup, label: (id: string) => string): string {
  const s = scaleFor(g.members);
  const color = COLOR[g.status];
  const h = TOP + g.members.length * ROW + 30;
  const parts: string[] = [];
  parts.push(
    `<svg class="line" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${h}" viewBox="0 0 ${WIDTH} ${h}" role="img" aria-label="${e(`number line of ${g.members.length} claims${s.log ? ' (log scale)' : ''}`)}">`,
  );
  const axisY = TOP + g.members.length * ROW + 4;
  for (const t of s.ticks) {
    const x = s.x(t);
    parts.push(`<line x1="${f1(x)}" y1="${TOP}" x2="${f1(x)}" y2="${axisY}" stroke="#ececec"/>`);
    parts.push(`<line x1="${f1(x)}" y1="${axisY}" x2="${f1(x)}" y2="${axisY + 5}" stroke="#888"/>`);
    parts.push(`<text x="${f1(x)}" y="${axisY + 17}" font-size="10" text-anchor="middle" fill="#555">${e(formatNumber(t))}</text>`);
  }
  parts.push(`<line x1="${X0}" y1="${axisY}" x2="${X1}" y2="${axisY}" stroke="#888"/>`);
  if (s.log) parts.push(`<text x="${X1}" y="${axisY + 28}" font-size="9" text-anchor="end" fill="#888">log scale</text>`);
  g.members.forEach((m, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const iv = m.interval;
    const xa = iv.min === null ? X0 - 6 : s.x(iv.min);
    const xb = iv.max === null ? X1 + 6 : s.x(iv.max);
    parts.push(`<g><title>${e(`${label(m.article)}: ${m.text} — ${intervalText(iv)}`)}</title>`);
    parts.push(`<text x="4" y="${f1(y + 4)}" font-size="11" fill="#333">${e(label(m.article).slice(0, 14))}</text>`);
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

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  if (!rows.length) return '<p class="none">none</p>';
  return (
    '<table><thead><tr>' + head.map((h) => `<th>${e(h)}</th>`).join('') + '</tr></thead><tbody>' +
    rows.map((r) => '<tr>' + r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('') + '</tr>').join('') +
    '</tbody></table>'
  );
}

function groupHtml(g: QuantityGroup, label: (id: string) => string): string {
  return (
    `<article class="group ${g.status}" id="${e(g.id)}">` +
    `<h3><span class="badge ${g.status}">${g.status}</span>${e(g.label)}</h3>` +
    `<p class="reason">${e(g.reason)}</p>` +
    `<p class="meta">${plural(g.members.length, 'claim')} from ${plural(articlesOf(g).length, 'article')} · group ${e(g.id)}</p>` +
    numberLine(g, label) +
    table(
      ['article', 'claim', 'figure', 'interval', 'speaker', 'dates'],
      g.members.map((m) => [e(label(m.article)), e(m.text), e(figureText(m)), e(intervalText(m.interval)), e(m.speaker ?? ''), e((m.dates ?? []).map(readableDate).join(', '))]),
      [2, 3],
    ) +
    '</article>'
  );
}

/** The report as one HTML document. */
export const html: Formatter<CompareResult> = (result) => {
  const label = labeller(result);
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push('<html lang="en"><head><meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>claims compare — ${result.articles.length} articles</title>`);
  out.push(`<style>${CSS}</style></head><body>`);
  out.push('<header><h1>Where the sources agree and where they conflict</h1>');
  out.push(`<p>${result.articles.length} articles: ${result.articles.map((a) => e(label(a) === a ? a : `${label(a)} (${a})`)).join(', ')}</p>`);
  out.push(`<p>${e(statusSummary(result))} · ${result.stances.length} stance conflicts</p></header><main>`);
  out.push('<section id="groups"><h2>Figures across articles</h2>');
  if (!result.groups.length) out.push('<p class="none">no quantity groups</p>');
  for (const g of result.groups) out.push(groupHtml(g, label));
  out.push('</section><section id="stances"><h2>Stance conflicts</h2>');
  if (!result.stances.length) out.push('<p class="none">none found</p>');
  for (const s of result.stances) {
    out.push(`<div class="stance"><h3>${e(s.subject)}${s.topic ? ` <span class="meta">about ${e(s.topic)}</span>` : ''}</h3>`);
    out.push(
      table(
        ['article', 'stance', 'speaker', 'cue', 'content'],
        s.claims.map((c) => [e(label(c.article)), `<span class="${c.polarity}">${c.polarity === 'deny' ? 'denies' : 'confirms'}</span>`, e(c.speaker), e(c.cue), e(c.content)]),
      ),
    );
    out.push('</div>');
  }
  out.push('</section><section id="entities"><h2>Entities across articles</h2>');
  out.push(table(['entity', 'type', 'mentions per article', 'variants'], result.entities.map((x) => [e(x.name), e(x.type), e(countsText(x.counts, label)), e(x.variants.join(', '))])));
  out.push('</section><section id="speakers"><h2>Speakers across articles</h2>');
  out.push(table(['speaker', 'statements per article', 'cues'], result.speakers.map((s) => [e(s.name), e(countsText(s.articles, label)), e(s.cues.join(', '))])));
  out.push('</section>');
  if (result.errors.length) {
    out.push('<section id="errors"><h2>Errors</h2><ul class="errors">');
    for (const x of result.errors) out.push(`<li>${e(x.path)}: ${e(x.message)}</li>`);
    out.push('</ul></section>');
  }
  out.push('</main></body></html>');
  return out.join('\n') + '\n';
};
