import { iso } from './clock';
import { DEMO_RATE_VALUE, RATE_SOURCE, formatBtc, formatFiat, satsToFiatCents } from './money';
import { outsSum, receivedSats, type StoredOrder } from './order-model';
import { STATUS_OF } from './state-machine';
import type {
  CallbackPaymentOrder,
  CurrencyRetrieval,
  PaidStatus,
  PaymentOrderCreationResponse,
  PaymentOrderCreator,
  PaymentOrderRetrieval,
  PaymentOrderState,
  RateRetrieval,
} from './wire-types';

export const EUR_CURRENCY: CurrencyRetrieval = { uuid: '5f2c6a1e-0b7d-4e8a-9c3f-6d1b2a4e8c70', name: 'EUR', type: 'fiat' };

export const SANDBOX_POS: PaymentOrderCreator = {
  uuid: '8d3e1f5a-2c4b-4a6d-8e9f-0a1b2c3d4e5f',
  name: 'Sandbox WebPOS',
  type: 'web',
  active: true,
  deposit_account: { uuid: 'b7a1c9e2-3d5f-4e7a-9b1c-2d4e6f8a0b1c', name: 'Sandbox bitcoin deposit', type: 'bitcoin' },
};

/** Where the (real) hosted payment page would be; a placeholder, nothing answers there. */
const PAYMENT_PAGE_BASE = 'https://pay.sandbox.webpos.chainside.net/payment-order';

export function redirectUrl(order: StoredOrder): string {
  return `${PAYMENT_PAGE_BASE}/${order.uuid}`;
}

export function cancelUrlOf(order: StoredOrder): string {
  return order.cancelUrl ?? `${PAYMENT_PAGE_BASE}/${order.uuid}/cancelled`;
}

function paidStatus(sats: number): PaidStatus {
  return { crypto: sats, fiat: formatFiat(satsToFiatCents(sats)) };
}

function rateOf(order: StoredOrder): RateRetrieval {
  return { source: RATE_SOURCE, value: DEMO_RATE_VALUE, created_at: iso(order.rateCreatedAt), from: 'BTC', to: 'EUR' };
}

function uriOf(order: StoredOrder): string {
  return `bitcoin:${order.address}?amount=${formatBtc(order.btcAmount)}`;
}

/** paid/unpaid are always objects; in_confirmation is null when nothing is waiting for confirmation. */
export function stateOf(order: StoredOrder): PaymentOrderState {
  const { confirmed, inConfirmation } = receivedSats(order);
  return {
    status: STATUS_OF[order.blockchainStatus],
    blockchain_status: order.blockchainStatus,
    paid: paidStatus(confirmed),
    in_confirmation: inConfirmation > 0 ? paidStatus(inConfirmation) : null,
    unpaid: paidStatus(Math.max(0, order.btcAmount - confirmed - inConfirmation)),
  };
}

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

export function toRetrieval(order: StoredOrder): PaymentOrderRetrieval {
  return {
    uuid: order.uuid,
    amount: formatFiat(order.fiatCents),
    btc_amount: order.btcAmount,
    address: order.address,
    uri: uriOf(order),
    state: stateOf(order),
    transactions: order.transactions.map((tx) => ({
      txid: tx.txid,
      normalized_txid: tx.normalizedTxid,
      status: tx.status,
      blockchain_status: tx.blockchainStatus,
      outs_sum: outsSum(tx),
      created_at: iso(tx.createdAt),
      outs: tx.outs.map((out) => ({ n: out.n, amount: out.amount })),
    })),
    rate: rateOf(order),
    currency: EUR_CURRENCY,
    created_by: SANDBOX_POS,
    required_confirmations: order.requiredConfirmations,
    expires_in: order.expiresIn,
    expiration_time: iso(order.expirationTime),
    created_at: iso(order.createdAt),
    resolved_at: isoOrNull(order.resolvedAt),
    chargeback_date: isoOrNull(order.chargebackDate),
    dispute_start_date: isoOrNull(order.disputeStartDate),
    reference: order.reference,
    details: order.details,
    callback_url: order.callbackUrl,
    redirect_url: redirectUrl(order),
  };
}

export function toCreationResponse(order: StoredOrder): PaymentOrderCreationResponse {
  return {
    uuid: order.uuid,
    address: order.address,
    uri: uriOf(order),
    amount: order.btcAmount,
    expires_in: order.expiresIn,
    expiration_time: iso(order.expirationTime),
    redirect_url: redirectUrl(order),
    rate: rateOf(order),
    created_at: iso(order.createdAt),
    reference: order.reference,
  };
}

export function toCallbackObject(order: StoredOrder): CallbackPaymentOrder {
  return { ...toRetrieval(order), continue_url: order.continueUrl, cancel_url: cancelUrlOf(order) };
}
