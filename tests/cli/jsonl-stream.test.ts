/**
 * `claims extract` reads JSONL files and standard input as a stream of records spread over the
 * workers (issues 13 and 15): a JSONL file over `--max-size` is not refused (the limit is per
 * record), record ids are unique in input order whichever batch a record falls in, stdin records
 * get ids from their content, and the bytes are the same with one job and with two.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/run-cli.js';
import { LONG_RUN_HEAP_GROWTH } from '../../src/cli/io.js';

const SENTENCES = [
  'Die Polizei sagte, 5 Menschen seien verletzt worden.',
  'Der Umsatz stieg im März um 12 Prozent auf 3,4 Milliarden Euro.',
  'Bürgermeister Müller erklärte am Montag, die Brücke werde 2025 fertig.',
  'Rund 40.000 Menschen demonstrierten in Berlin gegen die Pläne.',
];

function records(n: number): string[] {
  // Every 7th record repeats the url of the first: ids must be made unique across batches.
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({ url: i % 7 === 6 ? 'https://z.example/0' : `https://z.example/${i}`, text: `${SENTENCES[i % SENTENCES.length]} Meldung ${i + 1}.` }),
  );
}

describe('JSONL as a stream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-jsonl-stream-'));
  const lines = records(60);
  const big = `{"url":"https://z.example/gross","text":"${'Die Zahl lag bei 7 Prozent. '.repeat(60)}"}`;
  const body = [...lines.slice(0, 20), big, ...lines.slice(20)].join('\n') + '\n';
  writeFileSync(join(dir, 'feed.jsonl'), body);

  it('a file over --max-size is read record by record, with the same bytes from one job and two', () => {
    expect(Buffer.byteLength(body)).toBeGreaterThan(4 * 1024);
    const args = ['extract', 'feed.jsonl', '--id-field', 'url', '--max-size', '1k', '--format', 'jsonl'];
    const one = runBuiltCli([...args, '-j', '1'], { cwd: dir });
    const two = runBuiltCli([...args, '-j', '2'], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const articles = out.filter((o) => o.article).map((o) => o.article.id);
    expect(articles).toHaveLength(60);
    expect(new Set(articles).size).toBe(60);
    // a repeated id gets its line number, as when the file is loaded whole
    expect(articles.slice(0, 7)).toEqual([...lines.slice(0, 6).map((_, i) => `https://z.example/${i}`), 'https://z.example/0#7']);
    expect(out.filter((o) => o.error).map((o) => o.error.message)).toEqual([
      'feed.jsonl:21: line too large (over the --max-size limit of 1 KiB per record), line skipped',
    ]);
  });

  it('standard input: ids from the content of each record, the same bytes from one job and two', () => {
    const stdin = lines.join('\n');
    const args = ['extract', '-', '--input-format', 'jsonl', '--format', 'jsonl'];
    const one = runBuiltCli([...args, '-j', '1'], { stdin });
    const two = runBuiltCli([...args, '-j', '2'], { stdin });
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const ids = one.stdout.trim().split('\n').map((l) => JSON.parse(l).article.id);
    expect(ids).toHaveLength(60);
    expect(ids.every((id) => /^stdin#[0-9a-f]{16}$/.test(id))).toBe(true);
    // a partition of the stream gives its records the same ids
    const part = runBuiltCli([...args, '-j', '1'], { stdin: lines.slice(30).join('\n') });
    expect(part.stdout.trim().split('\n').map((l) => JSON.parse(l).article.id)).toEqual(ids.slice(30));
  });
});

describe('JSONL stream back-pressure', () => {
  it('waits for standard output to drain after each unit: a slow reader does not make records pile up in memory', async () => {
    const { run } = await import('../../src/cli/program.js');
    // records of ≈ 4 KB: the first 64 KB are read at once (to tell the encoding), 16 records
    const all = records(120).map((l) => l.replace('","text":"', `","text":"${'Ein Satz ohne Zahl. '.repeat(200)}`));
    let pulled = 0;
    let written = 0;
    let drains = 0;
    let maxLead = 0;
    const growth: number[] = [];
    const io = {
      limitHeapGrowth: (p: number) => void growth.push(p),
      stdout: (s: string) => void (written += s.split('\n').length - 1),
      stderr: () => {},
      readStdin: async () => all.join('\n'),
      async *stdinChunks() {
        for (const l of all) {
          pulled++;
          yield Buffer.from(l + '\n');
        }
      },
      // A reader slower than the writer: the output is handed on one macrotask later.
      stdoutDrained: () => {
        drains++;
        maxLead = Math.max(maxLead, pulled - written);
        return new Promise<void>((resolve) => setImmediate(resolve));
      },
      env: {},
      cwd: process.cwd(),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      cores: 1,
      exitCode: 0,
    };
    const code = await run(['extract', '-', '--input-format', 'jsonl', '--format', 'jsonl', '-j', '1'], io);
    expect(code).toBe(0);
    expect(written).toBe(120);
    // one wait per unit of records handed on, and never more than the encoding head and the
    // read-ahead window (two units of 16 records) in flight
    expect(drains).toBeGreaterThanOrEqual(120 / 16);
    expect(maxLead).toBeLessThanOrEqual(16 + 3 * 16);
    // a stream passed through asks for a heap kept near its (small) live data
    expect(growth).toEqual([LONG_RUN_HEAP_GROWTH]);
  });

  it('a stream written to -o FILE is passed through too: the same heap limit (files are written synchronously)', async () => {
    const { run } = await import('../../src/cli/program.js');
    const dir = mkdtempSync(join(tmpdir(), 'claims-stream-o-'));
    const growth: number[] = [];
    const all = records(20);
    const io = {
      limitHeapGrowth: (p: number) => void growth.push(p),
      stdout: () => {},
      stderr: () => {},
      readStdin: async () => all.join('\n'),
      async *stdinChunks() {
        for (const l of all) yield Buffer.from(l + '\n');
      },
      env: {},
      cwd: dir,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      cores: 1,
      exitCode: 0,
    };
    try {
      expect(await run(['extract', '-', '--input-format', 'jsonl', '--format', 'jsonl', '-j', '1', '-o', 'out.jsonl'], io)).toBe(0);
      expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(20);
      expect(growth).toEqual([LONG_RUN_HEAP_GROWTH]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
