import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CachedOrder, CreatedOrder } from '../../messaging/protocol';
import type { Tab } from '../components/Tabs';

export type View =
  | { kind: 'tabs' }
  | { kind: 'day' }
  | { kind: 'order'; uuid: string; initial: CachedOrder | CreatedOrder | null; detailed: boolean; from: Tab | 'day' };

/** `?order=<uuid>` (from a notification) opens that order straight away. */
function initialView(): View {
  const uuid = new URLSearchParams(location.search).get('order');
  return uuid ? { kind: 'order', uuid, initial: null, detailed: true, from: 'orders' } : { kind: 'tabs' };
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Which view and tab the popup shows, and the ways between them (Escape back, "/" to search). */
export function usePopupNavigation(onReturn: () => void) {
  const [view, setView] = useState<View>(initialView);
  const [tab, setTab] = useState<Tab>(() => (initialView().kind === 'order' ? 'orders' : 'create'));
  const [ordersSeen, setOrdersSeen] = useState(tab === 'orders');
  const [focusToken, setFocusToken] = useState(0);
  const [listVersion, setListVersion] = useState(0);

  const showTab = useCallback((next: Tab) => {
    setTab(next);
    if (next === 'orders') setOrdersSeen(true);
  }, []);

  const back = useCallback(() => {
    if (view.kind !== 'order') return;
    const { from, uuid } = view;
    if (from === 'day') setView({ kind: 'day' });
    else {
      setView({ kind: 'tabs' });
      showTab(from);
      setListVersion((v) => v + 1);
      onReturn();
    }
    if (from === 'create') setFocusToken((t) => t + 1);
    else requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-uuid="${CSS.escape(uuid)}"]`)?.focus());
  }, [view, showTab, onReturn]);

  /** From the close of day back to New order, where its link is. */
  const leaveDay = useCallback(() => {
    setView({ kind: 'tabs' });
    showTab('create');
    requestAnimationFrame(() => document.getElementById('open-day')?.focus());
  }, [showTab]);

  const newOrder = useCallback(() => {
    setView({ kind: 'tabs' });
    showTab('create');
    setListVersion((v) => v + 1);
    onReturn();
    setFocusToken((t) => t + 1);
  }, [showTab, onReturn]);

  // One listener for the popup's life, reading the latest view: a key pressed right
  // after a view change must not reach a listener left over from the view before.
  const latest = useRef({ view, back, showTab, leaveDay });
  latest.current = { view, back, showTab, leaveDay };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const { view: shown, back: goBack, showTab: show } = latest.current;
      if (e.key === 'Escape' && shown.kind === 'order') {
        e.preventDefault();
        goBack();
      } else if (e.key === 'Escape' && shown.kind === 'day') {
        e.preventDefault();
        latest.current.leaveDay();
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

  return { view, setView, tab, showTab, ordersSeen, focusToken, listVersion, back, newOrder, leaveDay };
}
