import { describe, expect, it } from 'vitest';
import type { CachedOrder } from '../../messaging/protocol';
import { UPDATES_PORT } from '../../messaging/updates';
import { toRow } from '../orders/order-rows';
import { order } from './test-fakes.test-util';
import { UpdateHub } from './update-hub';
import { FakePort, setup } from './update-hub.test-util';

const paid = order(1, 'paid', '2026-11-26T10:00:00Z');
const cachedPaid: CachedOrder = { order: paid, fetchedAt: 1000, createdHere: true };

describe('UpdateHub', () => {
  it('pushes every fresh order, with its list row, to each open page', () => {
    const { hub } = setup();
    const popup = new FakePort();
    const tab = new FakePort();
    hub.connect(popup);
    hub.connect(tab);
    hub.push(cachedPaid, toRow(paid, true));
    const expected = { type: 'order', cached: cachedPaid, row: toRow(paid, true) };
    expect(popup.received).toEqual([expected]);
    expect(tab.received).toEqual([expected]);
  });

  it('refuses ports of other extensions and content scripts, and ignores ports of other names', () => {
    const { hub } = setup();
    const foreign = new FakePort(UPDATES_PORT, { id: 'other', url: 'chrome-extension://other/x.html' });
    const contentScript = new FakePort(UPDATES_PORT, { id: 'ext', url: 'https://shop.example/' });
    const otherName = new FakePort('something-else');
    for (const port of [foreign, contentScript, otherName]) hub.connect(port);
    hub.push(cachedPaid, toRow(paid, true));
    expect(foreign.disconnected && contentScript.disconnected).toBe(true);
    expect(otherName.disconnected).toBe(false);
    expect([...foreign.received, ...contentScript.received, ...otherName.received]).toEqual([]);
    expect(hub.listeners).toBe(0);
  });

  it('watches the order a page shows and stops when that page closes', () => {
    const { hub, watcher, watches } = setup();
    const popup = new FakePort();
    hub.connect(popup);
    popup.send({ type: 'watch', uuid: 'u-1' });
    expect(watcher.watched).toBe('u-1');
    popup.close();
    expect(watcher.watched).toBeNull();
    expect(watches).toEqual(['u-1', null]);
    hub.push(cachedPaid, toRow(paid, true));
    expect(popup.received).toEqual([]);
  });

  it('keeps the watch while another open page still shows that order, then follows the one left', () => {
    const { hub, watcher } = setup();
    const [a, b, c] = [new FakePort(), new FakePort(), new FakePort()];
    [a, b, c].forEach((port) => hub.connect(port));
    c.send({ type: 'watch', uuid: 'u-2' });
    a.send({ type: 'watch', uuid: 'u-1' });
    b.send({ type: 'watch', uuid: 'u-1' });
    a.close();
    expect(watcher.watched).toBe('u-1');
    b.send({ type: 'watch', uuid: null });
    expect(watcher.watched).toBe('u-2');
  });

  it('a page showing no order never ends a watch it did not ask for', () => {
    const { hub, watcher } = setup();
    watcher.watch('u-9'); // Set by another page that closed, say, or a test
    const list = new FakePort();
    hub.connect(list);
    list.send({ type: 'watch', uuid: null });
    list.close();
    expect(watcher.watched).toBe('u-9');
  });

  it('follows the unsure attempt a page shows, and sends its verdict to every page', () => {
    const { hub, followed, watcher } = setup();
    const popup = new FakePort();
    hub.connect(popup);
    popup.send({ type: 'watch', uuid: null, attempt: 'attempt-1' });
    popup.send({ type: 'watch', uuid: null, attempt: 42 });
    expect(followed).toEqual(['attempt-1']);
    expect(watcher.watched).toBeNull();
    const verdict = { type: 'attempt', attemptId: 'attempt-1', outcome: { state: 'not_made', saleCode: 'AB12CD34' } } as const;
    hub.send(verdict);
    expect(popup.received).toEqual([verdict]);
  });

  it('ignores malformed watch messages and drops a port that fails to send', () => {
    const { hub, watcher } = setup();
    const popup = new FakePort();
    const gone = new FakePort();
    hub.connect(popup);
    hub.connect(gone);
    for (const bad of [null, 'watch', { type: 'watch', uuid: 7 }, { type: 'watch', uuid: 'x'.repeat(65) }, { type: 'other', uuid: 'u-1' }]) popup.send(bad);
    expect(watcher.watched).toBeNull();
    gone.throwOnPost = true;
    hub.push(cachedPaid, toRow(paid, true));
    expect(hub.listeners).toBe(1);
    expect(popup.received).toHaveLength(1);
  });
});

describe('UpdateHub: whether WebPOS answers', () => {
  it('tells each page as it connects, then every page on each change', async () => {
    const hub = new UpdateHub({ isOwnPage: () => true, watcher: { watch: () => undefined, watched: null }, health: async () => ({ state: 'unreachable', since: 5_000 }) });
    const popup = new FakePort();
    hub.connect(popup);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(popup.received).toEqual([{ type: 'health', state: 'unreachable', since: 5_000 }]);
    const display = new FakePort();
    hub.connect(display);
    hub.health({ state: 'ok', since: 9_000 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(popup.received.at(-1)).toEqual({ type: 'health', state: 'ok', since: 9_000 });
    // The display's own first read (unreachable) was under way when the change came: the change is its last word.
    expect(display.received).toEqual([{ type: 'health', state: 'ok', since: 9_000 }]);
  });
});
