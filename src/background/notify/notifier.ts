import type { BlockchainStatus } from '../../sdk';
import type { OrderRow } from '../../messaging/protocol';
import { formatFiat } from '../../shared/format';
import { statusLabel } from '../../shared/status';
import { t } from '../../shared/i18n';
import { saleCodeOf, typedReference } from '../../messaging/sale-code';
import { arrivedSentence, restNextStep } from '../../shared/arrived-words';
import { outcomeOf } from '../../shared/order-outcome';

/** The endings after which money already received must be settled by the cashier. */
const ENDED_UNPAID: ReadonlySet<BlockchainStatus> = new Set(['expired', 'cancelled']);

/** The states a cashier is told about when an order created here reaches them. */
const NOTIFIED: ReadonlySet<BlockchainStatus> = new Set([
  'paid',
  'partial',
  'expired',
  'cancelled',
  'network_dispute',
  'mempool_network_dispute',
  'possible_chargeback',
  'chargeback',
]);

export const POPUP_PAGE = 'src/popup/index.html';
const ID_PREFIX = 'order:';

/** The parts of the extension APIs notifications and the order window use. */
export interface NotifierApis {
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
  };
  getURL(path: string): string;
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
  tabs: { create(options: { url: string }): Promise<unknown> };
  now?: () => number;
}

/** The notification for a transition, or null when it is not worth one. */
export function transitionNotice(before: OrderRow, after: OrderRow): { title: string; message: string } | null {
  if (!NOTIFIED.has(after.blockchain_status)) return null;
  const was = statusLabel(before);
  const now = statusLabel(after);
  if (was.word === now.word) return null;
  const amount = formatFiat(after.amount, after.currency);
  return { title: t('notify_title', now.word, amount), message: noticeBody(after.reference, whatHappened(after, now.description)) };
}

/** The status's sentence, or, when money arrived and some is missing, how much and what to do. */
function whatHappened(row: OrderRow, description: string): string {
  const outcome = outcomeOf(row);
  // A dispute or chargeback is where a cashier most needs to know whether to ask for the money again.
  if (outcome === 'dispute') return `${description} ${t('notify_dispute_next')}`;
  if (outcome === 'chargeback') return `${description} ${t('notify_chargeback_next')}`;
  const arrived = row.arrived;
  if (!arrived || arrived.missingSats === 0) return description;
  const sentence = arrivedSentence(arrived, row.amount, row.currency);
  return ENDED_UNPAID.has(row.blockchain_status) ? `${sentence} ${restNextStep(arrived, row.currency)}` : sentence;
}

/** Names the order as the cashier knows it (sale code, typed reference), never by its uuid. */
function noticeBody(reference: string | null, description: string): string {
  const code = saleCodeOf(reference);
  const typed = typedReference(reference);
  if (code && typed) return t('notify_body_reference_sale_code', typed, `#${code}`, description);
  if (code) return t('notify_body_sale_code', `#${code}`, description);
  if (typed) return t('notify_body_reference', typed, description);
  return t('notify_body_no_reference', description);
}

/** The order a notification is about (its id), or null. */
export function orderOfNotification(id: string): string | null {
  if (!id.startsWith(ID_PREFIX)) return null;
  return id.slice(ID_PREFIX.length).split(':')[0] || null;
}

export class Notifier {
  readonly #apis: NotifierApis;

  constructor(apis: NotifierApis) {
    this.#apis = apis;
  }

  async notifyTransition(before: OrderRow, after: OrderRow): Promise<void> {
    const notice = transitionNotice(before, after);
    if (!notice) return;
    const now = (this.#apis.now ?? Date.now)();
    await this.#apis.notifications.create(`${ID_PREFIX}${after.uuid}:${now}`, {
      type: 'basic',
      iconUrl: this.#apis.getURL('icons/icon-128.png'),
      title: notice.title,
      message: notice.message,
    });
  }

  /** Opens the popup page on an order, in a small window (a tab where windows are not available). */
  async openOrder(uuid: string | null): Promise<void> {
    const url = this.#apis.getURL(uuid ? `${POPUP_PAGE}?order=${encodeURIComponent(uuid)}` : POPUP_PAGE);
    try {
      await this.#apis.windows.create({ url, type: 'popup', width: 400, height: 640 });
    } catch {
      await this.#apis.tabs.create({ url });
    }
  }
}
