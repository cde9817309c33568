import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CreatedOrder } from '../messaging/protocol';
import { send } from '../messaging/send';
import { ErrorBox } from '../ui/ErrorBox';
import { t } from '../shared/i18n';
import { Header } from './components/Header';
import { NotConfigured } from './components/NotConfigured';
import { useHealth, useSettings } from './hooks/useSettings';
import { usePopupNavigation } from './hooks/usePopupNavigation';
import { useResume } from './hooks/useResume';
import { bootCache } from './boot-cache';
import { accountKey } from '../shared/account';
import { TabPanels } from './components/TabPanels';
import { orderView } from './lazy/parts';
import { CashierChooser } from './components/CashierChooser';
import { useTill } from './hooks/useTill';
import { LiveRegion } from './components/LiveRegion';
import { DayLoader } from './components/DayLoader';
import type { Layout } from './layout';

/** The header, the live region (there from the first paint) and the page's content. */
function Shell({ header, children }: { header: ComponentChildren; children?: ComponentChildren }) {
  return (
    <>
      {header}
      <LiveRegion />
      <main>{children}</main>
    </>
  );
}

export function App({ layout }: { layout: Layout }) {
  const { state, reload } = useSettings();
  const settings = state.kind === 'ready' ? state.settings : null;
  const configured = Boolean(settings?.configured);
  const health = useHealth(configured);
  const { resume, check: checkResume } = useResume(configured);
  const nav = usePopupNavigation(checkResume);
  const { view, setView, showTab } = nav;
  const till = useTill(settings);
  const [choosing, setChoosing] = useState(false);
  const asked = useRef(false);
  // Close the day stays mounted once opened: back from one of its orders finds it as it was.
  const dayOpened = useRef(false);
  if (view.kind === 'day') dayOpened.current = true;
  // The start of a shift: the chooser is offered once per popup while nobody is at the till.
  useEffect(() => {
    if (asked.current || !till.startShift || settings?.vault === 'locked' || !configured) return;
    asked.current = true;
    if (view.kind === 'tabs') setChoosing(true);
  }, [till.startShift, settings?.vault, configured, view.kind]);

  // Kept the same from one render to the next, so a tab switch draws neither the header nor
  // the hidden tab again (see TabPanels).
  const onCreated = useCallback(
    (created: CreatedOrder) => {
      // Kept in this computer's time: it is compared with this computer's clock when the popup reopens.
      const expiresHere = Date.parse(created.order.expiration_time) - (created.serverOffsetMs ?? 0);
      const expiration = Number.isNaN(expiresHere) ? created.order.expiration_time : new Date(expiresHere).toISOString();
      bootCache().rememberLastOrder({ uuid: created.order.uuid, expiration });
      setView({ kind: 'order', uuid: created.order.uuid, initial: created, detailed: false, from: 'create' });
    },
    [setView],
  );
  const { reread } = till;
  const lock = useCallback(
    () => void send('vault.lock', null).then(() => (setView({ kind: 'tabs' }), showTab('create'), reload(), reread())),
    [setView, showTab, reload, reread],
  );
  const cashierShown = till.chooserOffered || Boolean(till.cashier);
  const headerCashier = useMemo(() => (cashierShown ? { name: till.cashier, onChange: () => setChoosing(true) } : null), [cashierShown, till.cashier]);
  const header = useMemo(
    () => <Header settings={settings} health={health} layout={layout} onLock={lock} cashier={headerCashier} />,
    [settings, health, layout, lock, headerCashier],
  );

  if (state.kind === 'loading') {
    return <Shell header={<Header settings={null} health={null} layout={layout} />} />;
  }
  if (state.kind === 'error') {
    return (
      <Shell header={<Header settings={null} health={null} layout={layout} />}>
        <ErrorBox error={state.error} title={t('popup_background_silent')} />
        <button type="button" onClick={reload}>
          {t('common_try_again')}
        </button>
      </Shell>
    );
  }
  if (!settings?.configured) {
    return (
      <Shell header={<Header settings={settings} health={null} layout={layout} />}>
        <NotConfigured />
      </Shell>
    );
  }

  return (
    <Shell header={header}>
      {choosing ? <CashierChooser till={till} onDone={() => setChoosing(false)} /> : null}
      {view.kind === 'order' && !choosing ? (
        <orderView.View
          key={view.uuid}
          uuid={view.uuid}
          initial={view.initial}
          sandbox={settings.mode === 'sandbox'}
          shopName={settings.shopName}
          detailed={view.detailed}
          onBack={nav.back}
          onNewOrder={nav.newOrder}
          onCreated={onCreated}
        />
      ) : null}
      {dayOpened.current ? (
        <DayLoader
          hidden={view.kind !== 'day' || choosing}
          onBack={nav.leaveDay}
          onOpenOrder={(uuid) => setView({ kind: 'order', uuid, initial: null, detailed: true, from: 'day' })}
        />
      ) : null}
      <TabPanels
        hidden={view.kind !== 'tabs' || choosing}
        till={till}
        tillNeeded={settings.tillNameRequired && settings.tillName.trim() === ''}
        nav={nav}
        account={accountKey(settings)}
        sandbox={settings.mode === 'sandbox'}
        locked={settings.vault === 'locked'}
        resume={resume}
        onUnlocked={reload}
        onCreated={onCreated}
        counter={settings}
      />
    </Shell>
  );
}
