import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlockchainStatus } from '../../sdk';
import { ConnectionError, createHttpError, NotFoundError, type DebugInfo } from '../../sdk';
import type { CachedOrder, OrderRow } from '../../messaging/protocol';
import { toRow } from './order-cache';
import { EXPIRY_GRACE_MS, FastWatch, MIN_GAP_MS, STALL_MS, VIEWED_INTERVAL_MS, VIEWED_MAX_BACKOFF_MS, YOUNG_INTERVAL_MS, YOUNG_MAX_AGE_MS } from './fast-watch';
import { MAX_BACKOFF_MS } from './retry-delay';
import { order, uuidN } from '../platform/test-fakes.test-util';

const T0 = Date.parse('2026-11-26T12:00:00Z');
const TTL_MS = 15 * 60_000;

/** The API as the watch sees it: each order's status, each read's start and end (fake time). */
function fakeApi() {
  const states = new Map<string, BlockchainStatus>();
  const reads: { uuid: string; start: number; end: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let latencyMs = () => 0;
  let fail: ((uuid: string) => Error | null) = () => null;
  const read = async (uuid: string): Promise<CachedOrder> => {
    const start = Date.now();
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const wait = latencyMs();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const error = fail(uuid);
      if (error) throw error;
      const status = states.get(uuid);
      if (!status) throw new NotFoundError({ status: 404, errorCode: '3001', debugInfo: debug(404, {}) });
      return { order: order(Number(uuid.slice(-12)), status, new Date(T0).toISOString(), { uuid }), fetchedAt: Date.now(), createdHere: true };
    } finally {
      inFlight--;
      reads.push({ uuid, start, end: Date.now() });
    }
  };
  return {
    states, reads, read,
    get maxInFlight() { return maxInFlight; },
    setLatency: (f: () => number) => (latencyMs = f),
    setFail: (f: (uuid: string) => Error | null) => (fail = f),
    readsOf: (uuid: string) => reads.filter((r) => r.uuid === uuid),
  };
}

function debug(status: number, headers: Record<string, string>): DebugInfo {
  return { request: { method: 'GET', url: 'https://api/x', headers: {}, body: null, query: {} }, response: { status, headers, body: '' } };
}

/** A pending order made here, created `ageMs` ago (server time = ours here). */
function youngRow(n: number, ageMs = 0, status: BlockchainStatus = 'pending'): OrderRow {
  const created = Date.now() - ageMs;
  return toRow(order(n, status, new Date(created).toISOString(), { uuid: uuidN(n), expiration_time: new Date(created + TTL_MS).toISOString() }), true);
}

function setup(pending: OrderRow[] = []) {
  const api = fakeApi();
  for (const row of pending) api.states.set(row.uuid, row.blockchain_status);
  const settled: string[] = [];
  let keepAlives = 0;
  const watch = new FastWatch({
    read: api.read,
    pendingCreated: async () => pending,
    keepAlive: async () => void keepAlives++,
    serverOffsetMs: () => 0,
    onSettled: (uuid) => settled.push(uuid),
  });
  return { api, watch, settled, get keepAlives() { return keepAlives; } };
}

const gaps = (starts: number[]) => starts.slice(1).map((t, i) => t - starts[i]!);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('FastWatch: the order an open page shows', () => {
  it('reads it at once, then every second while pending; stops (and says so once) when it is paid', async () => {
    const { api, watch, settled } = setup();
    const u1 = uuidN(1);
    api.states.set(u1, 'pending');
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(0);
    expect(api.reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4 * VIEWED_INTERVAL_MS);
    expect(api.reads.map((r) => r.start - T0)).toEqual([0, 1000, 2000, 3000, 4000]);

    api.states.set(u1, 'paid');
    await vi.advanceTimersByTimeAsync(VIEWED_INTERVAL_MS);
    await vi.advanceTimersByTimeAsync(10 * VIEWED_INTERVAL_MS);
    expect(api.reads).toHaveLength(6);
    expect(settled).toEqual([u1]);
    expect(watch.active).toBe(false);
  });

  it('counts a copy read by anyone else as a read, and slows down when the page shows nothing', async () => {
    const { api, watch } = setup();
    const u1 = uuidN(1);
    api.states.set(u1, 'pending');
    // The page just got a fresh copy (created or read): the first watch read waits its interval.
    watch.observed(youngRow(1), Date.now());
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(999);
    // Made here and young: without a page it is read every 3 s, not every second.
    expect(api.reads).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.reads).toHaveLength(1);
    watch.watch(null);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(gaps(api.reads.map((r) => r.start))).toEqual([YOUNG_INTERVAL_MS, YOUNG_INTERVAL_MS, YOUNG_INTERVAL_MS]);
  });

  it('lapses after 15 minutes unless a page renews it', async () => {
    const { api, watch } = setup();
    const u1 = uuidN(1);
    api.states.set(u1, 'pending');
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(15 * 60_000 + 5_000);
    const count = api.reads.length;
    expect(count).toBeGreaterThanOrEqual(900);
    expect(watch.watched).toBeNull();
    expect(watch.active).toBe(false);
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.reads).toHaveLength(count + 1);
  });
});

describe('FastWatch: young pending orders made here, no page open', () => {
  it('reads each every 3 s, calls an extension API on every read, and stops when none is pending', async () => {
    const a = youngRow(1);
    const b = youngRow(2, 60_000);
    const watched = setup([a, b]);
    const { api, watch } = watched;
    await watch.refresh();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(api.readsOf(a.uuid).length).toBeGreaterThanOrEqual(3);
    expect(api.readsOf(b.uuid).length).toBeGreaterThanOrEqual(3);
    for (const uuid of [a.uuid, b.uuid]) for (const gap of gaps(api.readsOf(uuid).map((r) => r.start))) expect(gap).toBe(YOUNG_INTERVAL_MS);
    expect(watched.keepAlives).toBe(api.reads.length);

    api.states.set(a.uuid, 'paid');
    api.states.set(b.uuid, 'expired');
    await vi.advanceTimersByTimeAsync(YOUNG_INTERVAL_MS + MIN_GAP_MS);
    const total = api.reads.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.reads).toHaveLength(total);
    expect(watch.active).toBe(false);
    expect(watched.settled.sort()).toEqual([a.uuid, b.uuid].sort());
  });

  it('leaves alone orders past their expiration (plus a margin), older than 15 minutes, or with the money already sent', async () => {
    const expiring = toRow(order(1, 'pending', new Date(T0 - 60_000).toISOString(), { uuid: uuidN(1), expiration_time: new Date(T0 + 5_000).toISOString() }), true);
    const old = toRow(order(2, 'pending', new Date(T0 - YOUNG_MAX_AGE_MS - 1).toISOString(), { uuid: uuidN(2), expiration_time: new Date(T0 + 3_600_000).toISOString() }), true);
    const inFlight = youngRow(3, 0, 'mempool_unconfirmed');
    const { api, watch } = setup([expiring, old, inFlight]);
    await watch.refresh();
    await vi.advanceTimersByTimeAsync(5_000 + EXPIRY_GRACE_MS + 10_000);
    expect(api.readsOf(old.uuid)).toHaveLength(0);
    expect(api.readsOf(inFlight.uuid)).toHaveLength(0);
    const reads = api.readsOf(expiring.uuid).length;
    expect(reads).toBeGreaterThanOrEqual(5);
    expect(api.readsOf(expiring.uuid).every((r) => r.start <= T0 + 5_000 + EXPIRY_GRACE_MS)).toBe(true);
    expect(watch.active).toBe(false);
  });

  it('stops reading an order the API no longer knows', async () => {
    const row = youngRow(1);
    const { api, watch } = setup([row]);
    api.states.delete(row.uuid);
    await watch.refresh();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(api.reads).toHaveLength(1);
  });
});

describe('FastWatch: at most one request per second per till', () => {
  it('an open order view and six young orders, reads taking 0–1.5 s: never two at once, starts ≥ 1 s apart, everyone served', async () => {
    const young = [1, 2, 3, 4, 5, 6].map((n) => youngRow(n, n * 1_000));
    const { api, watch } = setup(young);
    let seed = 7;
    api.setLatency(() => ((seed = (seed * 48271) % 2147483647) % 1500));
    const viewed = uuidN(9);
    api.states.set(viewed, 'pending');
    await watch.refresh();
    watch.watch(viewed);
    await vi.advanceTimersByTimeAsync(120_000);

    const starts = api.reads.map((r) => r.start).sort((x, y) => x - y);
    expect(api.maxInFlight).toBe(1);
    expect(Math.min(...gaps(starts))).toBeGreaterThanOrEqual(MIN_GAP_MS);
    expect(starts.length).toBeLessThanOrEqual(120);
    // The viewed order is the most urgent; no young order waits unboundedly.
    expect(api.readsOf(viewed).length).toBeGreaterThan(api.reads.length / 3);
    for (const row of young) expect(api.readsOf(row.uuid).length).toBeGreaterThanOrEqual(5);
  });
});

describe('FastWatch: errors', () => {
  it('backs off exponentially from the interval, capped at a minute for young orders, and is back to every 3 s after a success', async () => {
    const young = youngRow(1);
    const { api, watch } = setup([young]);
    api.setFail(() => new ConnectionError('GET', 'https://api/x', new Error('offline')));
    await watch.refresh();
    await vi.advanceTimersByTimeAsync(400_000);
    const failing = gaps(api.reads.map((r) => r.start));
    expect(failing.slice(0, 7)).toEqual([3_000, 6_000, 12_000, 24_000, 48_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);

    api.setFail(() => null);
    await vi.advanceTimersByTimeAsync(MAX_BACKOFF_MS + 10_000);
    expect(gaps(api.reads.map((r) => r.start)).slice(-3)).toEqual([3_000, 3_000, 3_000]);
  });

  it('tries the order a page shows at least every 5 s while offline (contact back is seen soon), and every second after a success', async () => {
    const { api, watch } = setup();
    const u1 = uuidN(1);
    api.states.set(u1, 'pending');
    api.setFail(() => new ConnectionError('GET', 'https://api/x', new Error('offline')));
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(gaps(api.reads.map((r) => r.start)).slice(0, 6)).toEqual([1_000, 2_000, 4_000, VIEWED_MAX_BACKOFF_MS, VIEWED_MAX_BACKOFF_MS, VIEWED_MAX_BACKOFF_MS]);

    api.setFail(() => null);
    await vi.advanceTimersByTimeAsync(VIEWED_MAX_BACKOFF_MS + 3_000);
    expect(gaps(api.reads.map((r) => r.start)).slice(-3)).toEqual([1_000, 1_000, 1_000]);
  });

  it('contact back (another call succeeded) ends the wait: the order a page shows is read at once', async () => {
    const { api, watch } = setup();
    const u1 = uuidN(1);
    api.states.set(u1, 'pending');
    api.setFail(() => new ConnectionError('GET', 'https://api/x', new Error('offline')));
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(3_500); // Reads at 0, 1 s, 3 s; the next is due at 7 s.
    const before = api.reads.length;
    api.setFail(() => null);
    watch.contactBack();
    await vi.advanceTimersByTimeAsync(MIN_GAP_MS); // At once, within the one-request-a-second cap.
    expect(api.reads.length).toBe(before + 1);
    expect(api.reads.at(-1)?.start).toBe(T0 + 3_000 + MIN_GAP_MS);
  });

  it('says contact is lost when a read has waited 7 s unanswered, long before the request times out; not for a slow answer', async () => {
    const stalls: number[] = [];
    const api = fakeApi();
    const u1 = uuidN(1);
    api.states.set(u1, 'pending');
    const watch = new FastWatch({ read: api.read, pendingCreated: async () => [], keepAlive: async () => undefined, serverOffsetMs: () => 0, onStalled: (ms) => stalls.push(ms) });
    api.setLatency(() => 6_000);
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(13_000);
    expect(stalls).toEqual([]);
    api.setLatency(() => 30_000);
    await vi.advanceTimersByTimeAsync(6_000); // The read under way (12–18 s) still answers in 6 s; the next waits.
    expect(stalls).toEqual([]);
    await vi.advanceTimersByTimeAsync(STALL_MS + 1_000);
    expect(stalls).toEqual([STALL_MS]);
    await vi.advanceTimersByTimeAsync(20_000); // That read answers at 48 s: one signal for it, not one a second.
    expect(stalls).toEqual([STALL_MS]);
  });

  it("honours the server's Retry-After on 429 and 503 answers, longer than the backoff", async () => {
    const { api, watch } = setup();
    const u1 = uuidN(1);
    api.states.set(u1, 'pending');
    const answers = [
      createHttpError({ status: 429, errorCode: '2000', debugInfo: debug(429, { 'retry-after': '7' }) }),
      createHttpError({ status: 503, errorCode: '', debugInfo: debug(503, { 'Retry-After': '12' }) }),
      null,
    ];
    api.setFail(() => (answers.length ? answers.shift()! : null));
    watch.watch(u1);
    await vi.advanceTimersByTimeAsync(25_000);
    expect(gaps(api.reads.map((r) => r.start)).slice(0, 3)).toEqual([7_000, 12_000, 1_000]);
  });
});
