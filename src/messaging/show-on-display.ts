/**
 * "Show to customer": the one page action that puts an order on the customer display
 * (besides creating a sale). Sent on a port of its own (src/messaging/updates.ts), and
 * answered by the worker with the sale now at the counter.
 */
import browser from 'webextension-polyfill';
import type { PagePort } from './subscribe';
import { readPush, UPDATES_PORT, type ShowMessage } from './updates';

/** How long to wait for the worker's answer before telling the cashier it failed. */
const ANSWER_MS = 5_000;

/** Makes `uuid` the sale the customer display shows; rejects when the worker does not confirm it. */
export function showOnDisplay(uuid: string, connect: () => PagePort = () => browser.runtime.connect({ name: UPDATES_PORT })): Promise<void> {
  return new Promise((resolve, reject) => {
    let port: PagePort | undefined;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      try {
        port?.disconnect();
      } catch {
        // Already gone.
      }
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error('The background did not answer.')), ANSWER_MS);
    try {
      port = connect();
    } catch (error) {
      return finish(error instanceof Error ? error : new Error(String(error)));
    }
    port.onMessage.addListener((message) => {
      const push = readPush(message);
      if (push?.type === 'current' && push.uuid === uuid) finish();
    });
    port.onDisconnect.addListener(() => finish(new Error('The background closed the connection.')));
    port.postMessage({ type: 'show', uuid } satisfies ShowMessage);
  });
}
