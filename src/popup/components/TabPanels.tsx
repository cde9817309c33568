import type { CachedOrder, CreatedOrder, OrderRow, PublicSettings } from '../../messaging/protocol';
import type { usePopupNavigation } from '../hooks/usePopupNavigation';
import { CreateView } from '../views/CreateView';
import { OrdersView } from '../views/OrdersView';
import { Glance } from './Glance';
import { ResumeBanner } from './ResumeBanner';
import { Tabs } from './Tabs';
import { UnlockPanel } from './UnlockPanel';
import { TillNameNeeded } from './TillNameNeeded';
import type { TillView } from '../hooks/useTill';

interface TabPanelsProps {
  hidden: boolean;
  nav: ReturnType<typeof usePopupNavigation>;
  account: string;
  sandbox: boolean;
  locked: boolean;
  resume: CachedOrder | null;
  onUnlocked: () => void;
  onCreated: (created: CreatedOrder) => void;
  till: TillView;
  /** The manager requires a till name and this till has none. */
  tillNeeded: boolean;
  /** The touch counter's settings (keypad, items) for New order. */
  counter: Pick<PublicSettings, 'keypad' | 'items'>;
}

/** The New order and Orders tabs (kept mounted, hidden while an order is shown). */
export function TabPanels({ hidden, nav, account, sandbox, locked, resume, onUnlocked, onCreated, till, tillNeeded, counter }: TabPanelsProps) {
  const showTill = till.tillName !== '';
  const { view, setView, tab, showTab } = nav;
  const createActive = view.kind === 'tabs' && tab === 'create';
  const open = (row: OrderRow, from: 'create' | 'orders') => setView({ kind: 'order', uuid: row.uuid, initial: null, detailed: true, from });
  const onResume = (cached: CachedOrder) =>
    setView({ kind: 'order', uuid: cached.order.uuid, initial: cached, detailed: false, from: 'create' });
  return (
    <div hidden={hidden}>
      <Tabs tab={tab} onChange={showTab} />
      <div id="panel-create" role="tabpanel" aria-labelledby="tab-create" hidden={tab !== 'create'}>
        {locked ? (
          <UnlockPanel onUnlocked={onUnlocked} />
        ) : (
          <>
            {tillNeeded ? <TillNameNeeded /> : null}
            {resume ? <ResumeBanner cached={resume} onShow={() => onResume(resume)} /> : null}
            <CreateView
              active={createActive}
              onCreated={onCreated}
              focusToken={nav.focusToken}
              sandbox={sandbox}
              onShowOrders={() => showTab('orders')}
              counter={counter}
            />
            <Glance key={account} account={account} active={createActive} showTill={showTill} onOpen={(row) => open(row, 'create')} onShowAll={() => showTab('orders')} onOpenDay={() => setView({ kind: 'day' })} />
          </>
        )}
      </div>
      {nav.ordersSeen ? (
        <div id="panel-orders" role="tabpanel" aria-labelledby="tab-orders" hidden={tab !== 'orders'}>
          <OrdersView
            key={account}
            onOpen={(row) => open(row, 'orders')}
            version={nav.listVersion}
            account={account}
            tillName={till.tillName}
            cashierMode={till.role === 'cashier'}
          />
        </div>
      ) : null}
    </div>
  );
}
