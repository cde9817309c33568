/**
 * The create path's decisions as pure functions, so every branch is tested by a table
 * (create-decision.test.ts): what a create's answer proves, which listed orders are this
 * attempt's, and what to do with them. No I/O, no clock: the outbox does the talking.
 */
import { AppError } from '../platform/errors';
import { SdkHttpError, ValidationError, ConfigError, type PaymentOrderCreationResponse, type PaymentOrderRetrieval } from '../../sdk';
import { saleCodeOf } from '../../messaging/sale-code';

/** What one create attempt asked for: the amount and the exact reference it sent (with its sale code). */
export interface AttemptMark {
  saleCode: string;
  reference: string;
  amount: string;
}

export type CreateAnswer = { kind: 'answered'; creation: PaymentOrderCreationResponse } | { kind: 'failed'; error: unknown };

export type AnswerVerdict =
  /** A readable 2xx that echoes this attempt's reference: the order is ours. */
  | { kind: 'made'; creation: PaymentOrderCreationResponse }
  /** A refusal before commit: nothing was made. */
  | { kind: 'refused'; error: unknown }
  /** Anything else: the server may or may not have made the order. */
  | { kind: 'unknown'; error: unknown };

/** HTTP statuses of a 4xx that do not prove the request was refused before commit. */
const UNSURE_4XX: ReadonlySet<number> = new Set([408, 409, 425, 499]);

/**
 * Only a 4xx refusal (validation, auth, rate limit) or a request the SDK refused to send
 * proves nothing was made. Timeouts, dropped connections, every 5xx and unreadable answers
 * may come after the server committed.
 */
/** The worker's own refusals before any request: nothing was sent, so nothing was made. */
const BEFORE_SENDING: ReadonlySet<string> = new Set(['locked', 'not_configured', 'permission_denied']);

export function isDefinitiveRefusal(error: unknown): boolean {
  if (error instanceof ValidationError || error instanceof ConfigError) return true;
  if (error instanceof AppError && BEFORE_SENDING.has(error.code)) return true;
  if (error instanceof SdkHttpError) return error.status >= 400 && error.status < 500 && !UNSURE_4XX.has(error.status);
  return false;
}

export function judgeAnswer(answer: CreateAnswer, mark: AttemptMark): AnswerVerdict {
  if (answer.kind === 'failed') {
    return isDefinitiveRefusal(answer.error) ? { kind: 'refused', error: answer.error } : { kind: 'unknown', error: answer.error };
  }
  // An answer about another order (a confused proxy, a replayed response) proves nothing about ours.
  if (answer.creation.reference !== mark.reference) {
    return { kind: 'unknown', error: new Error('The answer to the create named another reference.') };
  }
  return { kind: 'made', creation: answer.creation };
}

function normalAmount(s: string): string {
  const [int = '', frac = ''] = s.trim().split('.');
  return `${int.replace(/^0+(?=\d)/, '')}.${frac.replace(/0+$/, '')}`;
}

/** "10", "10.0" and "10.00" are the same amount. */
export function sameAmount(a: string, b: string): boolean {
  return normalAmount(a) === normalAmount(b);
}

/** Ownership: the order carries this attempt's sale code, in the exact reference sent, for the amount asked. */
export function isOurs(mark: AttemptMark, order: Pick<PaymentOrderRetrieval, 'reference' | 'amount'>): boolean {
  return saleCodeOf(order.reference) === mark.saleCode && order.reference === mark.reference && sameAmount(order.amount, mark.amount);
}

/** Satoshi received so far, confirmed or on its way. */
export function receivedSats(order: Pick<PaymentOrderRetrieval, 'state'>): number {
  return (order.state.paid?.crypto ?? 0) + (order.state.in_confirmation?.crypto ?? 0);
}

/** Pending with nothing received: the only state in which an order may be adopted or cancelled automatically. */
export function isUntouched(order: Pick<PaymentOrderRetrieval, 'state'>): boolean {
  return order.state.status === 'pending' && order.state.blockchain_status === 'pending' && receivedSats(order) === 0;
}

function isEndedUnpaid(order: Pick<PaymentOrderRetrieval, 'state'>): boolean {
  const s = order.state.blockchain_status;
  return (s === 'expired' || s === 'cancelled') && receivedSats(order) === 0;
}

export type Reconciliation =
  /** Our order, nothing paid yet: show it as this sale's; `cancel` lists extra untouched copies of it. */
  | { kind: 'adopt'; order: PaymentOrderRetrieval; cancel: string[] }
  /** A copy of ours already has money on it (or is in dispute): never adopted, never cancelled. */
  | { kind: 'held'; order: PaymentOrderRetrieval }
  /** Ours, but expired or cancelled before anything was paid: nothing to collect on it. */
  | { kind: 'ended'; order: PaymentOrderRetrieval }
  /** No order carries this attempt's sale code. */
  | { kind: 'absent' };

function byCreation(a: PaymentOrderRetrieval, b: PaymentOrderRetrieval): number {
  return Date.parse(a.created_at) - Date.parse(b.created_at) || a.uuid.localeCompare(b.uuid);
}

/**
 * What the orders found on the server mean for an attempt whose answer was lost. Only
 * orders carrying its sale code count; their times and positions do not matter, so a
 * wrong clock on either side changes nothing.
 */
export function reconcile(mark: AttemptMark, listed: readonly PaymentOrderRetrieval[]): Reconciliation {
  const seen = new Set<string>();
  const ours = listed.filter((o) => isOurs(mark, o) && !seen.has(o.uuid) && (seen.add(o.uuid), true)).sort(byCreation);
  const withMoney = ours.find((o) => !isUntouched(o) && !isEndedUnpaid(o));
  if (withMoney) return { kind: 'held', order: withMoney };
  const [first, ...copies] = ours.filter(isUntouched);
  if (first) return { kind: 'adopt', order: first, cancel: copies.map((o) => o.uuid) };
  const [ended] = ours;
  return ended ? { kind: 'ended', order: ended } : { kind: 'absent' };
}

/** How far before the attempt's start (in server time) the search still looks. */
export const SEARCH_MARGIN_MS = 10 * 60_000;

/**
 * Whether a search that has read the newest orders down to `oldestSeen` has seen every
 * order the attempt could have made. `serverOffsetMs` is the server's clock minus ours,
 * as measured from the list answer's own Date header, so the attempt's start is compared
 * in the server's time.
 */
export function searchCovers(oldestSeen: string | null, startedAt: number, serverOffsetMs: number, lastPage: boolean): boolean {
  if (lastPage) return true;
  if (oldestSeen === null) return false;
  const oldest = Date.parse(oldestSeen);
  return !Number.isNaN(oldest) && oldest < startedAt + serverOffsetMs - SEARCH_MARGIN_MS;
}
