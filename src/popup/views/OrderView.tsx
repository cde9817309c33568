import type { CachedOrder, CreatedOrder } from '../../messaging/protocol';
import { saleCodeOf, typedReference } from '../../messaging/sale-code';
import { ErrorBox } from '../../ui/ErrorBox';
import { QrCode } from '../../ui/QrCode';
export { warmUpQr } from '../../ui/QrCode';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatBtc, formatFiat, formatRelative } from '../../shared/format';
import { t } from '../../shared/i18n';
import { isOpen } from '../../shared/status';
import { CancelOrder } from '../components/CancelOrder';
import { CopyButton } from '../components/CopyButton';
import { Countdown } from '../components/Countdown';
import { OrderDetails } from '../components/OrderDetails';
import { PaymentUncheckable } from '../components/PaymentUncheckable';
import { OutcomePanel } from '../components/OutcomePanel';
import { SandboxControls } from '../components/SandboxControls';
import { ShowToCustomer } from '../components/ShowToCustomer';
import { ReceiptLink } from '../components/ReceiptLink';
import { useNow } from '../../ui/useNow';
import { useOrder } from '../hooks/useOrder';
import { useStatusAnnouncement } from '../announcer';
import { useMayActOn } from '../hooks/useTillRole';
import { cancelBlocked, outcomeOf, showsQr } from '../../shared/order-outcome';
import { payRequest } from '../../shared/pay-request';

interface OrderViewProps {
  uuid: string;
  initial: CachedOrder | CreatedOrder | null;
  sandbox: boolean;
  /** For the customer's receipt. */
  shopName: string;
  /** Opened from the list: show the details open. */
  detailed: boolean;
  onBack: () => void;
  onNewOrder: () => void;
  /** An order was made from this one (the order for the rest): show it. */
  onCreated: (created: CreatedOrder) => void;
}

/** One order as the customer and the cashier see it: QR while payable, the outcome once decided. */
export function OrderView({ uuid, initial, sandbox, shopName, detailed, onBack, onNewOrder, onCreated }: OrderViewProps) {
  const { cached, error, replace, offlineSince } = useOrder(uuid, initial);
  const now = useNow(5000);
  const creation = initial && 'creation' in initial ? initial.creation : null;
  const mayAct = useMayActOn(cached?.createdHere ?? false);
  useStatusAnnouncement(uuid, cached?.order.state.blockchain_status);

  const back = (
    <button type="button" class="back" onClick={onBack} aria-keyshortcuts="Escape">
      <span aria-hidden="true">←</span> {t('common_back')}
    </button>
  );

  if (!cached) {
    return (
      <section class="order-view" aria-labelledby="order-title">
        {back}
        <h2 id="order-title">{t('order_title')}</h2>
        {error ? <ErrorBox error={error} title={t('order_load_failed')} /> : <p role="status">{t('order_loading')}</p>}
      </section>
    );
  }

  const { order } = cached;
  const outcome = outcomeOf(order.state);
  const pay = payRequest(order, creation?.uri ?? order.uri);
  const saleCode = saleCodeOf(order.reference);
  const typed = typedReference(order.reference);
  const whyNoCancel = cancelBlocked(order) ?? (mayAct ? null : t('order_cancel_blocked_other_till'));

  return (
    <section class="order-view" aria-labelledby="order-title">
      <div class="order-head">
        {back}
        <h2 id="order-title" class="order-title">
          {formatFiat(order.amount, order.currency.name)}
        </h2>
        {/* Heard through the app's live region (announcer.ts), not from here. */}
        <StatusBadge state={order.state} />
      </div>
      {saleCode || typed || order.details ? (
        <p class="order-ref">
          {saleCode ? <span class="sale-code">{t('order_sale_code', saleCode)}</span> : null}
          {saleCode && (typed || order.details) ? ' · ' : null}
          {typed ?? order.details}
        </p>
      ) : null}

      {offlineSince !== null && isOpen(order.state) ? <PaymentUncheckable since={offlineSince} qrShown={showsQr(outcome)} /> : null}
      {showsQr(outcome) ? (
        <div class="pay">
          {pay.partial ? (
            <p class="partial" role="alert">
              <strong>{t('order_partly_paid')}</strong>{' '}
              {order.state.paid?.fiat && order.state.paid.fiat !== '0.00'
                ? t('order_partial_received_fiat', formatBtc(pay.receivedSats), formatFiat(order.state.paid.fiat, order.currency.name))
                : t('order_partial_received', formatBtc(pay.receivedSats))}{' '}
              {t('order_partial_qr')}
            </p>
          ) : null}
          <QrCode text={pay.uri} label={t('order_qr_label')} />
          {pay.partial ? <p class="pay-label">{t('order_still_to_pay')}</p> : null}
          <p class="pay-amounts">
            <span class="pay-btc">{formatBtc(pay.sats)}</span>
          </p>
          {pay.partial ? (
            <p class="pay-received">
              {order.state.unpaid?.fiat ? `${t('order_unpaid_of', formatFiat(order.state.unpaid.fiat, order.currency.name), formatFiat(order.amount, order.currency.name))} · ` : null}
              {t('order_received_btc', formatBtc(pay.receivedSats))}
            </p>
          ) : null}
          <Countdown expiration={order.expiration_time} serverOffsetMs={cached.serverOffsetMs ?? 0} />
          <div class="address">
            <code id="address">{order.address}</code>
            <CopyButton text={order.address} label={t('order_copy_address')} />
          </div>
        </div>
      ) : (
        <OutcomePanel order={order} outcome={outcome} onNewOrder={onNewOrder} onCreated={onCreated} />
      )}

      <ShowToCustomer uuid={uuid} />
      <ReceiptLink order={order} shopName={shopName} />

      {isOpen(order.state) ? (
        <div class="order-actions">
          {whyNoCancel ? (
            <p class="cancel-why">{whyNoCancel}</p>
          ) : (
            <CancelOrder uuid={uuid} onCancelled={replace} />
          )}
        </div>
      ) : null}

      {error ? <ErrorBox error={error} title={t('order_refresh_failed')} /> : null}
      {/* `now` ticks every 5 s: a copy fetched since the last tick is "now", never "in 2 seconds". */}
      <p class="muted small freshness">{t('common_updated', formatRelative(cached.fetchedAt, Math.max(now, cached.fetchedAt)))}</p>

      {sandbox && mayAct ? <SandboxControls uuid={uuid} stateKey={order.state.blockchain_status} onChanged={replace} /> : null}
      {sandbox && !mayAct ? <p class="muted small">{t('sandbox_other_till')}</p> : null}

      <details class="more" open={detailed}>
        <summary>{t('order_details_title')}</summary>
        <OrderDetails order={order} />
      </details>
    </section>
  );
}
