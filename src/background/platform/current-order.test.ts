import { describe, expect, it } from 'vitest';
import type { CreatedOrder } from '../../messaging/protocol';
import { becomesCurrent, CurrentOrder } from './current-order';
import { storageForTest } from './storage.test-util';
import { FakePort, setup } from './update-hub.test-util';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

/** Lets the hub's read of the stored current order finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CurrentOrder', () => {
  it('is remembered in storage.session, so a restarted worker still knows it', async () => {
    const storage = storageForTest();
    const before = new CurrentOrder(storage.items.currentOrder);
    expect(await before.get()).toBeNull();
    expect(before.set(A)).toBe(true);
    expect(before.set(A)).toBe(false);
    await settle();
    expect(await storage.raw('session', 'currentOrder')).toBe(A);
    expect(await new CurrentOrder(storage.restart().currentOrder).get()).toBe(A);
  });

  it('ignores a stored value that is not an order id', async () => {
    const storage = storageForTest();
    await storage.put('session', { currentOrder: { uuid: A } });
    expect(await new CurrentOrder(storage.items.currentOrder).get()).toBeNull();
  });

  it('keeps an order set while the stored one was still being read', async () => {
    const storage = storageForTest();
    await storage.put('session', { currentOrder: A });
    const current = new CurrentOrder(storage.items.currentOrder);
    const reading = current.get();
    current.set(B);
    expect(await reading).toBe(B);
  });
});

describe('UpdateHub: following the current order', () => {
  it('tells a display there is no order yet, and watches nothing for it', async () => {
    const { hub, watches } = setup();
    const display = new FakePort();
    hub.connect(display);
    display.send({ type: 'follow' });
    await settle();
    expect(display.received).toEqual([{ type: 'current', uuid: null }]);
    expect(watches).toEqual([]);
  });

  it('opening an order in the popup (a list’s row, another till’s paid order) never changes what the display shows', async () => {
    const { hub, watcher } = setup();
    hub.setCurrent(A); // The sale at the counter, created here.
    const display = new FakePort();
    hub.connect(display);
    display.send({ type: 'follow' });
    await settle();
    const popup = new FakePort();
    hub.connect(popup);
    popup.send({ type: 'watch', uuid: B });
    popup.send({ type: 'watch', uuid: B, current: true }); // An old page's flag counts for nothing.
    await settle();
    expect(display.received).toEqual([{ type: 'current', uuid: A }]);
    popup.close();
    expect(watcher.watched).toBe(A);
  });

  it('"Show to customer" switches the display to that order, tells the showing page, and keeps it watched after the popup closes', async () => {
    const { hub, watcher } = setup();
    const display = new FakePort();
    hub.connect(display);
    display.send({ type: 'follow' });
    await settle();
    const popup = new FakePort();
    hub.connect(popup);
    popup.send({ type: 'watch', uuid: B });
    popup.send({ type: 'show', uuid: B });
    expect(display.received.at(-1)).toEqual({ type: 'current', uuid: B });
    expect(popup.received).toEqual([{ type: 'current', uuid: B }]);
    popup.close();
    expect(watcher.watched).toBe(B);
    display.close();
    expect(watcher.watched).toBeNull();
  });

  it('"Show to customer" with no display open yet is remembered for the display that opens next', async () => {
    const { hub } = setup();
    const showing = new FakePort();
    hub.connect(showing);
    showing.send({ type: 'show', uuid: A });
    expect(showing.received).toEqual([{ type: 'current', uuid: A }]);
    const display = new FakePort();
    hub.connect(display);
    display.send({ type: 'follow' });
    await settle();
    expect(display.received).toEqual([{ type: 'current', uuid: A }]);
  });

  it('follows an order created while the popup is closed, and watches it instead of the last one', async () => {
    const { hub, watcher } = setup();
    const display = new FakePort();
    hub.connect(display);
    display.send({ type: 'follow' });
    await settle();
    hub.setCurrent(A);
    hub.setCurrent(B);
    expect(display.received).toEqual([
      { type: 'current', uuid: null },
      { type: 'current', uuid: A },
      { type: 'current', uuid: B },
    ]);
    expect(watcher.watched).toBe(B);
  });

  it('without a display, a new current order starts no watch', () => {
    const { hub, watches } = setup();
    hub.setCurrent(A);
    expect(watches).toEqual([]);
  });

  it('a display reconnecting to a restarted worker gets the stored current order and its watch', async () => {
    const storage = storageForTest();
    setup(new CurrentOrder(storage.items.currentOrder)).hub.setCurrent(A);
    await settle();
    const { hub, watcher } = setup(new CurrentOrder(storage.restart().currentOrder));
    const display = new FakePort();
    hub.connect(display);
    display.send({ type: 'follow' });
    await settle();
    expect(display.received).toEqual([{ type: 'current', uuid: A }]);
    expect(watcher.watched).toBe(A);
  });

  it('a display that closed while the stored order was read gets nothing and starts no watch', async () => {
    const { hub, watches } = setup();
    const display = new FakePort();
    hub.connect(display);
    display.send({ type: 'follow' });
    display.close();
    await settle();
    expect(display.received).toEqual([]);
    expect(watches).toEqual([]);
  });
});

describe('becomesCurrent', () => {
  const made = { order: { uuid: A } } as unknown as CreatedOrder;

  it('makes a created order the current one, and not a failed create', async () => {
    const set: string[] = [];
    const ok = becomesCurrent({ create: async () => made, check: async () => ({ state: 'forgotten' }) }, (uuid) => set.push(uuid));
    await ok.create({} as never, 'attempt-1');
    const failing = becomesCurrent({ create: () => Promise.reject(new Error('refused')), check: async () => ({ state: 'forgotten' }) }, (uuid) => set.push(uuid));
    await expect(failing.create({} as never, 'attempt-2')).rejects.toThrow('refused');
    expect(set).toEqual([A]);
  });
});
