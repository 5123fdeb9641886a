import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { emit, formatOptions } from '../output.js';

export function register(program: Command, io: CliIO): void {
  program
    .command('rules')
    .description('list every rule id with its one-line description')
    .option('-f, --format <name>', 'table|json', 'table')
    .option('--json', 'short for --format json')
    .action(async (flags: { format: string; json?: boolean }) => {
      const { ruleMetas } = await import('../../rules/registry.js');
      const metas = ruleMetas();
      if (flags.json || flags.format === 'json') {
        emit(io, JSON.stringify(metas, null, 2) + '\n');
        return;
      }
      const { Chalk } = await import('chalk');
      const c = new Chalk({ level: formatOptions(io, {}).color ? 1 : 0 });
      const w = Math.max(...metas.map((m) => m.id.length), 10);
      emit(io, metas.map((m) => `${c.bold(m.id.padEnd(w))}  ${m.description}`).join('\n') + '\n');
    });
}
