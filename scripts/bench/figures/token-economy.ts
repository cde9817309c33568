/**
 * Figure 4: logins (POST /token in the sandbox's request log) the extension makes for
 * 50 concurrent API calls — 50 `order.get { refresh: true }` messages for 50 different
 * orders, sent at once from an extension page — first from cold (settings just saved,
 * so no token anywhere), then again after the service worker was stopped (CDP
 * ServiceWorker.stopAllWorkers) and restarted by those messages, with its token still
 * valid in IndexedDB.
 */
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { BLANK, withExtension, type ExtensionSession } from '../browser';
import { attachToServiceWorker } from '../worker-cdp';
import { admin, clearRequestLog, countRequests, requestLog } from '../sandbox';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';

const CALLS = 50;

interface Burst {
  logins: number;
  fetches: number;
  failures: number;
}

async function burst(page: Page, sandbox: Sandbox, uuids: readonly string[]): Promise<Burst> {
  await clearRequestLog(sandbox);
  const results = await page.evaluate(
    (ids) => Promise.all(ids.map((uuid) => chrome.runtime.sendMessage<unknown, { ok: boolean }>({ type: 'order.get', payload: { uuid, refresh: true } }))),
    uuids,
  );
  const log = await requestLog(sandbox);
  return {
    logins: countRequests(log, 'POST', '/token'),
    fetches: log.filter((r) => r.method === 'GET' && r.path.startsWith('/payment-order/')).length,
    failures: results.filter((r) => !r.ok).length,
  };
}

async function workerTargets(session: ExtensionSession, page: Page): Promise<number> {
  const cdp = await session.cdp(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await cdp.detach();
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(session.extensionId)).length;
}

/** The marker a running worker carries, read over CDP (null: a fresh worker). */
async function readMarker(session: ExtensionSession, page: Page): Promise<unknown> {
  const cdp = await session.cdp(page);
  const worker = await attachToServiceWorker(cdp, session.extensionId);
  const { result } = await worker.send<{ result: { value?: unknown } }>('Runtime.evaluate', {
    expression: 'globalThis.__benchMarker ?? null',
    returnByValue: true,
  });
  await worker.detach();
  await cdp.detach();
  return result.value ?? null;
}

async function stopWorker(session: ExtensionSession, page: Page): Promise<void> {
  const cdp = await session.cdp(page);
  const worker = await attachToServiceWorker(cdp, session.extensionId);
  await worker.send('Runtime.evaluate', { expression: 'globalThis.__benchMarker = 1' });
  await worker.detach();
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  while ((await workerTargets(session, page)) > 0 && Date.now() < deadline) await page.waitForTimeout(50);
  await cdp.detach();
  if ((await workerTargets(session, page)) > 0) throw new Error('the service worker did not stop');
}

export const tokenEconomy: Figure = {
  id: '4',
  title: 'Token economy',
  browser: true,
  run: async ({ extensionDir, log }: BenchOptions): Promise<FigureResult[]> => {
    const sandbox = await startSandbox({ port: 0, quiet: true, seed: CALLS });
    try {
      return await withExtension(extensionDir, async (session) => {
        const uuids = (await admin<{ orders: { uuid: string }[] }>(sandbox, '/orders')).orders.map((o) => o.uuid);
        if (uuids.length !== CALLS) throw new Error(`sandbox has ${uuids.length} orders, expected ${CALLS}`);
        await session.configure(sandbox);
        const page = await session.newPage();
        await page.goto(session.url(BLANK));

        const cold = await burst(page, sandbox, uuids);
        await stopWorker(session, page);
        const warm = await burst(page, sandbox, uuids);
        const marker = await readMarker(session, page);
        if (marker !== null) throw new Error('the service worker was not restarted');
        await page.close();

        for (const [label, b] of [['cold', cold], ['restart', warm]] as const) {
          log(`  ${label}: ${b.logins} login(s), ${b.fetches} order fetches, ${b.failures} failed calls`);
          if (b.failures || b.fetches < CALLS) throw new Error(`${label}: ${b.failures} of ${CALLS} calls failed, ${b.fetches} fetched`);
        }
        return [
          row({ id: '4a', name: `Logins for ${CALLS} concurrent calls, cold`, value: cold.logins, unit: 'count', budget: { max: 1, on: 'value' }, runs: 1 }),
          row({
            id: '4b',
            name: `Logins for ${CALLS} calls after worker restart`,
            value: warm.logins,
            unit: 'count',
            budget: { max: 0, on: 'value' },
            runs: 1,
            note: 'worker stopped by CDP, woken by the calls; token valid in IndexedDB',
          }),
        ];
      });
    } finally {
      await sandbox.close();
    }
  },
};
