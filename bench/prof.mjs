// Summarises a .cpuprofile: top self time and top inclusive time per function.
// usage: node bench/prof.mjs <file.cpuprofile|dir> [top=30]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

let [file, top = '30'] = process.argv.slice(2);
if (statSync(file).isDirectory()) file = join(file, readdirSync(file).filter((f) => f.endsWith('.cpuprofile')).sort()[0]);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map();
prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const key = (n) => {
  const cf = n.callFrame;
  const url = cf.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
  return `${cf.functionName || '(anon)'} ${url ? url + ':' + (cf.lineNumber + 1) : ''}`.trim();
};
const self = new Map();
const incl = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  total += us;
  const n = byId.get(id);
  self.set(key(n), (self.get(key(n)) ?? 0) + us);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
const show = (title, m) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
};
show('self', self);
show('inclusive', incl);
