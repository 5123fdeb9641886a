#!/usr/bin/env node
/**
 * Compares two V8 heap snapshots (bench/heap-growth.mjs --snap) by what grew: self size and count
 * per node type and name (constructor for objects), largest growth first; and the largest Maps
 * and Sets of the second snapshot with their entry tables (a bounded cache shows as a Map whose
 * table stops growing). Reads whole snapshots: needs ≈ 5× their size in memory.
 *
 *   node --max-old-space-size=8000 bench/heap-diff.mjs A.heapsnapshot B.heapsnapshot [--top 40]
 */
import { readFileSync } from 'node:fs';
import { args, helpFrom, opt } from './lib/args.mjs';

helpFrom(import.meta.url);

const [fileA, fileB] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const top = Number(opt('top', '40'));

function read(file) {
  const s = JSON.parse(readFileSync(file, 'utf8'));
  const f = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const ef = s.snapshot.meta.edge_fields;
  const etypes = s.snapshot.meta.edge_types[0];
  return { s, nf: f.length, iType: f.indexOf('type'), iName: f.indexOf('name'), iSize: f.indexOf('self_size'), iEdges: f.indexOf('edge_count'), types, ef: ef.length, etypes };
}

function byName({ s, nf, iType, iName, iSize, types }) {
  const out = new Map();
  const n = s.nodes;
  for (let i = 0; i < n.length; i += nf) {
    const t = types[n[i + iType]];
    const name = t === 'string' || t === 'concatenated string' || t === 'sliced string' || t === 'number' ? `(${t})` : `${t}:${s.strings[n[i + iName]]}`.slice(0, 80);
    const e = out.get(name) ?? { size: 0, count: 0 };
    e.size += n[i + iSize];
    e.count++;
    out.set(name, e);
  }
  return out;
}

/** Maps and Sets by the self size of their table (the hash table a JS Map/Set points to). */
function collections(h) {
  const { s, nf, iType, iName, iSize, iEdges, types, ef } = h;
  const n = s.nodes;
  const e = s.edges;
  const eType = s.snapshot.meta.edge_fields.indexOf('type');
  const eName = s.snapshot.meta.edge_fields.indexOf('name_or_index');
  const eTo = s.snapshot.meta.edge_fields.indexOf('to_node');
  const rows = [];
  let edge = 0;
  for (let i = 0; i < n.length; i += nf) {
    const name = s.strings[n[i + iName]];
    const count = n[i + iEdges];
    if (types[n[i + iType]] === 'object' && (name === 'Map' || name === 'Set')) {
      for (let k = edge; k < edge + count * ef; k += ef) {
        const en = h.etypes[e[k + eType]] === 'element' || h.etypes[e[k + eType]] === 'hidden' ? '' : s.strings[e[k + eName]];
        if (en === 'table') {
          const to = e[k + eTo];
          rows.push({ kind: name, tableBytes: n[to + iSize], id: n[i + s.snapshot.meta.node_fields.indexOf('id')] });
        }
      }
    }
    edge += count * ef;
  }
  return rows.sort((a, b) => b.tableBytes - a.tableBytes);
}

const a = byName(read(fileA));
const hb = read(fileB);
const b = byName(hb);
const rows = [...b].map(([name, v]) => ({ name, grewKB: Math.round((v.size - (a.get(name)?.size ?? 0)) / 1024), count: v.count - (a.get(name)?.count ?? 0), totalKB: Math.round(v.size / 1024) }));
rows.sort((x, y) => y.grewKB - x.grewKB);
const total = (m) => [...m.values()].reduce((t, v) => t + v.size, 0);
console.log(`total self size: ${(total(a) / 2 ** 20).toFixed(1)} → ${(total(b) / 2 ** 20).toFixed(1)} MiB`);
for (const r of rows.slice(0, top)) console.log(`${String(r.grewKB).padStart(8)} KB  ${String(r.count).padStart(8)}  (${r.totalKB} KB now)  ${r.name}`);
console.log('largest Map/Set tables in the second snapshot:');
for (const r of collections(hb).slice(0, 20)) console.log(`${String(Math.round(r.tableBytes / 1024)).padStart(8)} KB  ${r.kind} @${r.id}`);
