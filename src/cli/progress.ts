import type { CliIO } from './io.js';

/**
 * A progress line on stderr (files done / total, rate, ETA) — only when stderr is a TTY, not
 * under --quiet, and only once the run has lasted longer than a moment. Never touches stdout.
 */
export function progressReporter(io: CliIO, opts: { quiet?: boolean }, now: () => number = Date.now) {
  const enabled = io.stderrIsTTY && !opts.quiet;
  const started = now();
  let shown = false;
  let last = 0;
  return {
    update(done: number, total: number): void {
      if (!enabled) return;
      const t = now();
      if (t - started < 800 || (t - last < 100 && done < total)) return;
      last = t;
      shown = true;
      const secs = (t - started) / 1000;
      const rate = done / Math.max(secs, 1e-3);
      const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
      const width = 24;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      io.stderr(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files · ${rate.toFixed(1)}/s · ETA ${eta.toFixed(0)}s`);
    },
    done(): void {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
