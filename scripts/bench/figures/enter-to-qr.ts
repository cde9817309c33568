/**
 * Figure 7: Enter to QR. In a fresh popup (it opens on New order with Amount focused),
 * an amount is typed, then Enter; timed in the page from the Enter keydown's timestamp
 * to the first frame showing the payment QR code. The sandbox adds no latency. Beside
 * it: the same order created by an `order.create` message from an extension page (the
 * worker's and the sandbox's share, with no UI), timed in that page; runs interleaved.
 */
import { randomUUID } from 'node:crypto';
import { startSandbox } from '../../../sandbox/server';
import { BLANK, POPUP, withExtension, type ExtensionSession } from '../browser';
import { enterToQrProbe } from '../probes';
import { interleaved, median } from '../stats';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';

const QR = 'svg[aria-label="Payment QR code"]';
const AMOUNTS = ['12.50', '3.80', '250', '7,20', '42.00'];

async function enterToQr(session: ExtensionSession, amount: string): Promise<number> {
  const page = await session.newPage();
  try {
    await page.addInitScript(enterToQrProbe, QR);
    await page.goto(session.url(POPUP));
    const field = page.getByLabel('Amount', { exact: true });
    await field.waitFor();
    await field.fill(amount);
    await field.press('Enter');
    const handle = await page.waitForFunction(() => (window as unknown as { __benchQr?: number }).__benchQr, null, { timeout: 15_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

async function createByMessage(session: ExtensionSession, amount: string): Promise<number> {
  const page = await session.newPage();
  try {
    await page.goto(session.url(BLANK));
    return await page.evaluate(
      async ([value, attemptId]) => {
        const start = performance.now();
        const result = await chrome.runtime.sendMessage<unknown, { ok: boolean }>({ type: 'order.create', payload: { order: { amount: value }, attemptId } });
        if (!result.ok) throw new Error(`order.create failed: ${JSON.stringify(result)}`);
        return performance.now() - start;
      },
      [amount.replace(',', '.'), randomUUID()] as const,
    );
  } finally {
    await page.close();
  }
}

export const enterToQrFigure: Figure = {
  id: '7',
  title: 'Enter to QR',
  browser: true,
  run: async ({ quick, extensionDir }: BenchOptions): Promise<FigureResult[]> => {
    const runs = quick ? 10 : 20;
    const sandbox = await startSandbox({ port: 0, quiet: true });
    try {
      return await withExtension(extensionDir, async (session) => {
        await session.configure(sandbox);
        let i = 0;
        const amount = () => AMOUNTS[i++ % AMOUNTS.length]!;
        await enterToQr(session, amount());
        await createByMessage(session, amount());
        const samples = await interleaved(runs, () => enterToQr(session, amount()), () => createByMessage(session, amount()));
        return [
          row({
            id: '7',
            name: 'Enter to QR (popup, no latency)',
            value: median(samples.value),
            unit: 'ms',
            baseline: { value: median(samples.baseline), label: 'order.create message' },
            budget: { max: 60, on: 'value' },
            runs,
            note: 'Enter keydown → first frame with the QR svg',
          }),
        ];
      });
    } finally {
      await sandbox.close();
    }
  },
};
