// The fast watch against the real sandbox and SDK: the sandbox's rate-limit fault answers
// 2000 with a Retry-After, and the watch waits that long instead of its usual second.
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { Client } from '../../sdk';
import { FastWatch } from './fast-watch';

let sandbox: Sandbox | undefined;
let watch: FastWatch | undefined;
afterEach(async () => {
  watch?.watch(null);
  await sandbox?.close();
});

async function adminPost(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${sandbox!.url}/__sandbox${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.ok).toBe(true);
}

describe('FastWatch against the sandbox', () => {
  it("honours the sandbox's 429 Retry-After: one read per Retry-After, not one per second", async () => {
    sandbox = await startSandbox({ port: 0, quiet: true });
    const client = new Client({ mode: 'sandbox', clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: sandbox.url });
    const { uuid } = await client.createPaymentOrder({ amount: '3.00' });
    await adminPost('/faults', { tooManyRequestsRate: 1, retryAfterSeconds: 3 });
    await fetch(`${sandbox.url}/__sandbox/requests`, { method: 'DELETE' });

    const answers: string[] = [];
    watch = new FastWatch({
      read: async (id) => {
        try {
          const order = await client.getPaymentOrder(id);
          answers.push('ok');
          return { order, fetchedAt: Date.now(), createdHere: true };
        } catch (error) {
          answers.push(error instanceof Error ? error.constructor.name : 'error');
          throw error;
        }
      },
      pendingCreated: async () => [],
      keepAlive: async () => undefined,
      serverOffsetMs: () => 0,
    });
    watch.watch(uuid);
    // 2.5 s: a watch ignoring Retry-After would have asked at 0, 1 s and 2 s (backoff 1 s, 2 s... from a 1 s interval).
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const log = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { requests: { path: string; status: number | null }[] };
    const reads = log.requests.filter((r) => r.path.startsWith(`/payment-order/${uuid}`));
    expect(answers).toEqual(['TooManyRequestsError']);
    expect(reads.map((r) => r.status)).toEqual([429]);

    // The limit lifts: the next read (after the 3 s) succeeds, and the watch is back to its pace.
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    const deadline = Date.now() + 15_000;
    while (!answers.includes('ok') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answers.slice(0, 2)).toEqual(['TooManyRequestsError', 'ok']);
  });
});
