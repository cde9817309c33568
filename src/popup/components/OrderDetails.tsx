import type { PaymentOrderRetrieval } from '../../sdk';
import { tagsOf, typedDetails } from '../../messaging/order-tags';
import { formatBtc, formatDateTime, formatNumber } from '../../shared/format';
import { t, type MessageKey } from '../../shared/i18n';

type TransactionStatus = NonNullable<PaymentOrderRetrieval['transactions']>[number]['blockchain_status'];

const TRANSACTION_WORDS: Record<TransactionStatus, MessageKey> = {
  mempool: 'order_tx_mempool',
  unconfirmed: 'order_tx_unconfirmed',
  confirmed: 'order_tx_confirmed',
  reverted: 'order_tx_reverted',
};

/** Everything else about an order: dates, rate, transactions and their outputs. */
export function OrderDetails({ order }: { order: PaymentOrderRetrieval }) {
  const dates: [MessageKey, string | null | undefined][] = [
    ['order_created_at', order.created_at],
    ['order_expiration', order.expiration_time],
    ['order_resolved_at', order.resolved_at],
    ['order_dispute_date', order.dispute_start_date],
    ['order_chargeback_date', order.chargeback_date],
  ];
  const transactions = order.transactions ?? [];
  const tags = tagsOf(order.details);
  const typed = typedDetails(order.details);
  return (
    <div class="order-details">
      <dl class="pairs">
        {dates.map(([label, value]) =>
          value ? (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{formatDateTime(value)}</dd>
            </div>
          ) : null,
        )}
        <div>
          <dt>{t('order_rate')}</dt>
          <dd>
            {Number.isFinite(Number(order.rate.value)) ? formatNumber(Number(order.rate.value)) : order.rate.value} {order.rate.from && order.rate.to ? `${order.rate.to}/${order.rate.from}` : order.currency.name}{' '}
            <span class="muted">({order.rate.source})</span>
          </dd>
        </div>
        <div>
          <dt>{t('order_confirmations')}</dt>
          <dd>{order.required_confirmations}</dd>
        </div>
        <div>
          <dt>{t('order_id')}</dt>
          <dd>
            <code>{order.uuid}</code>
          </dd>
        </div>
        <div>
          <dt>{t('order_till')}</dt>
          <dd>{tags.till ?? t('orders_no_till')}</dd>
        </div>
        {tags.cashier ? (
          <div>
            <dt>{t('order_cashier')}</dt>
            <dd>{tags.cashier}</dd>
          </div>
        ) : null}
        {typed ? (
          <div>
            <dt>{t('create_details')}</dt>
            <dd>{typed}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('order_transactions')}</h3>
      {transactions.length === 0 ? (
        <p class="muted">{t('order_transactions_none')}</p>
      ) : (
        <ul class="transactions">
          {transactions.map((tx) => (
            <li key={tx.txid}>
              <div>
                <span class="muted">txid </span>
                <code>{tx.txid}</code>
              </div>
              <div>
                {formatBtc(tx.outs_sum)} · {t(TRANSACTION_WORDS[tx.status === 'confirmed' ? 'confirmed' : tx.blockchain_status])} ·{' '}
                {formatDateTime(tx.created_at)}
              </div>
              {tx.outs.length ? (
                <div class="muted small">
                  {t('order_tx_outputs', tx.outs.map((out) => `#${out.n} ${formatBtc(out.amount)}`).join(', '))}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
