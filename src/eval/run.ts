/**
 * One evaluation: score, then check the figures against minimums and a baseline. Pure; the CLI
 * (`src/cli/commands/eval.ts`) does the reading and printing, tests call this directly.
 */
import { scoreExtraction, type ScoreInput } from './score.js';
import { checkBaseline, checkMinimums, improvements } from './thresholds.js';
import type { Baseline, EvalReport } from './types.js';

export interface EvaluateInput extends ScoreInput {
  /** `--min`: figure name → minimum. */
  minimums?: Readonly<Record<string, number>>;
  /** `--baseline`: figures that must not drop. */
  baseline?: Baseline | null;
}

/** Scores and, when minimums or a baseline are given, fills `report.checks`. */
export function evaluate(input: EvaluateInput): EvalReport {
  const report = scoreExtraction(input);
  const hasMin = !!input.minimums && Object.keys(input.minimums).length > 0;
  if (!hasMin && !input.baseline) return report;
  const failures = [
    ...(hasMin ? checkMinimums(report, input.minimums!) : []),
    ...(input.baseline ? checkBaseline(report, input.baseline) : []),
  ];
  return {
    ...report,
    checks: {
      passed: failures.length === 0,
      failures,
      improvements: input.baseline ? improvements(report, input.baseline) : [],
    },
  };
}
