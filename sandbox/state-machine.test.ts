import { describe, expect, it } from 'vitest';
import { buildOrder } from './order-factory';
import type { StoredOrder } from './order-model';
import { stateOf } from './order-views';
import { seededRandom } from './random';
import {
  STATUS_OF,
  applyCallback,
  applyStep,
  availableCallbacks,
  availableSteps,
  expireIfDue,
  resetOrder,
} from './state-machine';
import { BLOCKCHAIN_STATUSES, type BlockchainStatus, type CallbackEvent } from './wire-types';

const T0 = Date.parse('2026-11-26T10:00:00Z');

function order(): StoredOrder {
  const input = {
    fiatCents: 1000,
    details: null,
    reference: null,
    continueUrl: null,
    cancelUrl: null,
    callbackUrl: null,
    requiredConfirmations: null,
  };
  return { ...buildOrder(input, 'c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c', T0, 900), seq: 1 };
}
const ctx = (now = T0 + 60_000) => ({ now, random: seededRandom(3) });

function via(o: StoredOrder, ...moves: (BlockchainStatus | CallbackEvent)[]): StoredOrder {
  for (const m of moves) {
    const r = m.startsWith('payment.') ? applyCallback(o, m, ctx()) : applyStep(o, m as BlockchainStatus, ctx());
    if (!r) throw new Error(`cannot ${m} from ${o.blockchainStatus}`);
  }
  return o;
}

describe('state machine', () => {
  it('lists the callbacks valid from each state', () => {
    const table: Partial<Record<BlockchainStatus, CallbackEvent[]>> = {};
    const reach: Record<BlockchainStatus, (BlockchainStatus | CallbackEvent)[]> = {
      pending: [],
      partial: ['partial'],
      mempool_unconfirmed: ['mempool_unconfirmed'],
      unconfirmed: ['mempool_unconfirmed', 'unconfirmed'],
      paid: ['payment.completed'],
      cancelled: ['payment.cancelled'],
      expired: ['payment.expired'],
      possible_chargeback: ['payment.completed', 'possible_chargeback'],
      mempool_network_dispute: ['payment.completed', 'mempool_network_dispute'],
      network_dispute: ['payment.completed', 'payment.dispute.start'],
      chargeback: ['payment.completed', 'payment.chargeback'],
    };
    for (const status of BLOCKCHAIN_STATUSES) {
      const o = via(order(), ...reach[status]);
      expect(o.blockchainStatus).toBe(status);
      table[status] = availableCallbacks(o);
    }
    expect(table).toEqual({
      pending: ['payment.completed', 'payment.overpaid', 'payment.expired', 'payment.cancelled'],
      partial: ['payment.completed', 'payment.overpaid', 'payment.expired'],
      mempool_unconfirmed: ['payment.completed', 'payment.overpaid'],
      unconfirmed: ['payment.completed', 'payment.overpaid'],
      paid: ['payment.dispute.start', 'payment.chargeback'],
      possible_chargeback: ['payment.dispute.start', 'payment.chargeback'],
      mempool_network_dispute: ['payment.dispute.end', 'payment.chargeback'],
      network_dispute: ['payment.dispute.end', 'payment.chargeback'],
      cancelled: [],
      expired: [],
      chargeback: [],
    });
  });

  it('walks pending → partial → mempool_unconfirmed → unconfirmed → paid with consistent amounts', () => {
    const o = order();
    applyStep(o, 'partial', ctx());
    let s = stateOf(o);
    expect(s).toMatchObject({ status: 'pending', blockchain_status: 'partial', paid: { crypto: 10_000, fiat: '4.00' } });
    expect(s.unpaid).toEqual({ crypto: 15_000, fiat: '6.00' });
    expect(s.in_confirmation).toBeNull();

    applyStep(o, 'mempool_unconfirmed', ctx());
    s = stateOf(o);
    expect(s.in_confirmation).toEqual({ crypto: 15_000, fiat: '6.00' });
    expect(s.unpaid).toEqual({ crypto: 0, fiat: '0.00' });
    expect(o.transactions.at(-1)).toMatchObject({ status: 'unconfirmed', blockchainStatus: 'mempool' });

    applyStep(o, 'unconfirmed', ctx());
    expect(o.transactions.at(-1)).toMatchObject({ status: 'unconfirmed', blockchainStatus: 'unconfirmed' });

    const r = applyStep(o, 'paid', ctx());
    expect(r?.event).toBe('payment.completed');
    s = stateOf(o);
    expect(s).toMatchObject({ status: 'paid', blockchain_status: 'paid', paid: { crypto: 25_000, fiat: '10.00' }, in_confirmation: null });
    expect(o.resolvedAt).toBe(T0 + 60_000);
    for (const tx of o.transactions) {
      expect(tx.txid).toMatch(/^[0-9a-f]{64}$/);
      expect(tx.normalizedTxid).toMatch(/^[0-9a-f]{64}$/);
      expect(tx.status).toBe('confirmed');
    }
  });

  it('payment.completed from pending adds one confirmed transaction for the whole amount', () => {
    const o = via(order(), 'payment.completed');
    expect(o.transactions).toHaveLength(1);
    expect(o.transactions[0]?.outs.reduce((a, b) => a + b.amount, 0)).toBe(25_000);
  });

  it('payment.overpaid pays more than the amount', () => {
    const o = via(order(), 'payment.overpaid');
    const s = stateOf(o);
    expect(s.status).toBe('paid');
    expect(s.paid?.crypto).toBeGreaterThan(25_000);
    expect(s.unpaid?.crypto).toBe(0);
  });

  it('dispute start and end, chargeback reverts transactions', () => {
    const o = via(order(), 'payment.completed', 'payment.dispute.start');
    expect(STATUS_OF[o.blockchainStatus]).toBe('network_dispute');
    expect(o.disputeStartDate).not.toBeNull();
    via(o, 'payment.dispute.end');
    expect(o.blockchainStatus).toBe('paid');
    via(o, 'possible_chargeback');
    expect(STATUS_OF[o.blockchainStatus]).toBe('paid');
    via(o, 'payment.chargeback');
    expect(o.blockchainStatus).toBe('chargeback');
    expect(o.chargebackDate).not.toBeNull();
    expect(o.transactions.every((t) => t.status === 'reverted' && t.blockchainStatus === 'reverted')).toBe(true);
    expect(stateOf(o).paid?.crypto).toBe(0);
  });

  it('refuses callbacks that are not valid from the current state', () => {
    const o = via(order(), 'payment.cancelled');
    for (const e of ['payment.completed', 'payment.cancelled', 'payment.dispute.end', 'nope']) {
      expect(applyCallback(o, e, ctx())).toBeNull();
    }
    expect(availableSteps(o)).toEqual([]);
    expect(applyCallback(order(), 'payment.dispute.end', ctx())).toBeNull();
  });

  it('expires pending and partial orders only once the expiration time has passed', () => {
    const o = order();
    expect(expireIfDue(o, ctx(T0 + 899_999))).toBeNull();
    const r = expireIfDue(o, ctx(T0 + 900_000 + 5000));
    expect(r).toEqual({ from: 'pending', to: 'expired', event: 'payment.expired' });
    expect(o.resolvedAt).toBe(T0 + 900_000);

    const inFlight = via(order(), 'mempool_unconfirmed');
    expect(expireIfDue(inFlight, ctx(T0 + 10_000_000))).toBeNull();
  });

  it('expires an order at exactly its expiration time', () => {
    const o = order();
    expect(expireIfDue(o, ctx(T0 + 900_000))).toEqual({ from: 'pending', to: 'expired', event: 'payment.expired' });
    expect(o.resolvedAt).toBe(T0 + 900_000);
  });

  it('reset returns to pending with no transactions and a new expiration window', () => {
    const o = via(order(), 'payment.completed', 'payment.chargeback');
    resetOrder(o, T0 + 3_600_000);
    expect(o).toMatchObject({ blockchainStatus: 'pending', transactions: [], resolvedAt: null, chargebackDate: null, disputeStartDate: null });
    expect(o.expirationTime).toBe(T0 + 3_600_000 + 900_000);
  });
});
