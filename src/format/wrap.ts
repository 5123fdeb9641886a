/** Terminal text: word wrapping to the table width (no output line is wider than the terminal). */
import { stripControls } from './sanitize.js';

function clean(s: string): string {
  return stripControls(s).replace(/\s+/g, ' ').trim();
}

/**
 * Word-wraps plain text to `width` columns; lines after the first start with `indent` (the first
 * with `first`, default `indent`). Words longer than a line are cut.
 */
export function wrap(text: string, width: number, indent = '', first = indent): string {
  const words = clean(text).split(' ').filter((w) => w.length > 0);
  const max = Math.max(10, width);
  const lines: string[] = [];
  let prefix = first;
  let cur = '';
  const room = () => max - prefix.length;
  const flush = () => {
    lines.push(prefix + cur);
    prefix = indent;
    cur = '';
  };
  for (let w of words) {
    while (w.length > room()) {
      if (cur) flush();
      const cut = Math.max(1, room());
      lines.push(prefix + w.slice(0, cut));
      prefix = indent;
      w = w.slice(cut);
    }
    if (!w) continue;
    if (cur && cur.length + 1 + w.length > room()) flush();
    cur = cur ? cur + ' ' + w : w;
  }
  if (cur || lines.length === 0) lines.push(prefix + cur);
  return lines.join('\n');
}
