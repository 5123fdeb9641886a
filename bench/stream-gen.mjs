#!/usr/bin/env node
/**
 * Writes a JSONL stream of about MiB mebibytes to stdout: the records of bench/lib/stream-records.mjs
 * (fixture articles with varied numbers; with --vocab two sentences of invented words each, so the
 * vocabulary keeps growing with the stream). Respects back-pressure, so memory stays flat on both
 * sides of the pipe.
 * usage: node bench/stream-gen.mjs <MiB> [--vocab]
 */
import { streamRecords } from './lib/stream-records.mjs';

const limit = Number(process.argv[2] ?? 100) * 1024 * 1024;
const records = streamRecords({ vocab: process.argv.includes('--vocab') });
let bytes = 0;
process.stdout.on('error', () => process.exit(0));
(function write() {
  while (bytes < limit) {
    const line = records.next().value;
    bytes += Buffer.byteLength(line);
    if (!process.stdout.write(line)) return void process.stdout.once('drain', write);
  }
})();
