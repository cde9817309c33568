/** Writes bench/results.json and the results section of bench/README.md. */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Machine } from './machine';
import { markdownTable, overBudget } from './table';
import type { FigureResult } from './types';

const BENCH_DIR = resolve(import.meta.dirname, '..', '..', 'bench');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

export interface Report {
  machine: Machine;
  quick: boolean;
  failures: string[];
  figures: FigureResult[];
}

export async function writeResults(report: Report): Promise<string> {
  const path = resolve(BENCH_DIR, 'results.json');
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

export function resultsSection(report: Report): string {
  const m = report.machine;
  const over = overBudget(report.figures);
  const lines = [
    `Run ${m.date.slice(0, 16).replace('T', ' ')} UTC${report.quick ? ' with `--quick`' : ''} on ${m.nproc} × ${m.cpu}`,
    `(nproc ${m.nproc}, 1-minute load average ${m.loadAverage} at start), Node ${m.node}, ${m.chromium}.`,
    '',
    markdownTable(report.figures),
    '',
    over.length ? `Over budget: ${over.map((r) => `${r.id} ${r.name}`).join('; ')}.` : 'Every figure is within budget.',
  ];
  if (report.failures.length) lines.push('', `Failed figures: ${report.failures.join('; ')}.`);
  return lines.join('\n');
}

/** Replaces the text between the results markers in bench/README.md. */
export async function updateReadme(report: Report): Promise<string> {
  const path = resolve(BENCH_DIR, 'README.md');
  const text = await readFile(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${path} has no ${START} … ${END} section`);
  await writeFile(path, `${text.slice(0, start + START.length)}\n${resultsSection(report)}\n${text.slice(end)}`);
  return path;
}
