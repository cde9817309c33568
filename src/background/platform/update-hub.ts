/**
 * The worker's end of the update channel (src/messaging/updates.ts): holds the
 * ports of open pages, watches the order they show while they are open, and
 * pushes every fresh copy of an order, and whether WebPOS answers, to all of them.
 * Pages that follow the sale at the counter (the customer display) are told which
 * order that is whenever it changes, and that order is watched while one of them is
 * open. Only a created sale (setCurrent) or a page's explicit show changes it: a
 * page merely showing an order (a list's row opened) never does.
 *
 * A port rather than storage.onChanged (the order cache is in IndexedDB, not
 * storage) or runtime.sendMessage broadcasts (no way to know who listens):
 * the worker learns when a page closes (the watch stops with it), and a page
 * whose worker was stopped (Chrome's idle worker, Firefox's event page) sees
 * the port drop, connects again (waking the worker) and renews its watch.
 */
import type { SenderInfo } from '../../messaging/router';
import type { CachedOrder, OrderRow } from '../../messaging/protocol';
import { readPageMessage, UPDATES_PORT, type CurrentPush, type HealthPush, type OrderPush, type UpdatePush, type WatchMessage } from '../../messaging/updates';
import { CurrentOrder } from './current-order';

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
  /** The cashier's current order, which following pages (the customer display) show. */
  current?: CurrentOrder;
  /** Whether WebPOS answers now: told to each page as it connects. */
  health?: () => Promise<Pick<HealthPush, 'state' | 'since'>>;
}

export class UpdateHub {
  readonly #deps: UpdateHubDeps;
  /** Each open page's port → the order it shows (null: none). */
  readonly #ports = new Map<PortLike, string | null>();
  /** The ports of pages that follow the current order (their entry in #ports is that order). */
  readonly #followers = new Set<PortLike>();
  readonly #current: CurrentOrder;
  /** Counts health changes sent, so a page's first health read never arrives after a newer change. */
  #healthChanges = 0;

  constructor(deps: UpdateHubDeps) {
    this.#deps = deps;
    this.#current = deps.current ?? new CurrentOrder();
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
      const read = readPageMessage(message);
      if (!read || !this.#ports.has(port)) return;
      if (read.type === 'follow') void this.#follow(port);
      else if (read.type === 'show') this.#show(port, read.uuid);
      else this.#watch(port, read);
    });
    port.onDisconnect.addListener(() => this.#drop(port));
    const asked = this.#healthChanges;
    void this.#deps.health?.().then(
      // A change told to every page while this was read is newer: this one would paint over it.
      (health) => asked === this.#healthChanges && this.#ports.has(port) && this.#post(port, healthPush(health)),
      () => undefined,
    );
  }

  /** WebPOS answers again, or stopped answering: every open page is told. */
  health(health: Pick<HealthPush, 'state' | 'since'>): void {
    this.#healthChanges++;
    this.send(healthPush(health));
  }

  /** The cashier pressed "Show to customer" on `uuid`: it becomes the sale at the counter; the page is told it did. */
  #show(port: PortLike, uuid: string): void {
    this.setCurrent(uuid);
    if (!this.#followers.has(port)) this.#post(port, { type: 'current', uuid });
  }

  /** The cashier created `uuid` here, or pressed Show to customer on it: following pages switch to it (and it is watched for them). */
  setCurrent(uuid: string): void {
    if (!this.#current.set(uuid)) return;
    for (const port of [...this.#followers]) {
      this.#ports.set(port, uuid);
      this.#post(port, { type: 'current', uuid });
    }
    if (this.#followers.size > 0 && this.#deps.watcher.watched !== uuid) this.#deps.watcher.watch(uuid);
  }

  #watch(port: PortLike, watch: WatchMessage): void {
    const before = this.#ports.get(port) ?? null;
    this.#followers.delete(port);
    this.#ports.set(port, watch.uuid);
    if (watch.attempt) this.#deps.followAttempt?.(watch.attempt);
    if (watch.uuid) this.#deps.watcher.watch(watch.uuid);
    else this.#release(before);
  }

  async #follow(port: PortLike): Promise<void> {
    this.#followers.add(port);
    const stored = await this.#current.get();
    // Closed, or switched to a watch, while the stored current order was read.
    if (!this.#followers.has(port)) return;
    const uuid = this.#current.known ?? stored; // The cashier may have moved on meanwhile.
    const before = this.#ports.get(port) ?? null;
    this.#ports.set(port, uuid);
    const push: CurrentPush = { type: 'current', uuid };
    this.#post(port, push);
    if (uuid) this.#deps.watcher.watch(uuid);
    else this.#release(before);
  }

  /** A fresh copy of an order: every open page gets it. */
  push(cached: CachedOrder, row: OrderRow): void {
    const message: OrderPush = { type: 'order', cached, row };
    this.send(message);
  }

  /** Any push (an order, an attempt's verdict) to every open page. */
  send(message: UpdatePush): void {
    for (const port of [...this.#ports.keys()]) this.#post(port, message);
  }

  #post(port: PortLike, message: UpdatePush): void {
    try {
      port.postMessage(message);
    } catch {
      this.#drop(port); // Closed between its disconnect and our send.
    }
  }

  #drop(port: PortLike): void {
    if (!this.#ports.has(port)) return;
    const shown = this.#ports.get(port) ?? null;
    this.#ports.delete(port);
    this.#followers.delete(port);
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

function healthPush({ state, since }: Pick<HealthPush, 'state' | 'since'>): HealthPush {
  return { type: 'health', state, since };
}
