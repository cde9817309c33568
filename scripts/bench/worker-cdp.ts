/**
 * CDP commands to the extension's service worker. Playwright opens CDP sessions on
 * pages only, so this attaches to the worker's target through a page's session
 * (Target.attachToTarget, non-flat) and relays messages with Target.sendMessageToTarget.
 */
import type { CDPSession } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface WorkerCdp {
  send: <T = unknown>(method: string, params?: Record<string, unknown>) => Promise<T>;
  detach: () => Promise<void>;
}

export async function attachToServiceWorker(pageSession: CDPSession, extensionId: string): Promise<WorkerCdp> {
  const { targetInfos } = (await pageSession.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!target) throw new Error('the extension has no running service worker');
  const { sessionId } = await pageSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiter?.reject(new Error(`worker CDP: ${message.error.message}`));
    else waiter?.resolve(message.result);
  };
  pageSession.on('Target.receivedMessageFromTarget', onMessage);
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      pageSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  const detach = async () => {
    pageSession.off('Target.receivedMessageFromTarget', onMessage);
    await pageSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  };
  return { send, detach };
}
