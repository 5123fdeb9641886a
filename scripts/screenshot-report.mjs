#!/usr/bin/env node
// Renders a `claims compare --format html` report to PNG in headless Chromium (Debian package
// `chromium`), to check that the report reads well without a server or network.
//
// usage: node scripts/screenshot-report.mjs [report.html | article paths...] [-o out.png] [--width 1200] [--height 1600]
// With no .html file given, it runs `node bin/claims.js compare <paths> --format html` first
// (default paths: fixtures/articles).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
let out = 'report.png';
let width = 1200;
let height = 1600;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '-o') out = args[++i];
  else if (args[i] === '--width') width = Number(args[++i]);
  else if (args[i] === '--height') height = Number(args[++i]);
  else inputs.push(args[i]);
}

const root = resolve(new URL('..', import.meta.url).pathname);
const tmp = mkdtempSync(join(tmpdir(), 'claims-shot-'));
try {
  let html = inputs.find((p) => p.endsWith('.html'));
  if (!html) {
    const paths = inputs.length ? inputs : [join(root, 'fixtures', 'articles')];
    const r = spawnSync(process.execPath, [join(root, 'bin', 'claims.js'), 'compare', ...paths, '--format', 'html'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(r.stderr);
      process.exit(2);
    }
    html = join(tmp, 'report.html');
    writeFileSync(html, r.stdout);
  }
  const browser = ['chromium', 'chromium-browser', 'google-chrome'].find((b) => spawnSync('which', [b]).status === 0);
  if (!browser) {
    process.stderr.write('screenshot-report: no chromium found (Debian: apt-get install -y chromium)\n');
    process.exit(2);
  }
  const png = resolve(out);
  const r = spawnSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${join(tmp, 'profile')}`,
      `--screenshot=${png}`,
      `--window-size=${width},${height}`,
      pathToFileURL(resolve(html)).href,
    ],
    { encoding: 'utf8', timeout: 120000 },
  );
  if (!existsSync(png) || statSync(png).size === 0) {
    process.stderr.write(r.stderr || 'screenshot-report: chromium wrote no screenshot\n');
    process.exit(2);
  }
  process.stdout.write(`${png}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
