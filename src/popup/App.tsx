import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CachedOrder, CreatedOrder, OrderRow } from '../messaging/protocol';
import { send } from '../messaging/send';
import { ErrorBox } from '../ui/ErrorBox';
import { t } from '../shared/i18n';
import { isOpen } from '../shared/status';
import { Header } from './components/Header';
import { NotConfigured } from './components/NotConfigured';
import { ResumeBanner } from './components/ResumeBanner';
import { Tabs, type Tab } from './components/Tabs';
import { UnlockPanel } from './components/UnlockPanel';
import { useHealth, useSettings } from './hooks/useSettings';
import { useResumeFollow } from './hooks/useResumeFollow';
import { bootCache } from './boot-cache';
import { accountKey } from '../shared/account';
import { afterFirstPaint } from './first-paint';
import { Glance } from './components/Glance';
import { CreateView } from './views/CreateView';
import { OrderView } from './views/OrderView';
import { OrdersView } from './views/OrdersView';

type View =
  | { kind: 'tabs' }
  | { kind: 'order'; uuid: string; initial: CachedOrder | CreatedOrder | null; detailed: boolean; from: Tab };

/** `?order=<uuid>` (from a notification) opens that order straight away. */
function initialView(): View {
  const uuid = new URLSearchParams(location.search).get('order');
  return uuid ? { kind: 'order', uuid, initial: null, detailed: true, from: 'orders' } : { kind: 'tabs' };
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function App() {
  const { state, reload } = useSettings();
  const settings = state.kind === 'ready' ? state.settings : null;
  const health = useHealth(Boolean(settings?.configured));
  const [view, setView] = useState<View>(initialView);
  const [tab, setTab] = useState<Tab>(() => (initialView().kind === 'order' ? 'orders' : 'create'));
  const [ordersSeen, setOrdersSeen] = useState(tab === 'orders');
  const [focusToken, setFocusToken] = useState(0);
  const [listVersion, setListVersion] = useState(0);
  const [resume, setResume] = useState<CachedOrder | null>(null);
  const configured = Boolean(settings?.configured);

  /** Offers the last order made here again while the customer may still be paying it. */
  const checkResume = useCallback(() => {
    const last = bootCache().lastOrder(Date.now());
    if (!last) return setResume(null);
    void send('order.get', { uuid: last.uuid, refresh: false }).then((result) => {
      if (result.ok && isOpen(result.data.order.state)) return setResume(result.data);
      if (result.ok) bootCache().forgetLastOrder(last.uuid);
      setResume(null);
    });
  }, []);
  useResumeFollow(resume, checkResume);
  useEffect(() => {
    // The banner can only come a moment after the form anyway: let the form paint first.
    if (configured) void afterFirstPaint().then(checkResume);
  }, [configured, checkResume]);

  const showTab = useCallback((next: Tab) => {
    setTab(next);
    if (next === 'orders') setOrdersSeen(true);
  }, []);

  const back = useCallback(() => {
    if (view.kind !== 'order') return;
    const { from, uuid } = view;
    setView({ kind: 'tabs' });
    showTab(from);
    setListVersion((v) => v + 1);
    checkResume();
    if (from === 'create') setFocusToken((t) => t + 1);
    else requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-uuid="${CSS.escape(uuid)}"]`)?.focus());
  }, [view, showTab, checkResume]);

  const newOrder = useCallback(() => {
    setView({ kind: 'tabs' });
    showTab('create');
    setListVersion((v) => v + 1);
    checkResume();
    setFocusToken((t) => t + 1);
  }, [showTab, checkResume]);

  // One listener for the popup's life, reading the latest view: a key pressed right
  // after a view change must not reach a listener left over from the view before.
  const latest = useRef({ view, back, showTab });
  latest.current = { view, back, showTab };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const { view: shown, back: goBack, showTab: show } = latest.current;
      if (e.key === 'Escape' && shown.kind === 'order') {
        e.preventDefault();
        goBack();
      } else if (e.key === '/' && !isEditable(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setView({ kind: 'tabs' });
        show('orders');
        requestAnimationFrame(() => document.getElementById('order-search')?.focus());
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (state.kind === 'loading') {
    return (
      <>
        <Header settings={null} health={null} />
        <main />
      </>
    );
  }
  if (state.kind === 'error') {
    return (
      <>
        <Header settings={null} health={null} />
        <main>
          <ErrorBox error={state.error} title={t('popup_background_silent')} />
          <button type="button" onClick={reload}>
            {t('common_try_again')}
          </button>
        </main>
      </>
    );
  }
  if (!settings?.configured) {
    return (
      <>
        <Header settings={settings} health={null} />
        <main>
          <NotConfigured />
        </main>
      </>
    );
  }

  const onCreated = (created: CreatedOrder) => {
    // Kept in this computer's time: it is compared with this computer's clock when the popup reopens.
    const expiresHere = Date.parse(created.order.expiration_time) - (created.serverOffsetMs ?? 0);
    const expiration = Number.isNaN(expiresHere) ? created.order.expiration_time : new Date(expiresHere).toISOString();
    bootCache().rememberLastOrder({ uuid: created.order.uuid, expiration });
    setView({ kind: 'order', uuid: created.order.uuid, initial: created, detailed: false, from: 'create' });
  };
  const onResume = (cached: CachedOrder) =>
    setView({ kind: 'order', uuid: cached.order.uuid, initial: cached, detailed: false, from: 'create' });
  const onOpenRow = (row: OrderRow) => setView({ kind: 'order', uuid: row.uuid, initial: null, detailed: true, from: 'orders' });
  const sandbox = settings.mode === 'sandbox';
  const account = accountKey(settings);
  const locked = settings.vault === 'locked';
  const lock = () => void send('vault.lock', null).then(() => (setView({ kind: 'tabs' }), showTab('create'), reload()));

  return (
    <>
      <Header settings={settings} health={health} onLock={lock} />
      <main>
        {view.kind === 'order' ? (
          <OrderView
            key={view.uuid}
            uuid={view.uuid}
            initial={view.initial}
            sandbox={sandbox}
            detailed={view.detailed}
            onBack={back}
            onNewOrder={newOrder}
            onCreated={onCreated}
          />
        ) : null}
        <div hidden={view.kind === 'order'}>
          <Tabs tab={tab} onChange={showTab} />
          <div id="panel-create" role="tabpanel" aria-labelledby="tab-create" hidden={tab !== 'create'}>
            {locked ? (
              <UnlockPanel onUnlocked={reload} />
            ) : (
              <>
                {resume ? <ResumeBanner cached={resume} onShow={() => onResume(resume)} /> : null}
                <CreateView
                  active={view.kind === 'tabs' && tab === 'create'}
                  onCreated={onCreated}
                  focusToken={focusToken}
                  sandbox={sandbox}
                  onShowOrders={() => showTab('orders')}
                />
                <Glance
                  key={account}
                  account={account}
                  active={view.kind === 'tabs' && tab === 'create'}
                  onOpen={(row) => setView({ kind: 'order', uuid: row.uuid, initial: null, detailed: true, from: 'create' })}
                  onShowAll={() => showTab('orders')}
                />
              </>
            )}
          </div>
          {ordersSeen ? (
            <div id="panel-orders" role="tabpanel" aria-labelledby="tab-orders" hidden={tab !== 'orders'}>
              <OrdersView key={account} onOpen={onOpenRow} version={listVersion} account={account} />
            </div>
          ) : null}
        </div>
      </main>
    </>
  );
}
