// Runs the claims CLI in this process and, at exit, writes the peak resident set size (KiB,
// threads included) and the CPU time (ms, user + system, all threads) as JSON to the file named
// by BENCH_RSS_FILE. usage: node bench/rss.mjs <cli args...>
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/claims.js', import.meta.url));
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
await import(cli);
