/**
 * What a payment receipt says, line by line, in the UI's language: the page prints these, and
 * the customer display shows them as a QR code of plain text for the customer to photograph.
 */
import type { PaymentOrderRetrieval } from '../sdk';
import { tagsOf } from '../messaging/order-tags';
import { saleCodeOf } from '../messaging/sale-code';
import { formatBtc, formatDateTime, formatFiat } from '../shared/format';
import { t, type MessageKey } from '../shared/i18n';
import { arrivedOf } from '../shared/money-arrived';
import { statusLabel } from '../shared/status';

export interface ReceiptLine {
  label: MessageKey;
  value: string;
}

export interface Receipt {
  shopName: string;
  lines: ReceiptLine[];
  txids: string[];
}

export function receiptOf(order: PaymentOrderRetrieval, shopName: string): Receipt {
  const tags = tagsOf(order.details);
  const code = saleCodeOf(order.reference);
  const currency = order.currency.name;
  const arrived = arrivedOf(order);
  const lines: (ReceiptLine | null)[] = [
    tags.till ? { label: 'receipt_till', value: tags.till } : null,
    tags.cashier ? { label: 'receipt_cashier', value: tags.cashier } : null,
    code ? { label: 'receipt_sale', value: `#${code}` } : null,
    { label: 'receipt_when', value: formatDateTime(order.resolved_at ?? order.created_at) },
    { label: 'receipt_amount', value: `${formatFiat(order.amount, currency)} · ${formatBtc(order.btc_amount)}` },
    arrived?.fiat && order.state.blockchain_status !== 'paid' ? { label: 'receipt_received', value: `${formatFiat(arrived.fiat, currency)} · ${formatBtc(arrived.sats)}` } : null,
    { label: 'receipt_rate', value: `1 BTC = ${formatFiat(order.rate.value, currency)} (${order.rate.source})` },
    { label: 'receipt_status', value: statusLabel(order.state).word },
  ];
  return { shopName, lines: lines.filter((l): l is ReceiptLine => l !== null), txids: (order.transactions ?? []).map((tx) => tx.txid) };
}

/** The receipt as plain text (for the QR code on the customer display). */
export function receiptText(receipt: Receipt): string {
  return [
    receipt.shopName, t('receipt_title'),
    ...receipt.lines.map((l) => `${t(l.label)}: ${l.value}`),
    ...receipt.txids.map((id) => `${t('receipt_txid')}: ${id}`),
    t('receipt_not_fiscal'),
  ].filter((line) => line !== '').join('\n');
}
