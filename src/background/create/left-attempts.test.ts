import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { PaymentOrderCreationResponse } from '../../sdk';
import { saleCodeOf } from '../../messaging/sale-code';
import { leftAttemptsResolver, LEFT_ATTEMPTS_WINDOW_MS } from './left-attempts';
import { OrderCache } from '../orders/order-cache';
import type { ApiRunner } from '../platform/api-runner';
import { OrdersService } from '../orders/orders-service';
import { OrderCreator } from './order-creator';
import { idbOutbox, type OutboxEntry } from './outbox-store';
import { FakeApi, order } from '../platform/test-fakes.test-util';

let n = 0;
const req = { amount: '27.00', reference: 'Table 4', details: 'Lunch' };

/** A worker's parts over one shared outbox and server: a "restart" builds them again. */
function setup() {
  n += 1;
  const fake = new FakeApi();
  const outbox = idbOutbox(createStore(`test-left-${n}`, 'kv'));
  const cache = new OrderCache(`test-left-orders-${n}`);
  /** When each request started, on the fake clock. */
  const starts: number[] = [];
  const api: ApiRunner = (call) => (starts.push(fake.now), fake.api(call));
  const boot = () => {
    const orders = new OrdersService({ cache, api, offlineSince: () => null });
    const creator = new OrderCreator({ api, outbox, orders, cache, now: () => fake.now });
    const made: string[] = [];
    const resolve = leftAttemptsResolver({
      outbox, api, ready: async () => undefined, now: () => fake.now,
      sleep: async (ms) => void (fake.now += ms),
      check: (attemptId, paced) => creator.check(attemptId, { api: paced }),
      onMade: (attemptId) => void made.push(attemptId),
    });
    return { creator, resolve, made };
  };
  return { fake, outbox, cache, starts, boot };
}

const creates = (fake: FakeApi) => fake.calls.filter((c) => c === 'create').length;
const lists = (fake: FakeApi) => fake.calls.filter((c) => c.startsWith('list'));
const deletes = (fake: FakeApi) => fake.calls.filter((c) => c.startsWith('delete'));

/** The worker dies while its create hangs after WebPOS committed the order: the outbox still says `sending`. */
async function dieAfterCommit(fake: FakeApi, creator: OrderCreator, attemptId: string): Promise<void> {
  const realCreate = fake.client.createPaymentOrder;
  let committed!: () => void;
  const commit = new Promise<void>((resolve) => (committed = resolve));
  fake.client.createPaymentOrder = async (o) => {
    void realCreate(o).then(committed);
    return new Promise<PaymentOrderCreationResponse>(() => undefined);
  };
  void creator.create(req, attemptId);
  await commit;
  fake.client.createPaymentOrder = realCreate;
  fake.now += 5_000;
}

function leftEntry(attemptId: string, saleCode: string, startedAt: number, state: OutboxEntry['state'] = 'sending'): OutboxEntry {
  return { attemptId, order: req, saleCode, startedAt, state };
}

describe('at start, the worker settles the create attempts a stopped worker left "sending"', () => {
  it('committed but unrecorded: adopts the order with one list search, sends no create, and a later Create returns it', async () => {
    const { fake, outbox, boot } = setup();
    const before = boot();
    await dieAfterCommit(fake, before.creator, 'attempt-1');
    expect((await outbox.get('attempt-1'))?.state).toBe('sending');
    fake.calls = [];

    const after = boot();
    const outcomes = await after.resolve();
    expect(outcomes).toMatchObject([{ attemptId: 'attempt-1', outcome: { state: 'made', created: { createdHere: true } } }]);
    expect(fake.calls).toEqual(['list all 0']);
    expect(after.made).toEqual(['attempt-1']);
    expect((await outbox.get('attempt-1'))?.state).toBe('done');

    // Enter again for the same sale: the same order, no second one on the server.
    const again = await after.creator.create(req, 'attempt-1');
    expect(again.order.uuid).toBe(fake.orders[0]!.uuid);
    expect(creates(fake)).toBe(0);
    expect(fake.orders.map((o) => [saleCodeOf(o.reference), o.state.blockchain_status])).toEqual([[(await outbox.get('attempt-1'))!.saleCode, 'pending']]);
  });

  it('looks only at attempts of the last 15 minutes still sending (or made but never loaded), one search each', async () => {
    const { fake, outbox, boot } = setup();
    const now = fake.now;
    await outbox.put(leftEntry('old', 'AAAAAAAA', now - LEFT_ATTEMPTS_WINDOW_MS - 1));
    await outbox.put(leftEntry('recent', 'BBBBBBBB', now - LEFT_ATTEMPTS_WINDOW_MS + 60_000));
    await outbox.put(leftEntry('unsure', 'CCCCCCCC', now - 1000, 'uncertain'));
    await outbox.put(leftEntry('finished', 'DDDDDDDD', now - 1000, 'done'));
    await outbox.put(leftEntry('newest', 'EEEEEEEE', now - 500));
    const { resolve } = boot();
    // Started by this worker after it booted: its own create is still running.
    await outbox.put(leftEntry('mine', 'FFFFFFFF', now + 10));

    const outcomes = await resolve();
    expect(outcomes.map((o) => o.attemptId)).toEqual(['recent', 'newest']);
    expect(outcomes).toMatchObject([{ outcome: { state: 'not_made', saleCode: 'BBBBBBBB' } }, { outcome: { state: 'not_made', saleCode: 'EEEEEEEE' } }]);
    expect(lists(fake)).toEqual(['list all 0', 'list all 0']);
    expect(creates(fake)).toBe(0);
    // Not made is not forgotten: the attempt (and its sale code) stays for the page's next press.
    expect((await outbox.get('recent'))).toMatchObject({ state: 'uncertain', saleCode: 'BBBBBBBB' });
    expect((await outbox.get('old'))?.state).toBe('sending');
  });

  it('keeps to one request per second, a copy to cancel included', async () => {
    const { fake, outbox, boot, starts } = setup();
    const now = fake.now;
    const mine = (k: number, code: string) => order(k, 'pending', new Date(now - 4000 + k).toISOString(), { amount: '27.00', reference: `Table 4 #${code}` });
    // The first attempt's create was resent by the browser: two copies of it on the server.
    fake.orders = [mine(1, 'AAAAAAAA'), mine(2, 'AAAAAAAA'), mine(3, 'BBBBBBBB')];
    for (const [id, code] of [['a', 'AAAAAAAA'], ['b', 'BBBBBBBB'], ['c', 'CCCCCCCC']] as const) await outbox.put(leftEntry(id, code, now - 5000));
    const { resolve } = boot();
    starts.length = 0;
    await resolve();
    expect(fake.calls).toEqual(['list all 0', `delete ${fake.orders[1]!.uuid}`, 'list all 0', 'list all 0']);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it('races a page’s check of the same attempt: one search, one adoption, both told the same order', async () => {
    const { fake, outbox, boot } = setup();
    await dieAfterCommit(fake, boot().creator, 'attempt-1');
    fake.calls = [];
    const { creator, resolve } = boot();
    const [outcomes, pageCheck, pageCreate] = await Promise.all([resolve(), creator.check('attempt-1'), creator.create(req, 'attempt-1')]);
    const uuid = fake.orders[0]!.uuid;
    expect(outcomes).toMatchObject([{ outcome: { state: 'made', created: { order: { uuid } } } }]);
    expect(pageCheck).toMatchObject({ state: 'made', created: { order: { uuid } } });
    expect(pageCreate.order.uuid).toBe(uuid);
    expect(lists(fake)).toEqual(['list all 0']);
    expect(creates(fake)).toBe(0);
    expect((await outbox.get('attempt-1'))?.state).toBe('done');
  });

  it('cancels nothing that lacks this attempt’s sale code: another till’s identical order stays untouched', async () => {
    const { fake, outbox, boot } = setup();
    const now = fake.now;
    const otherTill = order(1, 'pending', new Date(now - 3000).toISOString(), { amount: '27.00', reference: 'Table 4' });
    const otherCode = order(2, 'pending', new Date(now - 2000).toISOString(), { amount: '27.00', reference: 'Table 4 #ZZZZZZZZ' });
    fake.orders = [otherTill, otherCode];
    await outbox.put(leftEntry('attempt-1', 'AAAAAAAA', now - 5000));
    const outcomes = await boot().resolve();
    expect(outcomes).toMatchObject([{ outcome: { state: 'not_made', saleCode: 'AAAAAAAA' } }]);
    expect(deletes(fake)).toEqual([]);
    expect(fake.orders.map((o) => o.state.blockchain_status)).toEqual(['pending', 'pending']);
  });

  it('still unsure (WebPOS unreachable): reports it, sends nothing, and leaves the attempt for the page to follow', async () => {
    const { fake, outbox, boot } = setup();
    await outbox.put(leftEntry('attempt-1', 'AAAAAAAA', fake.now - 5000));
    fake.offline = true;
    const outcomes = await boot().resolve();
    expect(outcomes).toMatchObject([{ attemptId: 'attempt-1', error: { code: 'create_uncertain' } }]);
    expect(creates(fake)).toBe(0);
    expect((await outbox.get('attempt-1'))?.state).toBe('uncertain');
  });
});
