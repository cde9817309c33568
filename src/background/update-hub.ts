/**
 * The worker's end of the update channel (src/messaging/updates.ts): holds the
 * ports of open pages, watches the order they show while they are open, and
 * pushes every fresh copy of an order to all of them.
 *
 * A port rather than storage.onChanged (the order cache is in IndexedDB, not
 * storage) or runtime.sendMessage broadcasts (no way to know who listens):
 * the worker learns when a page closes (the watch stops with it), and a page
 * whose worker was stopped (Chrome's idle worker, Firefox's event page) sees
 * the port drop, connects again (waking the worker) and renews its watch.
 */
import type { SenderInfo } from '../messaging/router';
import type { CachedOrder, OrderRow } from '../messaging/protocol';
import { readWatch, UPDATES_PORT, type OrderPush, type UpdatePush } from '../messaging/updates';

/** The parts of `runtime.Port` the hub uses. */
export interface PortLike {
  name: string;
  sender?: SenderInfo;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface UpdateHubDeps {
  /** Only this extension's own pages may listen. */
  isOwnPage: (sender: SenderInfo) => boolean;
  /** The worker's 5 s watch (Poller): which order to keep fresh, or null. */
  watcher: { watch(uuid: string | null): void; readonly watched: string | null };
  /** A page shows an unsure create attempt: keep looking until its outcome is certain. */
  followAttempt?: (attemptId: string) => void;
}

export class UpdateHub {
  readonly #deps: UpdateHubDeps;
  /** Each open page's port → the order it shows (null: none). */
  readonly #ports = new Map<PortLike, string | null>();

  constructor(deps: UpdateHubDeps) {
    this.#deps = deps;
  }

  get listeners(): number {
    return this.#ports.size;
  }

  /** runtime.onConnect: accepts our own pages' update ports, ignores other names. */
  connect(port: PortLike): void {
    if (port.name !== UPDATES_PORT) return;
    if (!this.#deps.isOwnPage(port.sender ?? {})) return port.disconnect();
    this.#ports.set(port, null);
    port.onMessage.addListener((message) => {
      const watch = readWatch(message);
      if (!watch || !this.#ports.has(port)) return;
      const before = this.#ports.get(port) ?? null;
      this.#ports.set(port, watch.uuid);
      if (watch.attempt) this.#deps.followAttempt?.(watch.attempt);
      if (watch.uuid) this.#deps.watcher.watch(watch.uuid);
      else this.#release(before);
    });
    port.onDisconnect.addListener(() => this.#drop(port));
  }

  /** A fresh copy of an order: every open page gets it. */
  push(cached: CachedOrder, row: OrderRow): void {
    const message: OrderPush = { type: 'order', cached, row };
    this.send(message);
  }

  /** Any push (an order, an attempt's verdict) to every open page. */
  send(message: UpdatePush): void {
    for (const port of [...this.#ports.keys()]) {
      try {
        port.postMessage(message);
      } catch {
        this.#drop(port); // Closed between its disconnect and our send.
      }
    }
  }

  #drop(port: PortLike): void {
    if (!this.#ports.has(port)) return;
    const shown = this.#ports.get(port) ?? null;
    this.#ports.delete(port);
    this.#release(shown);
  }

  /** A page stopped showing `uuid`: the watch on it ends unless another open page still shows it. */
  #release(uuid: string | null): void {
    if (uuid === null || this.#deps.watcher.watched !== uuid) return;
    const shown = [...this.#ports.values()].filter((other): other is string => other !== null);
    if (shown.includes(uuid)) return;
    this.#deps.watcher.watch(shown.at(-1) ?? null);
  }
}
