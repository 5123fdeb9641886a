/**
 * Atomic file output for `-o FILE`: the data goes to a temporary file in the same folder
 * (same file system, so the rename is atomic), is flushed to disk, and is then renamed over the
 * target. Readers see the old file or the complete new one, never a half-written file; on any
 * error the temporary file is removed and the target is left untouched.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export class WriteError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

function reason(err: unknown): { code?: string; text: string } {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
  const texts: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    ENOTDIR: 'a path component is not a folder',
  };
  return { code, text: (code && texts[code]) ?? (err instanceof Error ? err.message : String(err)) };
}

/**
 * Writes `data` (a string is written as UTF-8) to `file` atomically. An existing target keeps
 * its permission bits. A symlink at `file` is replaced by a regular file. Throws a `WriteError`
 * whose message names the file and the reason.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    const st = await fs.stat(target);
    if (st.isDirectory()) throw new WriteError(`cannot write ${file}: is a directory`, 'EISDIR');
    mode = st.mode & 0o7777;
  } catch (err) {
    if (err instanceof WriteError) throw err;
    // No target yet: created with the default mode (0666 minus umask).
  }
  let created = false;
  try {
    const handle = await fs.open(tmp, 'wx', mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
    created = false;
  } catch (err) {
    if (created) await fs.rm(tmp, { force: true }).catch(() => undefined);
    const r = reason(err);
    throw new WriteError(`cannot write ${file}: ${r.text}`, r.code);
  }
}
