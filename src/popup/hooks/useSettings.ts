import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Health, PublicSettings } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { subscribeUpdates } from '../../messaging/subscribe';
import { afterFirstPaint } from '../first-paint';
import { takePrefetchedSettings } from '../prefetch';
import { bootCache, sameAsSnapshot } from '../boot-cache';

export type SettingsState =
  | { kind: 'loading' }
  | { kind: 'error'; error: WireError }
  | { kind: 'ready'; settings: PublicSettings };

/** Settings as the worker shows them to pages; `reload` re-reads them. */
export function useSettings(): { state: SettingsState; reload: () => void } {
  const [state, setState] = useState<SettingsState>(() => {
    const snapshot = bootCache().settings();
    return snapshot ? { kind: 'ready', settings: snapshot } : { kind: 'loading' };
  });
  const reload = useCallback(() => {
    void (takePrefetchedSettings() ?? send('settings.get', null)).then((result) => {
      if (!result.ok) return setState({ kind: 'error', error: result.error });
      bootCache().saveSettings(result.data);
      // Unchanged settings keep the drawn state: the whole popup is not rendered again.
      const fresh = result.data;
      setState((shown) => (shown.kind === 'ready' && sameAsSnapshot(shown.settings, fresh) ? shown : { kind: 'ready', settings: fresh }));
    });
  }, []);
  const drawnFromSnapshot = useRef(state.kind === 'ready');
  useEffect(() => {
    // A snapshot already drew the popup: the worker's confirmation can wait for that frame.
    if (drawnFromSnapshot.current) void afterFirstPaint().then(reload);
    else reload();
  }, [reload]);
  return { state, reload };
}

/** Connection health, re-read every 10 s and at once when the worker says it changed (the worker tracks it; this only reads). */
export function useHealth(enabled: boolean): Health | null {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const read = () =>
      void send('health.get', null).then((result) => {
        if (alive && result.ok) setHealth(result.data);
      });
    // The header never says Online beside an order view saying WebPOS does not answer: a change the
    // worker tells is read at once (what it tells on connecting is what the first `read` asks for).
    let told = 0;
    let unsubscribe: (() => void) | undefined;
    // Health only colours a dot: it waits until the list and form have painted.
    const first = setTimeout(() => {
      read();
      unsubscribe = subscribeUpdates({ watch: null, onPush: (push) => void (push.type === 'health' && told++ > 0 && read()) });
    }, 300);
    const timer = setInterval(read, 10_000);
    return () => {
      alive = false;
      clearTimeout(first);
      clearInterval(timer);
      unsubscribe?.();
    };
  }, [enabled]);
  return health;
}
