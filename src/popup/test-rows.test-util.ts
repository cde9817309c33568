import type { OrderRow } from '../messaging/protocol';

/** A list row for tests; override what the test is about. */
export function row(overrides: Partial<OrderRow> = {}): OrderRow {
  return {
    uuid: '00000000-0000-4000-8000-000000000000',
    amount: '10.00',
    currency: 'EUR',
    btc_amount: 25000,
    reference: null,
    details: null,
    created_at: '2026-11-26T12:00:00Z',
    expiration_time: '2026-11-26T12:15:00Z',
    status: 'pending',
    blockchain_status: 'pending',
    createdHere: false,
    ...overrides,
  };
}
