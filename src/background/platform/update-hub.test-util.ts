// Test-only: a page's update port and a hub over a recording watcher.
import { UPDATES_PORT } from '../../messaging/updates';
import type { CurrentOrder } from './current-order';
import { UpdateHub, type PortLike } from './update-hub';

const OWN = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

export class FakePort implements PortLike {
  received: unknown[] = [];
  disconnected = false;
  throwOnPost = false;
  readonly #onMessage: ((message: unknown) => void)[] = [];
  readonly #onDisconnect: (() => void)[] = [];
  constructor(
    readonly name = UPDATES_PORT,
    readonly sender = OWN,
  ) {}
  postMessage(message: unknown) {
    if (this.throwOnPost) throw new Error('Attempting to use a disconnected port object');
    this.received.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.#onMessage.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.#onDisconnect.push(listener) };
  /** The page sends a message. */
  send(message: unknown) {
    for (const listener of this.#onMessage) listener(message);
  }
  /** The page closed. */
  close() {
    for (const listener of this.#onDisconnect) listener();
  }
}

export function setup(current?: CurrentOrder) {
  const watches: (string | null)[] = [];
  const watcher = {
    watched: null as string | null,
    watch(uuid: string | null) {
      watches.push(uuid);
      this.watched = uuid;
    },
  };
  const followed: string[] = [];
  const hub = new UpdateHub({
    isOwnPage: (sender) => sender.id === 'ext' && sender.url?.startsWith('chrome-extension://ext/') === true,
    watcher,
    followAttempt: (id) => followed.push(id),
    ...(current ? { current } : {}),
  });
  return { hub, watcher, watches, followed };
}

