import { useCallback, useMemo } from 'preact/hooks';
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
import { useHiddenAfterPaint } from '../hooks/useHiddenAfterPaint';

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
  const { view, setView, tab, showTab, focusToken } = nav;
  // New order learns it was left only once the frame that hides it is on screen: until then its
  // form and glance are not drawn again (they are the same elements below), so switching to
  // Orders draws only Orders.
  const createActive = useHiddenAfterPaint(view.kind === 'tabs' && tab === 'create');
  const open = useCallback(
    (row: OrderRow, from: 'create' | 'orders') => setView({ kind: 'order', uuid: row.uuid, initial: null, detailed: true, from }),
    [setView],
  );
  const onResume = (cached: CachedOrder) =>
    setView({ kind: 'order', uuid: cached.order.uuid, initial: cached, detailed: false, from: 'create' });
  const showOrders = useCallback(() => showTab('orders'), [showTab]);
  const openFromGlance = useCallback((row: OrderRow) => open(row, 'create'), [open]);
  const openDay = useCallback(() => setView({ kind: 'day' }), [setView]);
  const createView = useMemo(
    () => <CreateView active={createActive} onCreated={onCreated} focusToken={focusToken} sandbox={sandbox} onShowOrders={showOrders} counter={counter} />,
    [createActive, onCreated, focusToken, sandbox, showOrders, counter],
  );
  const glance = useMemo(
    () => <Glance key={account} account={account} active={createActive} showTill={showTill} onOpen={openFromGlance} onShowAll={showOrders} onOpenDay={openDay} />,
    [account, createActive, showTill, openFromGlance, showOrders, openDay],
  );
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
            {createView}
            {glance}
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
