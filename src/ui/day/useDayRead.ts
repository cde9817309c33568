/** Asks the worker to read a day, follows the progress it pushes, and can stop it. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { DayProgress, DayReport, WireError } from '../../messaging/protocol';
import { send } from '../../messaging/send';

export type DayState =
  | { phase: 'idle' }
  | { phase: 'reading'; jobId: string; progress: DayProgress | null }
  | { phase: 'done'; report: DayReport }
  | { phase: 'failed'; error: WireError };

function isProgress(message: unknown): message is DayProgress {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'day.progress';
}

export function useDayRead() {
  const [state, setState] = useState<DayState>({ phase: 'idle' });

  useEffect(() => {
    const listener = (message: unknown) => {
      if (!isProgress(message)) return undefined;
      setState((s) => (s.phase === 'reading' && s.jobId === message.jobId ? { ...s, progress: message } : s));
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  const read = async (start: number, end: number) => {
    const jobId = crypto.randomUUID();
    setState({ phase: 'reading', jobId, progress: null });
    const result = await send('day.read', { jobId, start, end });
    setState(result.ok ? { phase: 'done', report: result.data } : { phase: 'failed', error: result.error });
  };
  const cancel = (jobId: string) => void send('day.cancel', { jobId });
  return { state, read, cancel };
}
