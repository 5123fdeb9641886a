import fs from 'node:fs';

/**
 * Writes a build output so that a concurrent reader (another test run, a running `claims`) sees
 * the old or the new file, never a half-written or missing one: unchanged content is left alone,
 * changed content goes to a temporary file that is renamed over the old one.
 */
export function writeAtomic(file, data) {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    if (fs.readFileSync(file).equals(bytes)) return;
  } catch {
    /* missing: write it */
  }
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}
