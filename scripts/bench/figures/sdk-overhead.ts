/**
 * Figure 6: 500 sequential `client.getPaymentOrder` calls against the sandbox, beside
 * 500 raw `fetch` calls with the same URL and headers (Accept, X-Api-Version, Bearer
 * token) whose body is read with `response.json()` — the least a caller could do. Both
 * run in this process against the same in-process sandbox, with a warm token, batch
 * by batch interleaved.
 */
import { API_VERSION, Client, MemoryCache } from '../../../src/sdk/index';
import { startSandbox } from '../../../sandbox/server';
import { interleaved, median, nowMs } from '../stats';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';


export const sdkOverhead: Figure = {
  id: '6',
  title: 'SDK overhead',
  browser: false,
  run: async ({ quick }: BenchOptions): Promise<FigureResult[]> => {
    const runs = quick ? 10 : 20;
    // --quick halves the calls per run to stay under two minutes; the ratio is per call either way.
    const CALLS = quick ? 250 : 500;
    const sandbox = await startSandbox({ port: 0, quiet: true, seed: 1 });
    try {
      const client = new Client({ mode: 'sandbox', clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: sandbox.url, cache: new MemoryCache() });
      const login = await client.clientCredentialsLogin();
      const [order] = (await client.getPaymentOrders({ pageSize: 1 })).paymentorders;
      if (!order) throw new Error('the sandbox has no order to fetch');
      const url = `${sandbox.url}/payment-order/${order.uuid}`;
      const headers = { Accept: 'application/json', 'X-Api-Version': API_VERSION, Authorization: `Bearer ${login.access_token}` };

      const sdkRun = async () => {
        const start = nowMs();
        for (let i = 0; i < CALLS; i++) {
          const got = await client.getPaymentOrder(order.uuid);
          if (got.uuid !== order.uuid) throw new Error('wrong order');
        }
        return nowMs() - start;
      };
      const rawRun = async () => {
        const start = nowMs();
        for (let i = 0; i < CALLS; i++) {
          const response = await fetch(url, { headers });
          if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status}`);
          const got = (await response.json()) as { uuid?: unknown };
          if (got.uuid !== order.uuid) throw new Error('wrong order');
        }
        return nowMs() - start;
      };
      await sdkRun();
      await rawRun();
      const samples = await interleaved(runs, sdkRun, rawRun);
      return [
        row({
          id: '6',
          name: `SDK getPaymentOrder ×${CALLS}`,
          value: median(samples.value),
          unit: 'ms',
          baseline: { value: median(samples.baseline), label: `raw fetch ×${CALLS}` },
          budget: { max: 1.15, on: 'ratio' },
          runs,
          note: `median of ${runs} runs of ${CALLS} sequential calls`,
        }),
      ];
    } finally {
      await sandbox.close();
    }
  },
};
