/**
 * The one map of every message a page may send to the background:
 * message type → request payload → response data. Pages call `send()`,
 * the worker registers one handler per key; both are typed from this map.
 */
import type {
  BlockchainStatus,
  CallbackErrorReason,
  CallbackEventName,
  Mode,
  OrderStatus,
  PaymentOrderCreation,
  PaymentOrderCreationResponse,
  PaymentOrderRetrieval,
} from '../sdk';
import type { WireError } from './result';
import type { LocalText } from '../shared/local-text';
import type { PublicValues, SettingsForm } from '../shared/settings-schema';

/** What the options form submits (a blank secret keeps the stored one) and the customer display's languages: see the settings schema. */
export type { CustomerLanguage, SettingsForm } from '../shared/settings-schema';

export type VaultState = 'off' | 'locked' | 'unlocked';

/** Who is at the till: without a manager PIN always the manager; with one, the cashier until the PIN is entered. */
export interface RoleState {
  pinSet: boolean;
  role: 'manager' | 'cashier';
  /** Epoch ms when the manager's session ends; null for none. */
  managerUntil: number | null;
}

/** A save may also seal the secret under a new passphrase, in the same write. */
export type SettingsSave = SettingsForm & { passphrase?: string };

/** Settings as pages may see them: the secret itself never leaves the worker. */
export interface PublicSettings extends PublicValues {
  hasSecret: boolean;
  /** First 8 hex of SHA-256(`clientId:secret`): tells two secrets apart without showing either. */
  secretFingerprint: string | null;
  /** Whether the secret is sealed under a passphrase, and whether it is open in this browser session. */
  vault: VaultState;
  effectiveBaseUrl: string;
  /** Client id and secret are both set. */
  configured: boolean;
}

export interface ConnectionReport {
  mode: Mode;
  host: string;
  baseUrl: string;
  tokenExpiresInSeconds: number;
}

export type HealthState = 'unknown' | 'ok' | 'unreachable' | 'unauthorized';

export interface Health {
  state: HealthState;
  /** Epoch ms since when the state holds (e.g. offline since). */
  since: number | null;
  /** What failed (unreachable, credentials refused), formatted by the page. */
  message: LocalText | null;
  /** Pending orders created from this extension. */
  pendingCount: number;
}

/** The popup's status filter; the worker maps it to blockchain statuses. */
export const STATUS_FILTERS = ['all', 'pending', 'paid', 'expired', 'cancelled', 'dispute', 'chargeback'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface CachedOrder {
  order: PaymentOrderRetrieval;
  /** Epoch ms when this copy was fetched from the API. */
  fetchedAt: number;
  /** Created from this extension (watched, notified, counted on the badge). */
  createdHere: boolean;
  /** The WebPOS server's clock minus the worker's, ms, when this copy was fetched (0 or absent: unknown). */
  serverOffsetMs?: number;
}

/**
 * One order as a list shows it: slim, so thousands fit in a popup's memory
 * and search stays fast. The full order comes from `order.get`.
 */
export interface OrderRow {
  uuid: string;
  /** Fiat decimal string, e.g. "10.00". */
  amount: string;
  currency: string;
  btc_amount: number;
  reference: string | null;
  details: string | null;
  created_at: string;
  expiration_time: string;
  status: OrderStatus;
  blockchain_status: BlockchainStatus;
  createdHere: boolean;
}

export interface OrderListView {
  filter: StatusFilter;
  /** Newest first. */
  orders: OrderRow[];
  /** Epoch ms of the last successful refresh of this list; null if never. */
  fetchedAt: number | null;
  hasMore: boolean;
  totalItems: number | null;
  /** Epoch ms since the API has been unreachable, when it is. */
  offlineSince: number | null;
  /** Only the newest `limit` rows were sent (`orders.cached` with a limit); the worker holds more. */
  partial: boolean;
  /** The WebPOS server's clock minus the worker's, ms (absent: unknown). */
  serverOffsetMs?: number;
  /**
   * Set on an `orders.more` answer that sends only the rows a page adds: `orders` follow
   * the row with this uuid (null: the list was empty). Absent: `orders` is the whole list.
   */
  after?: string | null;
}

export interface CreatedOrder extends CachedOrder {
  creation: PaymentOrderCreationResponse;
}

/**
 * What the worker found for a create attempt whose outcome was unsure: the order it made
 * (proven by its sale code), or the certainty that none exists. Unsure still: an error.
 */
export type CreateCheck =
  | { state: 'made'; created: CreatedOrder }
  | { state: 'not_made'; saleCode: string }
  /** The worker no longer knows the attempt (another account saved since, or over a day old). */
  | { state: 'forgotten' };

export type SecretSource = 'stored' | 'pasted';

/** Why a webhook was rejected: the SDK's own reasons. */
export type WebhookFailureReason = CallbackErrorReason;

/** One explanation of a signature mismatch: a variant of the input that does match. */
export interface WebhookDiagnosis {
  id: string;
  /** What happened, e.g. "A trailing newline was added to the body after signing". */
  title: string;
  /** What the receiving server must change. */
  fix: string;
}

export interface WebhookEventSummary {
  event: string;
  createdAt: string;
  orderUuid: string | null;
  amount: string | null;
  status: string | null;
}

export interface WebhookVerdict {
  /**
   * Accepted as a callback: authentic AND a well-formed known event, exactly what
   * the SDK's CallbacksHandler accepts (fail closed).
   */
  valid: boolean;
  /** The signature matches the body with the secret used; may be true while `valid` is false (e.g. empty body). */
  signatureValid: boolean;
  /** UTF-8 size of the body checked. */
  bodyBytes: number;
  reason: WebhookFailureReason | null;
  /** One plain sentence: why it is valid or not. */
  message: string;
  secretSource: SecretSource;
  /** When a stored and a pasted secret differ: which one the signature matches. */
  matchingSecret: SecretSource | null;
  fields: string[];
  diagnoses: WebhookDiagnosis[];
  summary: WebhookEventSummary | null;
  /** Pretty-printed JSON of the body when it parses. */
  prettyBody: string | null;
}

/** Our own check of a sandbox delivery's signature, made in the worker with the saved secret. */
export type DeliveryVerdict = 'valid' | 'invalid' | 'rejected' | 'unchecked';

/** One attempt of the sandbox emulator to deliver a callback, as its delivery log has it. */
export interface SandboxDelivery {
  id: string;
  /** Where it went; `forward` is the sandbox's --forward-to URL. */
  url: string;
  target: 'order' | 'forward';
  event: string;
  orderUuid: string;
  /** The receiver's HTTP status; null when it did not answer. */
  status: number | null;
  attempt: number;
  at: string;
  error: string | null;
  retryInMs: number | null;
  /** The delivery this one re-sent by hand; null otherwise. */
  resendOf: string | null;
  /** Request headers as sent, the signature among them. */
  headers: Record<string, string>;
  signature: string;
  /** The exact body sent. */
  body: string;
  /** The first 2 KB of the receiver's answer. */
  answer: string;
  answerTruncated: boolean;
  verdict: DeliveryVerdict;
  /** One sentence on the verdict, formatted by the panel. */
  verdictMessage: LocalText;
}

export interface SandboxDeliveryList {
  /** The sandbox read, e.g. http://127.0.0.1:8787. */
  sandboxUrl: string;
  /** Newest first, at most `SANDBOX_DELIVERY_LIMIT`. */
  deliveries: SandboxDelivery[];
}

/** How many deliveries the Events tab shows (the newest). */
export const SANDBOX_DELIVERY_LIMIT = 50;

export interface MessageMap {
  ping: { request: null; response: { version: string; now: number } };

  'settings.get': { request: null; response: PublicSettings };
  'settings.save': { request: SettingsSave; response: PublicSettings };
  'settings.test': { request: SettingsForm; response: ConnectionReport };

  'health.get': { request: null; response: Health };
  'vault.unlock': { request: { passphrase: string }; response: PublicSettings };
  'vault.lock': { request: null; response: PublicSettings };
  'vault.change': { request: { current: string; next: string }; response: PublicSettings };
  'vault.remove': { request: { current: string }; response: PublicSettings };
  'role.get': { request: null; response: RoleState };
  'role.elevate': { request: { pin: string }; response: RoleState };
  'role.drop': { request: null; response: RoleState };
  'role.setPin': { request: { pin: string }; response: RoleState };
  'role.removePin': { request: null; response: RoleState };

  /** `limit`: send only the newest rows, for a first paint; ask again without it for the rest. */
  'orders.cached': { request: { filter: StatusFilter; limit?: number }; response: OrderListView };
  'orders.refresh': { request: { filter: StatusFilter }; response: OrderListView };
  /** The next page: usually only the rows it adds (see `OrderListView.after`). */
  'orders.more': { request: { filter: StatusFilter }; response: OrderListView };
  /** Every cached row of a list, for the CSV; in cashier mode only today's (`todayOnly`). */
  'orders.export': { request: { filter: StatusFilter }; response: { orders: OrderRow[]; todayOnly: boolean } };

  'order.get': { request: { uuid: string; refresh: boolean }; response: CachedOrder };
  /** `attemptId` is a fresh id per press of Create: the worker makes at most one order per id. */
  'order.create': { request: { order: PaymentOrderCreation; attemptId: string }; response: CreatedOrder };
  /** Looks, without sending anything, whether an unsure attempt made its order. */
  'order.check': { request: { attemptId: string }; response: CreateCheck };
  'order.cancel': { request: { uuid: string }; response: CachedOrder };
  'order.callbacks': { request: { uuid: string }; response: { callbacks: CallbackEventName[] } };
  'order.simulate': { request: { uuid: string; callback: CallbackEventName }; response: CachedOrder };
  'order.reset': { request: { uuid: string }; response: CachedOrder };
  /** Local sandbox only: the customer pays part of the amount (the sandbox's "partial" step). */
  'order.payPart': { request: { uuid: string }; response: CachedOrder };

  'webhook.verify': { request: { body: string; signature: string; secret?: string }; response: WebhookVerdict };
  'webhook.sign': { request: { body: string; secret?: string }; response: { signature: string; secretSource: SecretSource } };

  /** Sandbox mode with the local emulator only: its newest callback deliveries, each with our verdict. */
  'sandbox.deliveries': { request: null; response: SandboxDeliveryList };
  /** Sandbox mode with the local emulator only: the same bytes again; answers the new attempt. */
  'sandbox.resend': { request: { id: string }; response: SandboxDelivery };
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type { WireError };
