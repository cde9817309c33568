import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Health, PublicSettings } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { takePrefetchedSettings } from '../prefetch';

export type SettingsState =
  | { kind: 'loading' }
  | { kind: 'error'; error: WireError }
  | { kind: 'ready'; settings: PublicSettings };

/** Settings as the worker shows them to pages; `reload` re-reads them. */
export function useSettings(): { state: SettingsState; reload: () => void } {
  const [state, setState] = useState<SettingsState>({ kind: 'loading' });
  const reload = useCallback(() => {
    void (takePrefetchedSettings() ?? send('settings.get', null)).then((result) =>
      setState(result.ok ? { kind: 'ready', settings: result.data } : { kind: 'error', error: result.error }),
    );
  }, []);
  useEffect(reload, [reload]);
  return { state, reload };
}

/** Connection health, re-read every 10 s (the worker tracks it; this only reads). */
export function useHealth(enabled: boolean): Health | null {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const read = () =>
      void send('health.get', null).then((result) => {
        if (alive && result.ok) setHealth(result.data);
      });
    read();
    const timer = setInterval(read, 10_000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [enabled]);
  return health;
}
