/**
 * Figure 8: JS heap with 10,000 orders cached, after a forced GC (CDP
 * HeapProfiler.collectGarbage, then Runtime.getHeapUsage.usedSize; median of 5
 * readings). Extension pages share one renderer and one JS heap, so each page is
 * measured as the only extension page open, as a popup normally is. Popup: open on
 * the Orders view holding all 10,000 cached rows (the refresh fails as in figure 2,
 * so the rows stay), beside a blank extension page alone.
 * Service worker: after it served that list, beside the same worker before the
 * cache was written.
 */
import type { CDPSession } from 'playwright-core';
import { startSandbox } from '../../../sandbox/server';
import { BLANK, POPUP, withExtension, type ExtensionSession } from '../browser';
import { loadOrders } from '../orders';
import { setFaults } from '../sandbox';
import { median } from '../stats';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';
import { attachToServiceWorker } from '../worker-cdp';
import { allOrdersShown } from '../orders-count';

const ORDERS = 10_000;
const MB = 1_000_000;
const READINGS = 5;

type Send = <T>(method: string) => Promise<T>;

async function heap(send: Send): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < READINGS; i++) {
    await send('HeapProfiler.collectGarbage');
    readings.push((await send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize);
  }
  return median(readings) / MB;
}

const pageSend = (cdp: CDPSession): Send => (method) => cdp.send(method as 'Runtime.getHeapUsage') as never;

async function workerHeap(session: ExtensionSession): Promise<number> {
  const page = await session.newPage();
  await page.goto(session.url(BLANK));
  const cdp = await session.cdp(page);
  const worker = await attachToServiceWorker(cdp, session.extensionId);
  try {
    return await heap((method) => worker.send(method));
  } finally {
    await worker.detach();
    await cdp.detach();
    await page.close();
  }
}

export const memory: Figure = {
  id: '8',
  title: 'Memory',
  browser: true,
  run: async ({ extensionDir, log }: BenchOptions): Promise<FigureResult[]> => {
    const sandbox = await startSandbox({ port: 0, quiet: true, seed: ORDERS });
    try {
      return await withExtension(extensionDir, async (session) => {
        await session.configure(sandbox);
        const workerBefore = await workerHeap(session);
        const loaded = await loadOrders(session, ORDERS);
        log(`  ${loaded.rows} orders cached by the real path (${loaded.pages} pages, ${(loaded.ms / 1000).toFixed(1)} s)`);
        await setFaults(sandbox, { errorRate: 1 });

        await session.closeMessenger();
        const popup = await session.newPage();
        await popup.goto(session.url(POPUP));
        await popup.getByRole('tab', { name: 'Orders' }).click();
        await popup.locator('#orders-count').filter({ hasText: allOrdersShown(ORDERS) }).waitFor({ timeout: 20_000 });
        await popup.getByText('Could not refresh the orders').waitFor({ timeout: 20_000 });
        const rowsHeld = await popup.locator('#orders-count').textContent();
        const extensionPages = session.context.pages().filter((p) => p.url().startsWith(session.url(''))).length;
        if (extensionPages !== 1) throw new Error(`${extensionPages} extension pages open while measuring the popup`);
        const popupHeap = await heap(pageSend(await session.cdp(popup)));
        log(`  popup holds “${rowsHeld ?? ''}” while measured`);
        // The worker's reading goes through a page of its own: after the popup is gone.
        await popup.close();

        const blank = await session.newPage();
        await blank.goto(session.url(BLANK));
        const blankHeap = await heap(pageSend(await session.cdp(blank)));
        await blank.close();
        const workerAfter = await workerHeap(session);

        return [
          row({
            id: '8a',
            name: `Popup JS heap, ${ORDERS} cached`,
            value: popupHeap,
            unit: 'MB',
            baseline: { value: blankHeap, label: 'blank ext. page' },
            budget: { max: 15, on: 'value' },
            runs: READINGS,
            note: 'after GC; the Orders view holds all 10,000 rows',
          }),
          row({
            id: '8b',
            name: `Service worker JS heap, ${ORDERS} cached`,
            value: workerAfter,
            unit: 'MB',
            baseline: { value: workerBefore, label: 'same worker, empty cache' },
            runs: READINGS,
            note: 'after GC, having served the 10,000-row list',
          }),
        ];
      });
    } finally {
      await sandbox.close();
    }
  },
};
