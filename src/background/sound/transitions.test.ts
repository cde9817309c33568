import { describe, expect, it } from 'vitest';
import type { BlockchainStatus } from '../../sdk';
import { toRow } from '../orders/order-rows';
import { order } from '../platform/test-fakes.test-util';
import { soundFor } from './transitions';

const row = (status: BlockchainStatus, createdHere = true, n = 1) => toRow(order(n, status, '2026-11-29T10:00:00Z'), createdHere);

describe('soundFor', () => {
  it('chimes when an order made here is paid', () => {
    expect(soundFor(row('pending'), row('paid'))).toBe('paid');
    expect(soundFor(row('mempool_unconfirmed'), row('paid'))).toBe('paid');
    expect(soundFor(row('expired'), row('paid'))).toBe('paid');
  });

  it.each<BlockchainStatus>(['expired', 'partial', 'network_dispute', 'mempool_network_dispute', 'possible_chargeback', 'chargeback'])(
    'sounds the alert when an order made here turns %s',
    (status) => expect(soundFor(row('pending'), row(status))).toBe('alert'),
  );

  it.each<BlockchainStatus>(['pending', 'mempool_unconfirmed', 'unconfirmed', 'cancelled'])('stays silent for %s (no news, or the cashier’s own cancel)', (status) => {
    expect(soundFor(row('partial'), row(status))).toBeNull();
  });

  it('stays silent for another till’s orders and when nothing changed', () => {
    expect(soundFor(row('pending', false), row('paid', false))).toBeNull();
    expect(soundFor(row('paid'), row('paid'))).toBeNull();
    expect(soundFor(row('pending', true, 1), row('paid', true, 2))).toBeNull();
  });
});
