/**
 * `compare --merge`: read any number of `--partial` files (in any order) and run the reduce
 * (`reduce.ts`) over them, byte for byte as one `compare` over all their articles.
 *
 * Pass 1 reads the small lines of every file — headers, errors, each article's profile — and
 * only notes where each article's skeleton ("g") and own line ("a") are (file, byte offset,
 * length). Skeletons are read back for the entity, speaker and stance tables and story labels.
 * Keys are numbered as they come (`KeyTable`), duplicate ids are resolved over all shards, and
 * document frequencies are counted over the articles kept. The groups are then computed story by
 * story, each story's articles read back from their offsets: memory holds the profiles, skeletons
 * and one story's articles, never all articles at once.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ArticleInfo, ArticleResult, InputError } from '../types.js';
import { PARTIAL_HEADER, skeletonArticle, type SkeletonRecord } from './partial.js';
import { reduceCompare, type CompareStream } from './reduce.js';
import { KeyTable } from './stories.js';
import { cmp } from './text.js';
import type { CompareOptions } from './index.js';

/** A file that is not a `compare --partial` file (or a damaged one). */
export class PartialFileError extends Error {}

interface Entry {
  info: ArticleInfo;
  file: number;
  /** Byte offset and length of the article's "a" line. */
  at: number;
  len: number;
  /** Byte offset and length of its "g" (skeleton) line. */
  gAt: number;
  gLen: number;
  keys: Int32Array;
  day: number | null;
  year: number | null;
}

const CHUNK = 1 << 20;
const A_LINE = Buffer.from('{"a":');
const G_LINE = Buffer.from('{"g":');

/** Calls `line` for each line of a file with its bytes (valid until the next call) and byte offset. */
function eachLine(fd: number, line: (buf: Buffer, start: number, end: number, offset: number) => void): void {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let carry: Buffer[] = [];
  let carryStart = 0;
  let pos = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, CHUNK, pos);
    if (n === 0) break;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      if (nl < 0 || nl >= n) break;
      if (carry.length) {
        const whole = Buffer.concat([...carry, chunk.subarray(from, nl)]);
        line(whole, 0, whole.length, carryStart);
        carry = [];
      } else line(chunk, from, nl, pos + from);
      from = nl + 1;
    }
    if (from < n) {
      if (!carry.length) carryStart = pos + from;
      carry.push(Buffer.from(chunk.subarray(from, n)));
    }
    pos += n;
  }
  if (carry.length) {
    const whole = Buffer.concat(carry);
    line(whole, 0, whole.length, carryStart);
  }
}

function startsWith(buf: Buffer, start: number, end: number, prefix: Buffer): boolean {
  return end - start >= prefix.length && buf.compare(prefix, 0, prefix.length, start, start + prefix.length) === 0;
}

/** The reduce input of partial files; `close()` when the stream has been consumed. */
export function readPartials(paths: readonly string[], resolvePath: (p: string) => string = (p) => p): { stream(options: CompareOptions): CompareStream; close(): void } {
  const fds: number[] = [];
  const entries: Entry[] = [];
  const errors: InputError[] = [];
  const table = new KeyTable();
  try {
    paths.forEach((path, file) => {
      const fd = openSync(resolvePath(path), 'r');
      fds.push(fd);
      let lineNo = 0;
      let last: Entry | null = null;
      eachLine(fd, (buf, start, end, offset) => {
        lineNo++;
        if (start === end) return;
        if (lineNo === 1) {
          if (buf.toString('utf8', start, end).replace(/^\uFEFF/, '').trimEnd() !== PARTIAL_HEADER) throw new PartialFileError(`${path}: not a \`claims compare --partial\` file (its first line is not ${PARTIAL_HEADER})`);
          return;
        }
        if (startsWith(buf, start, end, G_LINE)) {
          if (!last || last.gLen >= 0) throw new PartialFileError(`${path}:${lineNo}: a skeleton line without its profile line`);
          last.gAt = offset;
          last.gLen = end - start;
          return;
        }
        if (startsWith(buf, start, end, A_LINE)) {
          if (!last || last.gLen < 0 || last.len >= 0) throw new PartialFileError(`${path}:${lineNo}: an article line without its profile and skeleton lines`);
          last.at = offset;
          last.len = end - start;
          return;
        }
        let rec: { p?: { info: ArticleInfo; keys: string[]; day: number | null; year: number | null }; e?: InputError };
        try {
          rec = JSON.parse(buf.toString('utf8', start, end));
        } catch (e) {
          throw new PartialFileError(`${path}:${lineNo}: invalid JSON line: ${(e as Error).message}`);
        }
        if (rec.e) errors.push({ path: rec.e.path, message: rec.e.message });
        else if (rec.p) {
          if (last && last.len < 0) throw new PartialFileError(`${path}:${lineNo}: a profile line without its article line`);
          const p = rec.p;
          last = { info: p.info, file, at: -1, len: -1, gAt: -1, gLen: -1, keys: table.add(p.keys), day: p.day, year: p.year };
          entries.push(last);
        } else throw new PartialFileError(`${path}:${lineNo}: not a partial record`);
      });
      if (last && (last as Entry).len < 0) throw new PartialFileError(`${path}: ends after a profile line`);
    });
  } catch (e) {
    for (const fd of fds) closeSync(fd);
    throw e;
  }

  /** The JSON value of a line `{"x":…}` at a byte offset. */
  const readLine = (file: number, at: number, len: number): unknown => {
    const buf = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const n = readSync(fds[file], buf, got, len - got, at + got);
      if (n === 0) throw new PartialFileError(`${paths[file]}: changed while it was read`);
      got += n;
    }
    return JSON.parse(buf.toString('utf8', A_LINE.length, len - 1));
  };
  const readArticle = (e: Entry) => readLine(e.file, e.at, e.len) as ArticleResult;
  const readSkeleton = (e: Entry) => skeletonArticle(readLine(e.file, e.gAt, e.gLen) as SkeletonRecord, e.info.path);
  const articleText = (e: Entry) => JSON.stringify(readArticle(e));

  // Duplicate ids, as `mergeArticles` resolves them: by id, path, the article's JSON, then input order.
  const order = entries.map((_, i) => i);
  order.sort((x, y) => {
    const a = entries[x];
    const b = entries[y];
    return cmp(a.info.id, b.info.id) || cmp(a.info.path, b.info.path) || cmp(articleText(a), articleText(b)) || x - y;
  });
  const kept: Entry[] = [];
  for (const i of order) {
    const e = entries[i];
    const prev = kept[kept.length - 1];
    if (prev && prev.info.id === e.info.id) {
      errors.push({ path: e.info.path, message: `duplicate article id "${e.info.id}" (also in ${prev.info.path}); kept the first` });
      continue;
    }
    kept.push(e);
  }
  entries.length = 0;
  const ranked = table.rank(
    kept.map((e) => e.keys),
    kept.map((e) => e.day),
    kept.map((e) => e.year),
  );
  for (const e of kept) e.keys = new Int32Array(0);
  return {
    stream: (options) =>
      reduceCompare(
        {
          ids: kept.map((e) => e.info.id),
          info: kept.map((e) => e.info),
          ranked,
          skeletons: {
            at: (i) => readSkeleton(kept[i]),
            all: function* () {
              for (const e of kept) yield readSkeleton(e);
            },
          },
          load: (indices) => indices.map((i) => readArticle(kept[i])),
          errors,
        },
        options,
      ),
    close: () => {
      for (const fd of fds.splice(0)) closeSync(fd);
    },
  };
}
