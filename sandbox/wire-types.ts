// Wire objects exactly as docs/protocol.md names them (snake_case stays snake_case).

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

export const ORDER_STATUSES = ['pending', 'paid', 'cancelled', 'expired', 'network_dispute', 'chargeback'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CALLBACK_EVENTS = [
  'payment.completed',
  'payment.overpaid',
  'payment.expired',
  'payment.cancelled',
  'payment.dispute.start',
  'payment.dispute.end',
  'payment.chargeback',
] as const;
export type CallbackEvent = (typeof CALLBACK_EVENTS)[number];

export interface PaidStatus {
  crypto: number;
  fiat: string;
}

export interface PaymentOrderState {
  status: OrderStatus;
  blockchain_status: BlockchainStatus;
  paid: PaidStatus | null;
  in_confirmation: PaidStatus | null;
  unpaid: PaidStatus | null;
}

export interface TransactionOut {
  n: number;
  amount: number;
}

export interface Transaction {
  txid: string;
  normalized_txid: string;
  status: 'unconfirmed' | 'confirmed' | 'reverted';
  blockchain_status: 'mempool' | 'unconfirmed' | 'confirmed' | 'reverted';
  outs_sum: number;
  created_at: string;
  outs: TransactionOut[];
}

export interface RateRetrieval {
  source: string;
  value: string;
  created_at: string;
  from: 'BTC';
  to: 'EUR';
}

export interface CurrencyRetrieval {
  uuid: string;
  name: string;
  type: 'fiat' | 'crypto';
}

export interface PaymentOrderCreator {
  uuid: string;
  name: string;
  type: 'web' | 'mobile';
  active: boolean;
  deposit_account: { uuid: string; name: string; type: 'bank' | 'bitcoin' };
}

export interface PaymentOrderRetrieval {
  uuid: string;
  amount: string;
  btc_amount: number;
  address: string;
  uri: string;
  state: PaymentOrderState;
  transactions: Transaction[];
  rate: RateRetrieval;
  currency: CurrencyRetrieval;
  created_by: PaymentOrderCreator;
  required_confirmations: number;
  expires_in: number;
  expiration_time: string;
  created_at: string;
  resolved_at: string | null;
  chargeback_date: string | null;
  dispute_start_date: string | null;
  reference: string | null;
  details: string | null;
  callback_url: string | null;
  redirect_url: string | null;
}

export interface PaymentOrderCreationResponse {
  uuid: string;
  address: string;
  uri: string;
  amount: number;
  expires_in: number;
  expiration_time: string;
  redirect_url: string | null;
  rate: RateRetrieval;
  created_at: string | null;
  reference: string | null;
}

export interface PaymentOrderList {
  paymentorders: PaymentOrderRetrieval[];
  total_items: number;
  total_pages: number;
}

export interface CallbackPaymentOrder extends PaymentOrderRetrieval {
  continue_url: string | null;
  cancel_url: string | null;
}

export interface CallbackBody {
  event: CallbackEvent;
  created_at: string;
  object_type: 'payment_order';
  object: CallbackPaymentOrder;
}

export interface ClientCredentialsLoginResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  id_token: string;
  scope: string | null;
}
