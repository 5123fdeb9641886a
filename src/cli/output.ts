import { writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, basename, join, resolve } from 'node:path';
import type { CliIO } from './io.js';
import type { FormatOptions } from '../format/types.js';

/** Colour when stdout is a TTY, NO_COLOR is unset, and no file output (or --no-color) asks otherwise. */
export function formatOptions(io: CliIO, opts: { color?: boolean; output?: string }): FormatOptions {
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const color = opts.color !== false && !opts.output && !noColorEnv && (io.stdoutIsTTY || forced);
  const cols = Number(io.env.COLUMNS);
  return { color, width: Number.isFinite(cols) && cols >= 40 ? Math.min(cols, 200) : 100 };
}

/** Writes `data` to `-o FILE` atomically (temp file + rename), or to stdout. */
export function emit(io: CliIO, data: string, output?: string): void {
  if (!output || output === '-') {
    io.stdout(data);
    return;
  }
  const target = resolve(io.cwd, output);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}
