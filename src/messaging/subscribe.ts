import browser from 'webextension-polyfill';
import { readPush, UPDATES_PORT, type FollowMessage, type UpdatePush, type WatchMessage } from './updates';

/** The parts of `runtime.Port` a page uses. */
export interface PagePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface SubscribeOptions {
  /** The order this page shows (the worker watches it while the page is open), or null. */
  watch: string | null;
  /** The unsure create attempt this page shows: the worker follows it and pushes its outcome. */
  attempt?: string;
  /** Follow the sale at the counter instead of watching one (the customer display): `watch` is ignored. */
  follow?: boolean;
  onPush: (push: UpdatePush) => void;
  /** Connected again after the worker was stopped: anything pushed meanwhile was missed. */
  onReconnect?: () => void;
  connect?: () => PagePort;
  /** Wait before connecting again after the port dropped. */
  retryMs?: number;
}

const RETRY_MS = 500;

function watchMessage({ watch, attempt }: SubscribeOptions): WatchMessage {
  return { type: 'watch', uuid: watch, ...(attempt ? { attempt } : {}) };
}

/**
 * Listens to the worker's pushes (src/messaging/updates.ts) until the returned
 * function is called. A dropped port (the worker was stopped) is connected
 * again, which wakes the worker and renews the watch.
 */
export function subscribeUpdates(options: SubscribeOptions): () => void {
  const connect = options.connect ?? (() => browser.runtime.connect({ name: UPDATES_PORT }));
  const retryMs = options.retryMs ?? RETRY_MS;
  let port: PagePort | undefined;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let connects = 0;

  const retry = () => {
    port = undefined;
    if (!closed) timer = setTimeout(open, retryMs);
  };
  const open = () => {
    timer = undefined;
    try {
      port = connect();
    } catch {
      return retry(); // The extension is being reloaded: try again shortly.
    }
    const own = port;
    own.onMessage.addListener((message) => {
      const push = readPush(message);
      if (push && port === own && !closed) options.onPush(push);
    });
    own.onDisconnect.addListener(() => {
      if (port === own) retry();
    });
    own.postMessage(options.follow ? ({ type: 'follow' } satisfies FollowMessage) : watchMessage(options));
    if (connects++ > 0) options.onReconnect?.();
  };
  open();

  return () => {
    closed = true;
    clearTimeout(timer);
    try {
      port?.disconnect();
    } catch {
      // Already gone.
    }
    port = undefined;
  };
}
