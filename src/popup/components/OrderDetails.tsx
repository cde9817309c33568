import type { PaymentOrderRetrieval } from '../../sdk';
import { formatBtc, formatDateTime } from '../../shared/format';

/** Everything else about an order: dates, rate, transactions and their outputs. */
export function OrderDetails({ order }: { order: PaymentOrderRetrieval }) {
  const dates: [string, string | null | undefined][] = [
    ['Created', order.created_at],
    ['Expires', order.expiration_time],
    ['Resolved', order.resolved_at],
    ['Dispute', order.dispute_start_date],
    ['Chargeback', order.chargeback_date],
  ];
  const transactions = order.transactions ?? [];
  return (
    <div class="order-details">
      <dl class="pairs">
        {dates.map(([label, value]) =>
          value ? (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatDateTime(value)}</dd>
            </div>
          ) : null,
        )}
        <div>
          <dt>Rate</dt>
          <dd>
            {order.rate.value} {order.rate.from && order.rate.to ? `${order.rate.to}/${order.rate.from}` : order.currency.name}{' '}
            <span class="muted">({order.rate.source})</span>
          </dd>
        </div>
        <div>
          <dt>Confirmations needed</dt>
          <dd>{order.required_confirmations}</dd>
        </div>
        <div>
          <dt>Order id</dt>
          <dd>
            <code>{order.uuid}</code>
          </dd>
        </div>
        {order.details ? (
          <div>
            <dt>Details</dt>
            <dd>{order.details}</dd>
          </div>
        ) : null}
      </dl>
      <h3>Transactions</h3>
      {transactions.length === 0 ? (
        <p class="muted">None yet.</p>
      ) : (
        <ul class="transactions">
          {transactions.map((tx) => (
            <li key={tx.txid}>
              <div>
                <span class="muted">txid </span>
                <code>{tx.txid}</code>
              </div>
              <div>
                {formatBtc(tx.outs_sum)} · {tx.status === 'confirmed' ? 'confirmed' : tx.blockchain_status} ·{' '}
                {formatDateTime(tx.created_at)}
              </div>
              {tx.outs.length ? (
                <div class="muted small">
                  Outputs: {tx.outs.map((out) => `#${out.n} ${formatBtc(out.amount)}`).join(', ')}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
