import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedOrders } from './seed';
import { ADDRESS_PATTERN } from './address';
import { admin, api, createOrder, field, login, start, type Json } from './test-util';
import { BLOCKCHAIN_STATUSES } from './wire-types';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seed data', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(seedOrders(40, 7, NOW, 900)).toEqual(seedOrders(40, 7, NOW, 900));
    expect(seedOrders(40, 8, NOW, 900)[0]?.uuid).not.toBe(seedOrders(40, 7, NOW, 900)[0]?.uuid);
  });

  it('covers every blockchain status, the last 30 days, shop-like amounts and references', () => {
    const orders = seedOrders(200, 1, NOW, 900);
    expect(new Set(orders.map((o) => o.blockchainStatus))).toEqual(new Set(BLOCKCHAIN_STATUSES));
    expect(new Set(seedOrders(11, 5, NOW, 900).map((o) => o.blockchainStatus)).size).toBe(11);
    for (const o of orders) {
      expect(o.createdAt).toBeLessThanOrEqual(NOW);
      expect(o.createdAt).toBeGreaterThanOrEqual(NOW - 30 * 86_400_000);
      expect(o.fiatCents).toBeGreaterThanOrEqual(350);
      expect(o.fiatCents).toBeLessThanOrEqual(25_000);
      expect(o.reference).toMatch(/^till-\d #\d{4,}$/);
      expect(o.address).toMatch(ADDRESS_PATTERN);
      for (const t of [o.resolvedAt, o.disputeStartDate, o.chargebackDate]) if (t !== null) expect(t).toBeLessThanOrEqual(NOW);
      if (['pending', 'partial'].includes(o.blockchainStatus)) expect(o.expirationTime).toBeGreaterThan(NOW);
    }
    const days = new Set(orders.map((o) => Math.floor((NOW - o.createdAt) / 86_400_000)));
    expect(days.size).toBeGreaterThan(20);
  });

  it('--seed N serves N orders through the API', async () => {
    const sb = await start({ seed: 60, seedRandom: 3 });
    try {
      const token = await login(sb);
      const page = (await api(sb, token, 'GET', '/payment-order?page_size=40')).body;
      expect([page.total_items, page.total_pages]).toEqual([60, 2]);
      const other = await start({ seed: 60, seedRandom: 3 });
      const otherUuids = field<Json[]>(await admin(other, 'GET', '/orders'), 'orders').map((o) => o.uuid);
      await other.close();
      expect(field<Json[]>(await admin(sb, 'GET', '/orders'), 'orders').map((o) => o.uuid)).toEqual(otherUuids);
    } finally {
      await sb.close();
    }
  });
});

describe('persistence (--data)', () => {
  it('a restart keeps orders, tokens and their states', async () => {
    const file = join(dir, 'data.json');
    const first = await start({ dataFile: file, seed: 5 });
    const token = await login(first);
    const uuid = String((await createOrder(first, token, { amount: '12.34', reference: 'kept' })).uuid);
    await api(first, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
    await first.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });

    const second = await start({ dataFile: file, seed: 50 });
    try {
      const r = await api(second, token, 'GET', `/payment-order/${uuid}`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ amount: '12.34', reference: 'kept', state: { status: 'paid' } });
      expect((await api(second, token, 'GET', '/payment-order')).body.total_items).toBe(6);
      const created = await createOrder(second, token);
      expect(field<Json[]>(await admin(second, 'GET', '/orders'), 'orders').at(-1)?.uuid).toBe(created.uuid);
    } finally {
      await second.close();
    }
  });

  it('refuses a file that is not sandbox data', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"hello":1}');
    await expect(start({ dataFile: file })).rejects.toThrow(/not a sandbox data file/);
  });
});
