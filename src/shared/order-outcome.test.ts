import { describe, expect, it } from 'vitest';
import { BLOCKCHAIN_STATUSES } from '../sdk';
import { statusLabel } from '../shared/status';
import { formatCountdown, outcomeOf, secondsLeft, showsQr } from './order-outcome';

describe('outcomeOf', () => {
  it.each([
    ['pending', 'pending', 'payable'],
    ['pending', 'partial', 'partial'],
    ['pending', 'mempool_unconfirmed', 'confirming'],
    ['paid', 'paid', 'paid'],
    ['expired', 'expired', 'expired'],
    ['cancelled', 'cancelled', 'cancelled'],
    ['network_dispute', 'possible_chargeback', 'dispute'],
    ['chargeback', 'chargeback', 'chargeback'],
    ['expired', 'pending', 'expired'],
  ] as const)('status %s / %s → %s', (status, blockchain_status, outcome) => {
    expect(outcomeOf({ status, blockchain_status })).toBe(outcome);
  });

  it('shows the QR only while the order can be paid', () => {
    expect(showsQr('payable')).toBe(true);
    expect(showsQr('partial')).toBe(true);
    for (const outcome of ['paid', 'expired', 'cancelled', 'confirming', 'dispute', 'chargeback'] as const) {
      expect(showsQr(outcome)).toBe(false);
    }
  });

  it('agrees with the shared badge tone for every blockchain status', () => {
    const toneOf = {
      payable: 'pending',
      partial: 'progress',
      confirming: 'progress',
      paid: 'paid',
      expired: 'expired',
      cancelled: 'cancelled',
      dispute: 'dispute',
      chargeback: 'chargeback',
    } as const;
    const pairs = BLOCKCHAIN_STATUSES.map((blockchain_status) => [
      toneOf[outcomeOf({ status: 'pending', blockchain_status })],
      statusLabel({ blockchain_status }).tone,
    ]);
    expect(pairs).toHaveLength(11);
    for (const [fromOutcome, fromBadge] of pairs) expect(fromOutcome).toBe(fromBadge);
  });
});

describe('countdown', () => {
  const now = Date.UTC(2026, 10, 26, 12, 0, 0);
  it('counts whole seconds down to zero, never below', () => {
    expect(secondsLeft('2026-11-26T12:15:00Z', now)).toBe(900);
    expect(secondsLeft('2026-11-26T12:00:00.999Z', now)).toBe(0);
    expect(secondsLeft('2026-11-26T11:00:00Z', now)).toBe(0);
    expect(secondsLeft('not a date', now)).toBeNull();
  });

  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [905, '15:05'],
    [3725, '1:02:05'],
  ])('%d s reads %s', (seconds, text) => expect(formatCountdown(seconds)).toBe(text));
});
