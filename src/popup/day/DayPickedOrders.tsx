import { useEffect, useRef } from 'preact/hooks';
import type { DayOrder } from '../../messaging/protocol';
import { t } from '../../shared/i18n';
import { pickedOrders, pickedTitle, type Picked } from '../../ui/day/day-pick';
import { orderRowItem } from '../components/OrderRowItem';

interface Props {
  orders: DayOrder[];
  picked: Picked;
  onBack: () => void;
  onOpen: (uuid: string) => void;
}

/** The orders behind a figure, as the Orders tab lists them but with the time of day each was made; a row opens its order. */
export function DayPickedOrders({ orders, picked, onBack, onOpen }: Props) {
  const shown = pickedOrders(orders, picked);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [picked]);
  const open = (target: EventTarget | null) => {
    const uuid = target instanceof Element ? target.closest('[data-uuid]')?.getAttribute('data-uuid') : null;
    if (uuid) onOpen(uuid);
  };
  return (
    <section class="popup-day-orders" aria-labelledby="popup-day-orders-title">
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('day_back_to_figures')}
      </button>
      <h3 id="popup-day-orders-title" tabIndex={-1} ref={heading}>{pickedTitle(picked)}</h3>
      {shown.length === 0 ? (
        <p class="empty">{t('day_no_orders')}</p>
      ) : (
        <ul class="order-list" onClick={(e) => open(e.target)}>
          {shown.map((o) => orderRowItem(o, 'clock', true))}
        </ul>
      )}
    </section>
  );
}
