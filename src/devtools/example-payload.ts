/**
 * A realistic callback body for each WebPOS event, for signing test payloads.
 * Page-side on purpose: pages may not import the background, and these are
 * plain data. Types only from the SDK, so no schema code lands in the panel.
 */
import type { CallbackBody, CallbackEventName, CallbackPaymentOrder, PaymentOrderState } from '../sdk';

export interface ExampleOptions {
  /** Defaults to now. */
  now?: Date;
  /** Defaults to a fresh random UUID. */
  uuid?: string;
}

const ADDRESS = 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx';
const SATS = 25_000;
const FIAT = '10.00';
const paid = (crypto: number, fiat: string) => ({ crypto, fiat });

function stateFor(event: CallbackEventName): PaymentOrderState {
  switch (event) {
    case 'payment.completed':
    case 'payment.dispute.end':
      return { status: 'paid', blockchain_status: 'paid', paid: paid(SATS, FIAT), in_confirmation: null, unpaid: paid(0, '0.00') };
    case 'payment.overpaid':
      return { status: 'paid', blockchain_status: 'paid', paid: paid(30_000, '12.00'), in_confirmation: null, unpaid: paid(0, '0.00') };
    case 'payment.expired':
      return { status: 'expired', blockchain_status: 'expired', paid: paid(0, '0.00'), in_confirmation: null, unpaid: paid(SATS, FIAT) };
    case 'payment.cancelled':
      return { status: 'cancelled', blockchain_status: 'cancelled', paid: paid(0, '0.00'), in_confirmation: null, unpaid: paid(SATS, FIAT) };
    case 'payment.dispute.start':
      return { status: 'network_dispute', blockchain_status: 'network_dispute', paid: paid(0, '0.00'), in_confirmation: paid(SATS, FIAT), unpaid: paid(0, '0.00') };
    case 'payment.chargeback':
      return { status: 'chargeback', blockchain_status: 'chargeback', paid: paid(0, '0.00'), in_confirmation: null, unpaid: paid(SATS, FIAT) };
  }
}

export function exampleCallback(event: CallbackEventName, options: ExampleOptions = {}): CallbackBody {
  const now = options.now ?? new Date();
  const iso = (offsetSeconds: number) => new Date(now.getTime() + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const uuid = options.uuid ?? crypto.randomUUID();
  const state = stateFor(event);
  const hasTx = (state.paid?.crypto ?? 0) > 0 || (state.in_confirmation?.crypto ?? 0) > 0;
  const resolved = event !== 'payment.dispute.start';
  const order: CallbackPaymentOrder = {
    uuid,
    amount: FIAT,
    btc_amount: SATS,
    address: ADDRESS,
    uri: `bitcoin:${ADDRESS}?amount=0.00025`,
    state,
    transactions: hasTx
      ? [{
          txid: 'f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16',
          normalized_txid: '9c3f8e6a1b2d4c5e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6',
          status: event === 'payment.dispute.start' ? 'unconfirmed' : event === 'payment.chargeback' ? 'reverted' : 'confirmed',
          blockchain_status: event === 'payment.dispute.start' ? 'unconfirmed' : event === 'payment.chargeback' ? 'reverted' : 'confirmed',
          outs_sum: state.paid?.crypto || state.in_confirmation?.crypto || SATS,
          created_at: iso(-240),
          outs: [{ n: 0, amount: state.paid?.crypto || state.in_confirmation?.crypto || SATS }],
        }]
      : [],
    rate: { source: 'Kraken', value: '40000.00', created_at: iso(-600), from: 'BTC', to: 'EUR' },
    currency: { uuid: '6a1b7ce7-94e1-4d2b-9ac4-5b1c5e0f3a21', name: 'EUR', type: 'fiat' },
    created_by: {
      uuid: '2f6d1c3e-8a4b-4f0e-9c7d-1e2f3a4b5c6d',
      name: 'Till 3',
      type: 'web',
      active: true,
      deposit_account: { uuid: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e', name: 'Main account', type: 'bank' },
    },
    required_confirmations: 1,
    expires_in: 900,
    expiration_time: iso(300),
    created_at: iso(-600),
    resolved_at: resolved ? iso(-5) : null,
    chargeback_date: event === 'payment.chargeback' ? iso(-5) : null,
    dispute_start_date: event.startsWith('payment.dispute') ? iso(-60) : null,
    reference: 'till-3 #1042',
    details: '2 espresso',
    callback_url: 'https://shop.example/webhooks/webpos',
    redirect_url: `https://pay.example/orders/${uuid}`,
    continue_url: 'https://shop.example/thanks',
    cancel_url: 'https://shop.example/cart',
  };
  return { event, created_at: iso(0), object_type: 'payment_order', object: order };
}

/** The example as the API sends it: compact JSON. */
export function exampleBody(event: CallbackEventName, options?: ExampleOptions): string {
  return JSON.stringify(exampleCallback(event, options));
}
