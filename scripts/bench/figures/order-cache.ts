/**
 * Figure 9: what the order cache costs as it grows. Two browsers with the extension,
 * one sandbox seeded with 10,400 orders: one extension has paged 1,000 of them into
 * its cache, the other 10,000, both by the real path (orders.refresh + orders.more).
 *
 * 9a: one `orders.more` (the next 40 orders) timed in an extension page, from
 * sendMessage to its answer, with 10,000 cached, beside the same with 1,000 cached;
 * runs alternate between the two browsers, and before each run the list is rewound to
 * where it was (its record put back, the rows the last run added deleted, then a 250 ms
 * pause so those writes are not timed). Each run
 * checks that the answer carried only the 40 new rows.
 * 9b: popup first paint (as figure 1) with 10,000 orders cached, beside the blank page;
 * the sandbox answers HTTP 500 meanwhile, so the popup's refresh leaves the cache alone.
 * 9c: the same with 1,000 cached, in the other browser, in the same rotation (no budget).
 */
import { startSandbox } from '../../../sandbox/server';
import type { OrderListView } from '../../../src/messaging/protocol';
import type { Result } from '../../../src/messaging/result';
import { BLANK, POPUP, withExtension, type ExtensionSession } from '../browser';
import { sidePanelPath } from '../side-panel';
import { loadOrders, rewindList, snapshotList, type ListSnapshot } from '../orders';
import { setFaults } from '../sandbox';
import { interleaved, median } from '../stats';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';
import { FIRST_PAINT_BUDGET, openBlank, openPopup, popupSnapshotOf } from './popup-paint';

const SMALL = 1_000;
const LARGE = 10_000;
const SEEDED = LARGE + 400;

/** Times one orders.more in an extension page of the session (its own clock, no automation inside). */
async function timedMore(session: ExtensionSession, snapshot: ListSnapshot): Promise<number> {
  await rewindList(await session.worker(), snapshot);
  // The rewind's own writes settle first (IndexedDB compacts behind a delete), so they are not timed.
  await new Promise((resolve) => setTimeout(resolve, 250));
  const page = await session.newPage();
  try {
    await page.goto(session.url(BLANK));
    const { ms, result } = await page.evaluate(async () => {
      const t0 = performance.now();
      const answer = await chrome.runtime.sendMessage<unknown, Result<OrderListView>>({ type: 'orders.more', payload: { filter: 'all' } });
      return { ms: performance.now() - t0, result: answer };
    });
    if (!result.ok || result.data.after === undefined || result.data.orders.length !== 40) {
      throw new Error(`orders.more did not answer with 40 new rows: ${JSON.stringify(result).slice(0, 300)}`);
    }
    return ms;
  } finally {
    await page.close();
  }
}

export const orderCache: Figure = {
  id: '9',
  title: 'Order cache cost',
  browser: true,
  run: async ({ quick, extensionDir, log }: BenchOptions): Promise<FigureResult[]> => {
    // 40, not 20: first paints come in Element Timing's 4 ms steps, and with 20 runs the median's
    // ratio moved by 0.2 from one run to the next on this shared machine (bench/README.md).
    const runs = quick ? 10 : 40;
    const sandbox = await startSandbox({ port: 0, quiet: true, seed: SEEDED });
    try {
      return await withExtension(extensionDir, (small) =>
        withExtension(extensionDir, async (large) => {
          await small.configure(sandbox);
          await large.configure(sandbox);
          for (const [session, count] of [[small, SMALL], [large, LARGE]] as const) {
            const loaded = await loadOrders(session, SEEDED, count);
            log(`  ${loaded.rows} orders cached by the real path (${loaded.pages} pages, ${(loaded.ms / 1000).toFixed(1)} s)`);
          }
          const smallList = await snapshotList(await small.worker());
          const largeList = await snapshotList(await large.worker());

          await timedMore(large, largeList);
          await timedMore(small, smallList);
          const more = await interleaved(runs, () => timedMore(large, largeList), () => timedMore(small, smallList));

          await rewindList(await large.worker(), largeList);
          await rewindList(await small.worker(), smallList);
          // As in figures 2 and 8, the popup's refresh fails (HTTP 500), so the cached rows stay
          // (a refresh still running in the worker after a run could otherwise start the list again).
          await setFaults(sandbox, { errorRate: 1 });
          const largeSnapshot = await popupSnapshotOf(large, LARGE);
          const smallSnapshot = await popupSnapshotOf(small, SMALL);
          const panel = await sidePanelPath(extensionDir);
          const sides = [
            () => openPopup(large, largeList, largeSnapshot, POPUP, LARGE, SEEDED).then((v) => v.t),
            () => openBlank(large).then((s) => s.t),
            () => openPopup(small, smallList, smallSnapshot, POPUP, SMALL, SEEDED).then((v) => v.t),
            ...(panel ? [() => openPopup(large, largeList, largeSnapshot, panel, LARGE, SEEDED).then((v) => v.t)] : []),
          ];
          if (!panel) log('  no side panel in this build (no side_panel.default_path): 9d skipped');
          for (const side of sides) await side();
          const paint: number[][] = sides.map(() => []);
          for (let i = 0; i < runs; i++) {
            // Each run opens all three, starting one later each time, so none always runs first.
            for (let k = 0; k < sides.length; k++) {
              const side = (i + k) % sides.length;
              paint[side]!.push(await sides[side]!());
            }
          }
          return [
            row({
              id: '9a',
              name: `orders.more, ${LARGE} cached`,
              value: median(more.value),
              unit: 'ms',
              baseline: { value: median(more.baseline), label: `${SMALL} cached` },
              budget: { max: 1.3, on: 'ratio' },
              runs,
              note: 'sendMessage → answer in an extension page; the next 40 orders from the sandbox, stored, only they sent back',
            }),
            row({
              id: '9b',
              name: `Popup first paint, ${LARGE} cached`,
              value: median(paint[0] ?? []),
              unit: 'ms',
              baseline: { value: median(paint[1] ?? []), label: 'blank ext. page' },
              budget: { max: FIRST_PAINT_BUDGET, on: 'ratio' },
              runs,
              note: 'as figure 1 (Element Timing of the first frame painting an order row), with 10,000 orders cached',
            }),
            row({
              id: '9c',
              name: `Popup first paint, ${SMALL} cached (same runs)`,
              value: median(paint[2] ?? []),
              unit: 'ms',
              baseline: { value: median(paint[1] ?? []), label: 'blank ext. page' },
              runs,
              note: 'the other browser, opened in turn with 9b and the blank page: what the machine gives figure 1 meanwhile; no budget',
            }),
            ...(panel
              ? [
                  row({
                    id: '9d',
                    name: `Side panel first paint, ${LARGE} cached`,
                    value: median(paint[3] ?? []),
                    unit: 'ms',
                    baseline: { value: median(paint[1] ?? []), label: 'blank ext. page' },
                    budget: { max: FIRST_PAINT_BUDGET, on: 'ratio' },
                    runs,
                    note: `${panel}, in the same rotation as 9b`,
                  }),
                ]
              : []),
          ];
        }),
      );
    } finally {
      await sandbox.close();
    }
  },
};
