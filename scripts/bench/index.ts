/**
 * `npm run bench`: measures the built extension in headless Chromium against the local
 * sandbox, each figure beside its budget and a baseline measured in the same run.
 * Exits 0 when figures are over budget (it is a report), non-zero when the bench fails.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from './args';
import { addBlankPage } from './blank-page';
import { buildExtension } from './build';
import { bundleSize } from './figures/bundle-size';
import { enterToQrFigure } from './figures/enter-to-qr';
import { memory } from './figures/memory';
import { orderCache } from './figures/order-cache';
import { paymentWatch } from './figures/payment-watch';
import { popupPaint } from './figures/popup-paint';
import { sdkOverhead } from './figures/sdk-overhead';
import { searchKeystroke } from './figures/search-keystroke';
import { signatures } from './figures/signatures';
import { tokenEconomy } from './figures/token-economy';
import { describeMachine } from './machine';
import { updateReadme, writeResults, type Report } from './report';
import { formatBudget, formatValue, overBudget, textTable } from './table';
import type { Figure, FigureResult } from './types';

/** Node-only figures first, then the browser ones; the table is sorted by figure number. */
const FIGURES: Figure[] = [bundleSize, signatures, sdkOverhead, popupPaint, searchKeystroke, tokenEconomy, enterToQrFigure, memory, orderCache, paymentWatch];

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const log = (message: string) => console.log(message);
  const machine = await describeMachine();
  log(`WebPOS Counter bench${args.quick ? ' (--quick)' : ''}: ${machine.nproc} × ${machine.cpu}, load ${machine.loadAverage}, Node ${machine.node}, ${machine.chromium}`);

  const figures = FIGURES.filter((f) => args.only.length === 0 || args.only.includes(f.id));
  if (figures.length === 0) throw new Error(`no figure matches --only ${args.only.join(',')}`);

  let extensionDir = args.extensionDir ? resolve(args.extensionDir) : null;
  const ownBuild = extensionDir === null;
  if (extensionDir === null) {
    log('building the extension into a temporary folder…');
    extensionDir = await buildExtension();
  }
  await addBlankPage(extensionDir);

  const results: FigureResult[] = [];
  const failures: string[] = [];
  try {
    for (const figure of figures) {
      const t0 = Date.now();
      log(`\n${figure.id}. ${figure.title}`);
      try {
        const rows = await figure.run({ quick: args.quick, extensionDir, log });
        for (const r of rows) {
          const base = r.baseline === null ? '' : ` (baseline ${formatValue(r.baseline, r.unit)}, ${r.ratio?.toFixed(2)}×)`;
          log(`  → ${r.name}: ${formatValue(r.value, r.unit)}${base}, budget ${formatBudget(r.budget, r.unit)}${r.note ? ` — ${r.note}` : ''}`);
        }
        results.push(...rows);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push(`${figure.id} ${figure.title}: ${message.split('\n')[0]}`);
        console.error(`  FAILED: ${error instanceof Error ? (error.stack ?? message) : message}`);
      }
      log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
  } finally {
    if (ownBuild && !args.keepBuild) await rm(extensionDir, { recursive: true, force: true });
    else if (ownBuild) log(`build kept in ${extensionDir}`);
  }

  results.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  log(`\n${textTable(results)}\n`);
  for (const r of overBudget(results)) log(`OVER BUDGET: ${r.id} ${r.name} = ${formatValue(r.value, r.unit)}${r.ratio !== null ? ` (${r.ratio.toFixed(2)}× ${r.baselineLabel ?? 'baseline'})` : ''}, budget ${formatBudget(r.budget, r.unit)}`);
  if (overBudget(results).length === 0 && failures.length === 0) log('Every figure is within budget.');

  if (args.only.length === 0) {
    const report: Report = { machine, quick: args.quick, failures, figures: results };
    log(`wrote ${await writeResults(report)}`);
    log(`updated ${await updateReadme(report)}`);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const f of failures) console.error(`BENCH FAILED: ${f}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
