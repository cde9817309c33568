/**
 * The protocol's fixed vocabularies and limits, apart from the schemas so that a
 * page can use them without bundling the schema library.
 */

export type Mode = 'sandbox' | 'live';
export const MODES: readonly Mode[] = ['sandbox', 'live'];

/** Base URL of each mode. A `baseUrl` in the config overrides it (e.g. a local sandbox). */
export const HOSTS: Readonly<Record<Mode, string>> = Object.freeze({
  live: 'https://api.webpos.chainside.net',
  sandbox: 'https://api.sandbox.webpos.chainside.net',
});

export const ORDER_STATUSES = ['pending', 'paid', 'cancelled', 'expired', 'network_dispute', 'chargeback'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const BLOCKCHAIN_STATUSES = [
  'pending',
  'partial',
  'mempool_unconfirmed',
  'unconfirmed',
  'paid',
  'cancelled',
  'expired',
  'network_dispute',
  'mempool_network_dispute',
  'possible_chargeback',
  'chargeback',
] as const;
export type BlockchainStatus = (typeof BLOCKCHAIN_STATUSES)[number];

export const CALLBACK_EVENTS = [
  'payment.completed',
  'payment.overpaid',
  'payment.expired',
  'payment.cancelled',
  'payment.dispute.start',
  'payment.dispute.end',
  'payment.chargeback',
] as const;
export type CallbackEventName = (typeof CALLBACK_EVENTS)[number];

export const TRANSACTION_STATUSES = ['unconfirmed', 'confirmed', 'reverted'] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];
export const TRANSACTION_BLOCKCHAIN_STATUSES = ['mempool', 'unconfirmed', 'confirmed', 'reverted'] as const;
export type TransactionBlockchainStatus = (typeof TRANSACTION_BLOCKCHAIN_STATUSES)[number];

export const SORT_BY = ['amount', 'created_at'] as const;
export const SORT_ORDERS = ['asc', 'desc'] as const;
export const MAX_PAGE_SIZE = 40;
export const MAX_TEXT_LENGTH = 300;

/** Bitcoin address shape (mainnet, testnet, regtest) per the protocol. */
export const ADDRESS_REGEX = /^(bc1|[13]|tb1|[2nm]|bcrt)[a-zA-HJ-NP-Z0-9]{25,40}$/;
/** A positive-or-zero fiat decimal: digits, optionally a dot and 1–2 decimals ("10", "10.5", "10.00"). */
export const DECIMAL_REGEX = /^(?:0|[1-9]\d{0,14})(?:\.\d{1,2})?$/;
