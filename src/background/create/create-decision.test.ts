import { AppError } from '../platform/errors';
import { text } from '../../shared/local-text';
import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  createHttpError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
  type BlockchainStatus,
  type PaymentOrderCreationResponse,
  type PaymentOrderRetrieval,
} from '../../sdk';
import { paymentOrder } from '../../sdk/fixtures.test-util';
import {
  isDefinitiveRefusal,
  judgeAnswer,
  reconcile,
  sameAmount,
  searchCovers,
  SEARCH_MARGIN_MS,
  type AttemptMark,
  type CreateAnswer,
  type Reconciliation,
} from './create-decision';

const mark: AttemptMark = { saleCode: 'K7QX2M9P', reference: 'Table 4 #K7QX2M9P', amount: '27.00' };
const t0 = Date.parse('2026-11-29T12:00:00Z');

let n = 0;
function listed(reference: string | null, status: BlockchainStatus, opts: { amount?: string; at?: number; paid?: number; inConfirmation?: number } = {}): PaymentOrderRetrieval {
  n += 1;
  const base = paymentOrder();
  const merchant =
    status === 'paid' ? 'paid' : status === 'expired' || status === 'cancelled' || status === 'chargeback' ? status : status.includes('dispute') ? 'network_dispute' : 'pending';
  const paid = opts.paid ?? (status === 'paid' || status === 'partial' ? 20_000 : 0);
  const inConfirmation = opts.inConfirmation ?? (status === 'mempool_unconfirmed' || status === 'unconfirmed' ? 67_500 : 0);
  return {
    ...base,
    uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    amount: opts.amount ?? '27.00',
    reference,
    created_at: new Date(opts.at ?? t0 + n * 1000).toISOString(),
    state: {
      status: merchant,
      blockchain_status: status,
      paid: { crypto: paid, fiat: '0.00' },
      in_confirmation: inConfirmation ? { crypto: inConfirmation, fiat: '0.00' } : null,
      unpaid: { crypto: Math.max(0, 67_500 - paid - inConfirmation), fiat: '0.00' },
    },
  };
}

const creation = (reference: string | null): PaymentOrderCreationResponse => {
  const o = paymentOrder();
  return { uuid: o.uuid, address: o.address, uri: o.uri, amount: o.btc_amount, expires_in: 900, expiration_time: o.expiration_time, redirect_url: null, rate: o.rate, created_at: o.created_at, reference };
};
const http = (status: number, errorCode: string) => createHttpError({ status, errorCode, debugInfo: { request: { method: 'POST', url: 'u', headers: {}, body: null, query: {} }, response: null } });

describe('what a create answer proves', () => {
  const table: [string, CreateAnswer, 'made' | 'refused' | 'unknown'][] = [
    ['a readable 2xx echoing our reference', { kind: 'answered', creation: creation(mark.reference) }, 'made'],
    ['a readable 2xx naming another reference', { kind: 'answered', creation: creation('Table 4') }, 'unknown'],
    ['a readable 2xx without a reference', { kind: 'answered', creation: creation(null) }, 'unknown'],
    ['a timeout', { kind: 'failed', error: new TimeoutError('POST', 'u', 5) }, 'unknown'],
    ['a dropped connection', { kind: 'failed', error: new ConnectionError('POST', 'u', new TypeError('x')) }, 'unknown'],
    ['500 / 4000', { kind: 'failed', error: http(500, '4000') }, 'unknown'],
    ['502 from a proxy, no error code', { kind: 'failed', error: http(502, '') }, 'unknown'],
    ['503 / 4006', { kind: 'failed', error: http(503, '4006') }, 'unknown'],
    ['504 from a proxy', { kind: 'failed', error: http(504, '') }, 'unknown'],
    ['408 request timeout', { kind: 'failed', error: http(408, '') }, 'unknown'],
    ['an unreadable 2xx', { kind: 'failed', error: new ResponseValidationError('create', 201, '<html>', []) }, 'unknown'],
    ['something unexpected', { kind: 'failed', error: new Error('boom') }, 'unknown'],
    ['400 / 0001 validation', { kind: 'failed', error: http(400, '0001') }, 'refused'],
    ['401 / 1007 bad token', { kind: 'failed', error: http(401, '1007') }, 'refused'],
    ['403 / 1012 forbidden', { kind: 'failed', error: http(403, '1012') }, 'refused'],
    ['429 / 2000 too many requests', { kind: 'failed', error: http(429, '2000') }, 'refused'],
    ['the SDK refusing to send bad input', { kind: 'failed', error: new ValidationError('order', []) }, 'refused'],
    ['the worker locked, before sending', { kind: 'failed', error: new AppError('locked', text('error_internal')) }, 'refused'],
    ['the worker not set up, before sending', { kind: 'failed', error: new AppError('not_configured', text('error_internal')) }, 'refused'],
    ['a worker error of another kind', { kind: 'failed', error: new AppError('internal', text('error_internal')) }, 'unknown'],
  ];
  it.each(table)('%s → %s', (_name, answer, expected) => {
    expect(judgeAnswer(answer, mark).kind).toBe(expected);
    if (answer.kind === 'failed') expect(isDefinitiveRefusal(answer.error)).toBe(expected === 'refused');
  });
});

type Expect = Reconciliation['kind'] | [Reconciliation['kind'], number] | ['adopt', number, number[]];

/** Candidates on the server → decision (with the index of the chosen order, and of the copies to cancel). */
function candidates(): [string, PaymentOrderRetrieval[], Expect][] {
  const ours = (status: BlockchainStatus, opts = {}) => listed(mark.reference, status, opts);
  return [
    ['nothing on the server', [], 'absent'],
    ['another till: same amount and typed reference, no sale code', [listed('Table 4', 'pending')], 'absent'],
    ['another till: paid €27.00 made 1 s earlier', [listed('Table 4', 'paid', { at: t0 - 1000 })], 'absent'],
    ['another till: its own sale code', [listed('Table 4 #AAAAAAAA', 'pending')], 'absent'],
    ['our sale code in another reference (typed by hand)', [listed('#K7QX2M9P', 'pending')], 'absent'],
    ['our sale code, another amount', [ours('pending', { amount: '28.00' })], 'absent'],
    ['ours, pending, nothing received', [ours('pending')], ['adopt', 0]],
    ['ours behind a paid order of another till', [listed('Table 4', 'paid'), ours('pending')], ['adopt', 1]],
    ['two copies of ours (browser resend)', [ours('pending'), ours('pending')], ['adopt', 0, [1]]],
    ['two copies of ours listed newest first', [ours('pending', { at: t0 + 5000 }), ours('pending', { at: t0 + 4000 })], ['adopt', 1, [0]]],
    ['ours, partly paid', [ours('partial')], ['held', 0]],
    ['ours, payment in the mempool', [ours('mempool_unconfirmed')], ['held', 0]],
    ['ours, confirming', [ours('unconfirmed')], ['held', 0]],
    ['ours, paid', [ours('paid')], ['held', 0]],
    ['ours, in dispute', [ours('network_dispute', { paid: 67_500 })], ['held', 0]],
    ['ours, chargeback', [ours('chargeback', { paid: 0 })], ['held', 0]],
    ['ours, pending but money in confirmation', [ours('pending', { inConfirmation: 1 })], ['held', 0]],
    ['ours paid + ours pending', [ours('paid'), ours('pending')], ['held', 0]],
    ['ours, expired unpaid', [ours('expired')], ['ended', 0]],
    ['ours, cancelled', [ours('cancelled')], ['ended', 0]],
    ['ours, expired after a partial payment', [ours('expired', { paid: 5000 })], ['held', 0]],
    ['ours expired + ours pending', [ours('expired'), ours('pending')], ['adopt', 1]],
    ['the same order listed twice (pages shifted)', (() => { const o = ours('pending'); return [o, o]; })(), ['adopt', 0, []]],
  ];
}

describe('reconciling an attempt whose answer was lost: every candidate set', () => {
  it.each(candidates())('%s', (_name, orders, expected) => {
    const decision = reconcile(mark, orders);
    const [kind, index, cancel] = Array.isArray(expected) ? expected : [expected];
    expect(decision.kind).toBe(kind);
    if (index !== undefined && decision.kind !== 'absent') expect(decision.order.uuid).toBe(orders[index]!.uuid);
    if (decision.kind === 'adopt') expect(decision.cancel).toEqual((cancel ?? []).map((i) => orders[i]!.uuid));
  });

  it('outcome × candidates: only an unsure answer looks, and only ever at orders carrying the sale code', () => {
    const outcomes: CreateAnswer[] = [
      { kind: 'answered', creation: creation(mark.reference) },
      { kind: 'answered', creation: creation('Table 4') },
      { kind: 'failed', error: new TimeoutError('POST', 'u', 5) },
      { kind: 'failed', error: http(502, '') },
      { kind: 'failed', error: http(400, '0001') },
    ];
    for (const outcome of outcomes) {
      for (const [name, orders] of candidates()) {
        const verdict = judgeAnswer(outcome, mark);
        if (verdict.kind !== 'unknown') continue;
        const decision = reconcile(mark, orders);
        if (decision.kind === 'absent') continue;
        expect(decision.order.reference, name).toBe(mark.reference);
        if (decision.kind === 'adopt') {
          expect(decision.order.state.blockchain_status, name).toBe('pending');
          for (const uuid of decision.cancel) expect(orders.find((o) => o.uuid === uuid)?.reference, name).toBe(mark.reference);
        }
      }
    }
  });

  it('two unsure attempts for the same amount each find only their own order', () => {
    const other: AttemptMark = { saleCode: 'ZZZZ9999', reference: 'Table 4 #ZZZZ9999', amount: '27.00' };
    const a = listed(mark.reference, 'pending');
    const b = listed(other.reference, 'pending');
    expect(reconcile(mark, [b, a])).toMatchObject({ kind: 'adopt', order: { uuid: a.uuid }, cancel: [] });
    expect(reconcile(other, [b, a])).toMatchObject({ kind: 'adopt', order: { uuid: b.uuid }, cancel: [] });
  });

  it('a server clock far ahead of or behind the till changes nothing', () => {
    for (const skew of [-3_600_000, -1_000_000, 0, 1_000_000, 86_400_000]) {
      const orders = [listed('Table 4', 'paid', { at: t0 + skew - 1000 }), listed(mark.reference, 'pending', { at: t0 + skew })];
      expect(reconcile(mark, orders)).toMatchObject({ kind: 'adopt', order: { uuid: orders[1]!.uuid } });
    }
  });
});

describe('whether a search has looked far enough back', () => {
  const started = t0;
  it.each([
    ['the last page was read', null, 0, true, true],
    ['nothing read yet', null, 0, false, false],
    ['oldest seen is newer than the attempt', new Date(started + 1000).toISOString(), 0, false, false],
    ['oldest seen is older than the attempt minus the margin', new Date(started - SEARCH_MARGIN_MS - 1).toISOString(), 0, false, true],
    ['server 1000 s ahead: a page of "old-looking" orders is still after the attempt', new Date(started + 500_000).toISOString(), 1_000_000, false, false],
    ['server 1000 s ahead: far enough in server time', new Date(started + 1_000_000 - SEARCH_MARGIN_MS - 1).toISOString(), 1_000_000, false, true],
    ['server 1 h behind: orders before the attempt in server time', new Date(started - 3_600_000 - SEARCH_MARGIN_MS - 1).toISOString(), -3_600_000, false, true],
    ['server 1 h behind: still inside the attempt window', new Date(started - 3_600_000).toISOString(), -3_600_000, false, false],
    ['an unreadable date', 'garbage', 0, false, false],
  ] as const)('%s', (_name, oldest, offset, lastPage, expected) => {
    expect(searchCovers(oldest, started, offset, lastPage)).toBe(expected);
  });
});

describe('sameAmount', () => {
  it('compares amounts as numbers', () => {
    expect(sameAmount('10', '10.00')).toBe(true);
    expect(sameAmount('010.5', '10.50')).toBe(true);
    expect(sameAmount('10.05', '10.5')).toBe(false);
    expect(sameAmount('100', '10')).toBe(false);
  });
});
