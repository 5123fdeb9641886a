import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError, type CliIO } from './io.js';
import * as extract from './commands/extract.js';
import * as compareCommand from './commands/compare.js';
import * as rules from './commands/rules.js';
import * as evalCommand from './commands/eval.js';
import * as diff from './commands/diff.js';
import * as numbers from './commands/numbers.js';

interface CommandModule {
  register(program: Command, io: CliIO): void;
}

/** Commands in the order `claims --help` lists them. */
const COMMANDS: CommandModule[] = [extract, compareCommand, rules, evalCommand, diff, numbers];

function version(): string {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
}

export function buildProgram(io: CliIO): Command {
  const program = new Command();
  program
    .name('claims')
    .description('What German news articles claim — quantities, dates, entities, statements — and where sources agree or conflict.')
    .version(version())
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();
  for (const c of COMMANDS) c.register(program, io);
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  return program;
}

/** Runs the CLI and returns the exit code: 0 success, 1 a check failed, 2 usage or input error. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return io.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof CliError) {
      io.stderr(`claims: error: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr(`claims: error: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 2;
  }
}
