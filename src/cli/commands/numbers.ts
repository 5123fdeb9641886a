/**
 * `claims numbers <text...>` / `claims numbers -`: runs the German number parser on each text
 * (each argument, or each line of standard input) and prints what it found.
 */
import type { Command } from 'commander';
import { CliError, type CliIO } from '../io.js';
import { findNumbers, type NumberMatch, type NumberType } from '../../text/numbers/index.js';

const TYPES: readonly NumberType[] = ['number', 'ordinal', 'percent', 'range'];

const FORMATS = ['text', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

export interface NumbersLine {
  input: string;
  numbers: Pick<NumberMatch, 'text' | 'start' | 'end' | 'value' | 'type' | 'range'>[];
}

/** The numbers of one input text (of the given types; all when none given), with the public fields only (stable key order). */
export function numbersLine(input: string, types?: ReadonlySet<NumberType>): NumbersLine {
  return {
    input,
    numbers: findNumbers(input).filter((m) => !types || types.has(m.type)).map((m) => {
      const out: NumbersLine['numbers'][number] = { text: m.text, start: m.start, end: m.end, value: m.value, type: m.type };
      if (m.range) out.range = { ...m.range };
      return out;
    }),
  };
}

function fmtValue(n: number): string {
  return Number.isInteger(n) ? String(n) : String(+n.toPrecision(12));
}

function fmtRange(r: NonNullable<NumberMatch['range']>): string {
  const lo = r.min == null ? '-∞' : fmtValue(r.min);
  const hi = r.max == null ? '∞' : fmtValue(r.max);
  return `${r.min == null ? '(' : r.minInclusive ? '[' : '('}${lo}, ${hi}${r.max == null ? ')' : r.maxInclusive ? ']' : ')'}`;
}

export function formatNumbers(lines: NumbersLine[], format: Format): string {
  if (format === 'jsonl') return lines.map((l) => JSON.stringify(l) + '\n').join('');
  if (format === 'json') return JSON.stringify(lines, null, 2) + '\n';
  const out: string[] = [];
  for (const l of lines) {
    out.push(l.input);
    if (!l.numbers.length) out.push('  (no numbers)');
    for (const n of l.numbers) {
      const where = `${n.start}-${n.end}`.padEnd(9);
      const type = n.type.padEnd(8);
      const value = (n.range ? fmtRange(n.range) : fmtValue(n.value)).padEnd(18);
      out.push(`  ${where} ${type} ${value} ${n.text}`);
    }
  }
  return out.join('\n') + '\n';
}

export function register(program: Command, io: CliIO): void {
  program
    .command('numbers')
    .description('find German numbers, ordinals, percents and ranges in text („mindestens 10.000“, „zwei Drittel“)')
    .argument('[text...]', 'texts to parse; "-" reads standard input, one text a line')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('-t, --types <types>', `only these kinds, comma-separated: ${TYPES.join(', ')} (as one recogniser of Recognizers-Text: its ordinal model finds ordinals only)`)
    .action(async (texts: string[], opts: { format: string; types?: string }) => {
      const format = opts.format as Format;
      if (!FORMATS.includes(format)) throw new CliError(`unknown format "${opts.format}" (use ${FORMATS.join(', ')})`, 2);
      let types: Set<NumberType> | undefined;
      if (opts.types !== undefined) {
        const asked = opts.types.split(',').map((t) => t.trim()).filter(Boolean);
        const unknown = asked.filter((t) => !TYPES.includes(t as NumberType));
        if (!asked.length || unknown.length) throw new CliError(`unknown number type "${unknown[0] ?? opts.types}" (use ${TYPES.join(', ')}, comma-separated)`, 2);
        types = new Set(asked as NumberType[]);
      }
      let inputs: string[] = [];
      if (texts.length === 1 && texts[0] === '-') {
        const raw = await io.readStdin();
        inputs = raw.split(/\r?\n/);
        if (inputs.length && inputs[inputs.length - 1] === '') inputs.pop();
      } else if (texts.length) {
        if (texts.includes('-')) throw new CliError('"-" (standard input) cannot be combined with other texts', 2);
        // unquoted words form one text: `claims numbers mindestens 10.000 Soldaten`
        inputs = [texts.join(' ')];
      } else {
        throw new CliError('give a text to parse, or "-" to read standard input', 2);
      }
      io.stdout(formatNumbers(inputs.map((input) => numbersLine(input, types)), format));
      io.exitCode = 0;
    });
}
