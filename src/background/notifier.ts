import browser from 'webextension-polyfill';
import type { BlockchainStatus } from '../sdk';
import type { OrderRow } from '../messaging/protocol';
import { formatFiat } from '../shared/format';
import { statusLabel } from '../shared/status';

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

/** The notification for a transition, or null when it is not worth one. */
export function transitionNotice(before: OrderRow, after: OrderRow): { title: string; message: string } | null {
  if (!NOTIFIED.has(after.blockchain_status)) return null;
  const was = statusLabel(before);
  const now = statusLabel(after);
  if (was.word === now.word) return null;
  const amount = formatFiat(after.amount, after.currency);
  const name = after.reference ? `“${after.reference}”` : `Order ${after.uuid.slice(0, 8)}`;
  return { title: `${now.word}: ${amount}`, message: `${name}: ${now.description}` };
}

export async function notifyTransition(before: OrderRow, after: OrderRow): Promise<void> {
  const notice = transitionNotice(before, after);
  if (!notice) return;
  await browser.notifications.create(`${ID_PREFIX}${after.uuid}:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: notice.title,
    message: notice.message,
  });
}

/** The order a notification is about (its id), or null. */
export function orderOfNotification(id: string): string | null {
  if (!id.startsWith(ID_PREFIX)) return null;
  return id.slice(ID_PREFIX.length).split(':')[0] || null;
}

/** Opens the popup page on an order, in a small window (a tab where windows are not available). */
export async function openOrder(uuid: string | null): Promise<void> {
  const url = browser.runtime.getURL(uuid ? `${POPUP_PAGE}?order=${encodeURIComponent(uuid)}` : POPUP_PAGE);
  try {
    await browser.windows.create({ url, type: 'popup', width: 400, height: 640 });
  } catch {
    await browser.tabs.create({ url });
  }
}
