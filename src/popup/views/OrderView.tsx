import type { CachedOrder, CreatedOrder } from '../../messaging/protocol';
import { ErrorBox } from '../../ui/ErrorBox';
import { QrCode } from '../../ui/QrCode';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatBtc, formatFiat, formatRelative } from '../../shared/format';
import { isOpen } from '../../shared/status';
import { CancelOrder } from '../components/CancelOrder';
import { CopyButton } from '../components/CopyButton';
import { Countdown } from '../components/Countdown';
import { OrderDetails } from '../components/OrderDetails';
import { OutcomePanel } from '../components/OutcomePanel';
import { SandboxControls } from '../components/SandboxControls';
import { useNow } from '../hooks/useNow';
import { useOrder } from '../hooks/useOrder';
import { outcomeOf, showsQr } from '../order-outcome';

interface OrderViewProps {
  uuid: string;
  initial: CachedOrder | CreatedOrder | null;
  sandbox: boolean;
  /** Opened from the list: show the details open. */
  detailed: boolean;
  onBack: () => void;
  onNewOrder: () => void;
}

/** One order as the customer and the cashier see it: QR while payable, the outcome once decided. */
export function OrderView({ uuid, initial, sandbox, detailed, onBack, onNewOrder }: OrderViewProps) {
  const { cached, error, replace } = useOrder(uuid, initial);
  const now = useNow(5000);
  const creation = initial && 'creation' in initial ? initial.creation : null;

  const back = (
    <button type="button" class="back" onClick={onBack} aria-keyshortcuts="Escape">
      <span aria-hidden="true">←</span> Back
    </button>
  );

  if (!cached) {
    return (
      <section class="order-view" aria-labelledby="order-title">
        {back}
        <h2 id="order-title">Order</h2>
        {error ? <ErrorBox error={error} title="This order could not be loaded" /> : <p role="status">Loading the order…</p>}
      </section>
    );
  }

  const { order } = cached;
  const outcome = outcomeOf(order.state);
  const uri = creation?.uri ?? order.uri;
  const missing = order.state.unpaid;

  return (
    <section class="order-view" aria-labelledby="order-title">
      <div class="order-head">
        {back}
        <h2 id="order-title" class="order-title">
          {formatFiat(order.amount, order.currency.name)}
        </h2>
        <span role="status">
          <StatusBadge state={order.state} />
        </span>
      </div>
      {order.reference || order.details ? <p class="order-ref">{order.reference ?? order.details}</p> : null}

      {showsQr(outcome) ? (
        <div class="pay">
          {outcome === 'partial' ? (
            <p class="partial" role="alert">
              <strong>Partly paid.</strong>{' '}
              {missing
                ? `Still missing: ${formatBtc(missing.crypto)} (${formatFiat(missing.fiat, order.currency.name)}).`
                : 'Part of the amount is still missing.'}
            </p>
          ) : null}
          <QrCode text={uri} label="Payment QR code" />
          <p class="pay-amounts">
            <span class="pay-btc">{formatBtc(order.btc_amount)}</span>
          </p>
          <Countdown expiration={order.expiration_time} />
          <div class="address">
            <code id="address">{order.address}</code>
            <CopyButton text={order.address} label="Copy address" />
          </div>
        </div>
      ) : (
        <OutcomePanel order={order} outcome={outcome} onNewOrder={onNewOrder} />
      )}

      {isOpen(order.state) ? (
        <div class="order-actions">
          <CancelOrder uuid={uuid} onCancelled={replace} />
        </div>
      ) : null}

      {error ? <ErrorBox error={error} title="Could not refresh this order" /> : null}
      <p class="muted small freshness">Updated {formatRelative(cached.fetchedAt, now)}</p>

      {sandbox ? <SandboxControls uuid={uuid} stateKey={order.state.blockchain_status} onChanged={replace} /> : null}

      <details class="more" open={detailed}>
        <summary>Order details</summary>
        <OrderDetails order={order} />
      </details>
    </section>
  );
}
