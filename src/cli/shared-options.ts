import type { Command } from 'commander';
import { addInputOptions } from '../io/options.js';
import { collectList } from './extraction.js';

/**
 * Options of every command that extracts (extract, compare, eval): input options (--glob,
 * --encoding, --max-size, --input-format, --text-field, --id-field, --title-field, --strict),
 * rule selection (--disable, --config), parallelism (--jobs) and --quiet.
 */
export function addExtractionOptions(cmd: Command): Command {
  return addInputOptions(cmd)
    .option('--disable <ids>', 'switch rules off by id or glob, e.g. quantity/* (comma-separated, repeatable)', collectList, [])
    .option('--config <file>', 'configuration file (default: ./claims.config.json if present)')
    .option('-j, --jobs <n>', 'worker threads (default: available cores; fewer for small inputs)')
    .option('-q, --quiet', 'no progress display');
}
