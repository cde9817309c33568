/** What every figure reports: one row of the table and one object of bench/results.json. */

/** A budget caps either the value itself or the ratio of the value to its same-run baseline. */
export interface Budget {
  max: number;
  on: 'value' | 'ratio';
}

export interface FigureResult {
  /** Figure number and sub-row, e.g. "2" or "5c". */
  id: string;
  name: string;
  value: number;
  unit: string;
  /** Same-run reference measured with the same method (null when the figure has none). */
  baseline: number | null;
  /** What the baseline is, e.g. "blank extension page". */
  baselineLabel: string | null;
  /** value / baseline, when there is a baseline. */
  ratio: number | null;
  budget: Budget | null;
  /** Within budget; null when the row has no budget (reported for context). */
  ok: boolean | null;
  /** Samples behind the value (1 for a count or a size). */
  runs: number;
  note?: string;
}

export interface RowInput {
  id: string;
  name: string;
  value: number;
  unit: string;
  baseline?: { value: number; label: string } | null;
  budget?: Budget | null;
  runs: number;
  note?: string;
}

/** Fills in ratio and ok from a measured value, its baseline and its budget. */
export function row(input: RowInput): FigureResult {
  const baseline = input.baseline ?? null;
  const ratio = baseline && baseline.value > 0 ? input.value / baseline.value : null;
  const budget = input.budget ?? null;
  let ok: boolean | null = null;
  if (budget) {
    const measured = budget.on === 'ratio' ? ratio : input.value;
    ok = measured !== null && measured <= budget.max;
  }
  const result: FigureResult = {
    id: input.id,
    name: input.name,
    value: input.value,
    unit: input.unit,
    baseline: baseline?.value ?? null,
    baselineLabel: baseline?.label ?? null,
    ratio,
    budget,
    ok,
    runs: input.runs,
  };
  if (input.note) result.note = input.note;
  return result;
}

export interface BenchOptions {
  quick: boolean;
  /** Built extension to load (Chromium build). */
  extensionDir: string;
  log: (message: string) => void;
}

export interface Figure {
  /** Figure number(s) it produces, for --only. */
  id: string;
  title: string;
  /** Needs the built extension in Chromium. */
  browser: boolean;
  run: (options: BenchOptions) => Promise<FigureResult[]>;
}
