// Test-only fixtures: complete, protocol-conformant objects.
import type { PaymentOrderRetrieval } from './schemas';

export const ORDER_UUID = 'c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c';

export function paymentOrder(overrides: Partial<PaymentOrderRetrieval> = {}): PaymentOrderRetrieval {
  return {
    uuid: ORDER_UUID,
    amount: '10.00',
    btc_amount: 25000,
    address: 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
    uri: 'bitcoin:tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx?amount=0.00025',
    state: {
      status: 'pending',
      blockchain_status: 'pending',
      paid: { crypto: 0, fiat: '0.00' },
      in_confirmation: null,
      unpaid: { crypto: 25000, fiat: '10.00' },
    },
    transactions: [
      {
        txid: 'a'.repeat(64),
        normalized_txid: 'b'.repeat(64),
        status: 'unconfirmed',
        blockchain_status: 'mempool',
        outs_sum: 25000,
        created_at: '2026-11-26T10:01:00Z',
        outs: [{ n: 0, amount: 25000 }],
      },
    ],
    rate: { source: 'bitstamp', value: '40000.00', created_at: '2026-11-26T10:00:00Z', from: 'BTC', to: 'EUR' },
    currency: { uuid: '6f1b4c2e-8d3a-4b5c-9e7f-0a1b2c3d4e5f', name: 'EUR', type: 'fiat' },
    created_by: {
      uuid: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      name: 'Till 3',
      type: 'web',
      active: true,
      deposit_account: { uuid: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e', name: 'Main', type: 'bitcoin' },
    },
    required_confirmations: 1,
    expires_in: 900,
    expiration_time: '2026-11-26T10:15:00Z',
    created_at: '2026-11-26T10:00:00Z',
    resolved_at: null,
    chargeback_date: null,
    dispute_start_date: null,
    reference: 'till-3 #1042',
    details: '2 espresso',
    callback_url: 'https://merchant.example/cb',
    redirect_url: 'https://pay.example/c3a2',
    ...overrides,
  };
}

export function creationResponse(): Record<string, unknown> {
  return {
    uuid: ORDER_UUID,
    address: 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
    uri: 'bitcoin:tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx?amount=0.00025',
    amount: 25000,
    expires_in: 900,
    expiration_time: '2026-11-26T10:15:00Z',
    redirect_url: 'https://pay.example/c3a2',
    rate: { source: 'bitstamp', value: '40000.00', created_at: '2026-11-26T10:00:00Z' },
    created_at: '2026-11-26T10:00:00Z',
    reference: null,
    an_undocumented_field: 'ignored',
  };
}
