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
      const [{ Chalk }, { wrap }] = await Promise.all([import('chalk'), import('../../format/wrap.js')]);
      const { color, width } = formatOptions(io, {});
      const c = new Chalk({ level: color ? 1 : 0 });
      const w = Math.max(...metas.map((m) => m.id.length), 10);
      // Descriptions beside the ids when there is room, else each under its id.
      const beside = width - w - 2 >= 40;
      emit(
        io,
        metas
          .map((m) => (beside ? c.bold(m.id.padEnd(w)) + wrap(m.description, width, ' '.repeat(w + 2)).slice(w) : c.bold(m.id) + '\n' + wrap(m.description, width, '    ')))
          .join('\n') + '\n',
      );
    });
}
