/** The results as a fixed-width table (stdout) and as a Markdown table (bench/README.md). */
import type { Budget, FigureResult } from './types';

const HEAD = ['#', 'figure', 'value', 'baseline', 'ratio', 'budget', 'within budget'] as const;

function num(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  if (abs === 0) return '0';
  return value.toPrecision(2);
}

export function formatValue(value: number, unit: string): string {
  return unit === 'count' ? String(value) : `${num(value)} ${unit}`;
}

export function formatBudget(budget: Budget | null, unit: string): string {
  if (!budget) return '—';
  return budget.on === 'ratio' ? `≤ ${budget.max}×` : `≤ ${formatValue(budget.max, unit)}`;
}

function cells(r: FigureResult): string[] {
  return [
    r.id,
    r.name,
    formatValue(r.value, r.unit),
    r.baseline === null ? '—' : `${formatValue(r.baseline, r.unit)} (${r.baselineLabel ?? ''})`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    formatBudget(r.budget, r.unit),
    r.ok === null ? '—' : r.ok ? 'yes' : 'NO',
  ];
}

export function textTable(results: readonly FigureResult[]): string {
  const rows = [HEAD.slice(), ...results.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function markdownTable(results: readonly FigureResult[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`];
  for (const r of results) lines.push(`| ${cells(r).map(esc).join(' | ')} |`);
  return lines.join('\n');
}

export function overBudget(results: readonly FigureResult[]): FigureResult[] {
  return results.filter((r) => r.ok === false);
}
