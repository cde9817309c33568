/** Prints line coverage per source folder from coverage/coverage-summary.json (written by `vitest --coverage`). */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

interface Totals {
  lines: { total: number; covered: number };
}

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8')) as Record<string, Totals>;
const folders = new Map<string, { total: number; covered: number }>();
for (const [file, totals] of Object.entries(summary)) {
  if (file === 'total') continue;
  const parts = relative(process.cwd(), file).split(sep);
  const folder = parts[0] === 'src' ? parts.slice(0, 2).join('/') : parts[0]!;
  const sum = folders.get(folder) ?? { total: 0, covered: 0 };
  sum.total += totals.lines.total;
  sum.covered += totals.lines.covered;
  folders.set(folder, sum);
}
const pct = (s: { total: number; covered: number }) => (s.total === 0 ? '—' : `${((100 * s.covered) / s.total).toFixed(1)} %`);
console.log('Line coverage by folder (unit tests)');
for (const [folder, sum] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${folder.padEnd(18)} ${pct(sum).padStart(8)}  (${sum.covered}/${sum.total} lines)`);
}
console.log(`  ${'all'.padEnd(18)} ${pct(summary.total!.lines).padStart(8)}`);
