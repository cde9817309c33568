/** handleOnce: a resent or concurrent duplicate delivery runs the merchant's handler once. */
import { describe, expect, it } from 'vitest';
import { CallbacksHandler, MemoryIdempotencyStore, computeSignature, type CallbackEvent } from './index';
import { paymentOrder } from './fixtures.test-util';

const SECRET = 'once-secret';
const UUID_A = paymentOrder().uuid;

function body(event: string, uuid = UUID_A, createdAt = '2026-11-26T10:00:00Z'): string {
  return JSON.stringify({ event, created_at: createdAt, object_type: 'payment_order', object: { ...paymentOrder(), uuid } });
}

async function delivery(raw: string): Promise<[Record<string, string>, Buffer]> {
  return [{ 'chainside-signature': await computeSignature(SECRET, raw) }, Buffer.from(raw)];
}

function counting(delayMs = 0) {
  const seen: string[] = [];
  const onEvent = async (event: CallbackEvent) => {
    seen.push(event.event);
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  };
  return { seen, onEvent };
}

describe('CallbacksHandler.handleOnce', () => {
  it('a resent delivery (same bytes) is acknowledged as a duplicate without running the handler again', async () => {
    const handler = new CallbacksHandler({ secret: SECRET });
    const { seen, onEvent } = counting();
    const [headers, raw] = await delivery(body('payment.completed'));
    expect((await handler.handleOnce(headers, raw, onEvent)).outcome).toBe('processed');
    expect((await handler.handleOnce(headers, Buffer.from(raw), onEvent)).outcome).toBe('duplicate');
    expect((await handler.handleOnce(headers, raw.toString('utf8'), onEvent)).outcome).toBe('duplicate');
    expect(seen).toEqual(['payment.completed']);
  });

  it('concurrent duplicates do not both run: one is processed, the others are in progress', async () => {
    const handler = new CallbacksHandler({ secret: SECRET });
    const { seen, onEvent } = counting(50);
    const [headers, raw] = await delivery(body('payment.completed'));
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => handler.handleOnce(headers, raw, onEvent)));
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['in_progress', 'in_progress', 'in_progress', 'in_progress', 'processed']);
    expect(seen).toHaveLength(1);
    expect((await handler.handleOnce(headers, raw, onEvent)).outcome).toBe('duplicate');
  });

  it('a handler that fails releases its claim: the next delivery processes the callback', async () => {
    const handler = new CallbacksHandler({ secret: SECRET });
    const [headers, raw] = await delivery(body('payment.completed'));
    await expect(handler.handleOnce(headers, raw, () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    const { seen, onEvent } = counting();
    expect((await handler.handleOnce(headers, raw, onEvent)).outcome).toBe('processed');
    expect(seen).toEqual(['payment.completed']);
  });

  it('another event, another order or other bytes of the same order are separate callbacks', async () => {
    const handler = new CallbacksHandler({ secret: SECRET });
    const { seen, onEvent } = counting();
    const other = '00000000-0000-4000-8000-0000000000bb';
    for (const raw of [body('payment.completed'), body('payment.chargeback'), body('payment.completed', other), body('payment.completed', UUID_A, '2026-11-27T10:00:00Z')]) {
      const [headers, bytes] = await delivery(raw);
      expect((await handler.handleOnce(headers, bytes, onEvent)).outcome).toBe('processed');
    }
    expect(seen).toHaveLength(4);
  });

  it('a forged delivery is rejected before any claim, so it cannot block the real one', async () => {
    const store = new MemoryIdempotencyStore();
    const handler = new CallbacksHandler({ secret: SECRET, idempotencyStore: store });
    const raw = body('payment.completed');
    const { seen, onEvent } = counting();
    await expect(handler.handleOnce({ 'chainside-signature': await computeSignature('other-secret', raw) }, raw, onEvent)).rejects.toMatchObject({ reason: 'invalid_signature' });
    const [headers, bytes] = await delivery(raw);
    expect((await handler.handleOnce(headers, bytes, onEvent)).outcome).toBe('processed');
    expect(seen).toHaveLength(1);
  });

  it('handlers sharing one store share what was handled; a claim past its lifetime can be taken over', async () => {
    let now = 1_000_000;
    const store = new MemoryIdempotencyStore({ now: () => now });
    const a = new CallbacksHandler({ secret: SECRET, idempotencyStore: store, claimTtlSeconds: 10 });
    const b = new CallbacksHandler({ secret: SECRET, idempotencyStore: store, claimTtlSeconds: 10 });
    const [headers, raw] = await delivery(body('payment.expired'));
    let finish!: () => void;
    const stuck = a.handleOnce(headers, raw, () => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await b.handleOnce(headers, raw, () => undefined)).outcome).toBe('in_progress');
    now += 11_000;
    const { seen, onEvent } = counting();
    expect((await b.handleOnce(headers, raw, onEvent)).outcome).toBe('processed');
    finish();
    expect((await stuck).outcome).toBe('processed');
    expect(seen).toHaveLength(1);
    expect((await a.handleOnce(headers, raw, onEvent)).outcome).toBe('duplicate');
  });

  it('the memory store forgets handled callbacks after doneTtlSeconds, and keeps at most maxEntries', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ now: () => now, maxEntries: 2 });
    const claim = await store.claim('k1', 10);
    if (claim.status !== 'claimed') throw new Error('expected a claim');
    await store.complete('k1', claim.token, 60);
    expect((await store.claim('k1', 10)).status).toBe('done');
    now += 61_000;
    expect((await store.claim('k1', 10)).status).toBe('claimed');
    await store.claim('k2', 10);
    await store.claim('k3', 10);
    expect((await store.claim('k1', 10)).status).toBe('claimed'); // k1 was the oldest: evicted
  });
});
