import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Entries = { getEntriesByName(name: string): unknown[] };

/** A PerformanceObserver for 'paint' entries that the test feeds by hand. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint', 'element'];
  static live: FakePaintObserver[] = [];
  disconnected = false;
  constructor(private readonly callback: (list: Entries) => void) {}
  observe(): void {
    FakePaintObserver.live.push(this);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  static paint(name: string): void {
    for (const observer of FakePaintObserver.live.filter((o) => !o.disconnected)) {
      observer.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
    }
  }
}

async function freshModule() {
  vi.resetModules();
  return import('./first-paint');
}

/** Whether the promise has settled after the microtasks queued so far. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakePaintObserver.live = [];
    FakePaintObserver.supportedEntryTypes = ['paint', 'element'];
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    vi.stubGlobal('document', { visibilityState: 'visible' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('afterSettling leaves the cashier’s first keys 300 ms after the first contentful paint', async () => {
    const { afterSettling } = await freshModule();
    const settledDown = afterSettling();
    await vi.advanceTimersByTimeAsync(100);
    FakePaintObserver.paint('first-contentful-paint');
    await vi.advanceTimersByTimeAsync(299);
    expect(await settled(settledDown)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(settledDown)).toBe(true);
  });

  it('waits for the first contentful paint, not any paint entry', async () => {
    const { afterFirstPaint } = await freshModule();
    const painted = afterFirstPaint();
    FakePaintObserver.paint('first-paint');
    expect(await settled(painted)).toBe(false);
    FakePaintObserver.paint('first-contentful-paint');
    expect(await settled(painted)).toBe(true);
    expect(FakePaintObserver.live.every((o) => o.disconnected)).toBe(true);
  });

  it('is one signal for every caller, resolved at once after it happened', async () => {
    const { afterFirstPaint } = await freshModule();
    const first = afterFirstPaint();
    FakePaintObserver.paint('first-contentful-paint');
    await first;
    expect(afterFirstPaint()).toBe(first);
    expect(FakePaintObserver.live).toHaveLength(1);
  });

  it('goes on after 300 ms when the browser never reports the paint', async () => {
    const { afterFirstPaint } = await freshModule();
    const painted = afterFirstPaint();
    vi.advanceTimersByTime(299);
    expect(await settled(painted)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(painted)).toBe(true);
  });

  it('does not wait in a hidden page, which paints nothing', async () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    const { afterFirstPaint } = await freshModule();
    expect(await settled(afterFirstPaint())).toBe(true);
    expect(FakePaintObserver.live).toHaveLength(0);
  });

  it('does not wait in a browser without paint timing', async () => {
    FakePaintObserver.supportedEntryTypes = ['element'];
    const { afterFirstPaint } = await freshModule();
    expect(await settled(afterFirstPaint())).toBe(true);
  });
});
