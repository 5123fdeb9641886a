/**
 * File output for `-o FILE`, written whole or not at all.
 *
 * A regular file (or a new one) is written to a temporary file in the same folder (same file
 * system, so the rename is atomic); every write is checked (a short write on a full disk or over
 * `ulimit -f` is an error, not a truncated file), the data is flushed to disk, and only then is
 * the temporary file renamed over the target. Readers see the old file or the complete new one;
 * on any error the temporary file is removed and the target is left untouched. A target that is
 * not a regular file (a device such as /dev/null, a named pipe) is written into directly: it is
 * never replaced by a regular file.
 *
 * Temporary files that are still open are listed in `pendingTempFiles` so the CLI can remove
 * them when the process is interrupted (SIGINT, SIGTERM, SIGHUP): see `removePendingTempFiles`
 * and src/cli/main.ts. Nothing here touches `process`.
 */
import { closeSync, fchmodSync, fstatSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { randomHex } from './crypto.js';

export class WriteError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large (file-size limit reached)',
  EROFS: 'read-only file system',
  ENOTDIR: 'a path component is not a folder',
  EIO: 'input/output error',
  EPIPE: 'the reading end was closed',
  ENXIO: 'no reader on the named pipe',
};

function errCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** A short reason for a write error (`no space left on device`, ...). */
export function writeReason(err: unknown): { code?: string; text: string } {
  if (err instanceof WriteError) return { code: err.code, text: err.message };
  const code = errCode(err);
  return { code, text: (code && REASONS[code]) ?? (err instanceof Error ? err.message : String(err)) };
}

/** Writes all of `data` to `fd`, looping over short writes; a write that makes no progress is ENOSPC. */
export function writeAllSync(fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) {
    const n = writeSync(fd, buf, off, buf.length - off);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    off += n;
  }
}

const pending = new Set<string>();

/** Temporary files of outputs still being written (absolute paths). */
export function pendingTempFiles(): string[] {
  return [...pending];
}

/** Removes every temporary file still being written (for an interrupted process; synchronous). */
export function removePendingTempFiles(): void {
  for (const tmp of pending) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing more can be done */
    }
  }
  pending.clear();
}

/** An output being written. */
export interface OutputFile {
  /** Appends `chunk` (a string is UTF-8); throws a `WriteError` naming the file and the reason. */
  write(chunk: string | Uint8Array): void;
  /** Finishes: flush to disk and rename over the target (regular files). */
  close(): void;
  /** Gives up: the temporary file is removed, the target stays untouched. Never throws. */
  abort(): void;
}

/**
 * Opens `file` (resolved against `cwd`) for writing whole or not at all; `name` is the name
 * used in messages (default: `file`). Throws a `WriteError` when it cannot be opened.
 */
export function openOutputFile(file: string, opts: { cwd?: string; name?: string } = {}): OutputFile {
  const name = opts.name ?? file;
  const target = path.resolve(opts.cwd ?? '.', file);
  const fail = (err: unknown): WriteError => new WriteError(`cannot write ${name}: ${writeReason(err).text}`, writeReason(err).code);
  let mode = 0o666;
  let existing = false;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new WriteError(`cannot write ${name}: is a directory`, 'EISDIR');
    if (!st.isFile()) return openDirect(target, fail);
    mode = st.mode & 0o7777;
    existing = true;
  } catch (err) {
    if (err instanceof WriteError) throw err;
    // No target yet: created with the default mode (0666 minus umask).
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomHex(6)}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, mode);
  } catch (err) {
    throw fail(err);
  }
  pending.add(tmp);
  let open = true;
  const abort = (): void => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing more can be done */
    }
    pending.delete(tmp);
  };
  return {
    write(chunk) {
      if (!open) throw new WriteError(`cannot write ${name}: output already closed`);
      try {
        writeAllSync(fd, chunk);
      } catch (err) {
        abort();
        throw fail(err);
      }
    },
    close() {
      if (!open) return;
      try {
        // The umask narrowed the temporary file's mode; an existing target's bits are kept.
        if (existing && (fstatSync(fd).mode & 0o7777) !== mode) fchmodSync(fd, mode);
        fsyncSync(fd);
        closeSync(fd);
        open = false;
        renameSync(tmp, target);
        pending.delete(tmp);
      } catch (err) {
        open = true;
        abort();
        throw fail(err);
      }
    },
    abort,
  };
}

/** A device or named pipe: written into, never replaced. */
function openDirect(target: string, fail: (err: unknown) => WriteError): OutputFile {
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (err) {
    throw fail(err);
  }
  let open = true;
  const closeQuietly = (): void => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
  };
  return {
    write(chunk) {
      try {
        writeAllSync(fd, chunk);
      } catch (err) {
        closeQuietly();
        throw fail(err);
      }
    },
    close() {
      if (!open) return;
      open = false;
      try {
        closeSync(fd);
      } catch (err) {
        throw fail(err);
      }
    },
    abort: closeQuietly,
  };
}

/**
 * Writes `data` (a string is written as UTF-8) to `file` whole or not at all. An existing target
 * keeps its permission bits. A symlink at `file` is replaced by a regular file. Throws a
 * `WriteError` whose message names the file and the reason.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const out = openOutputFile(file);
  try {
    out.write(data);
    out.close();
  } catch (err) {
    out.abort();
    throw err;
  }
}
