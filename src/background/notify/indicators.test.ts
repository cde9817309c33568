import { describe, expect, it } from 'vitest';
import type { OrderRow } from '../../messaging/protocol';
import type { HealthRecord } from '../platform/health';
import { Indicators, type IndicatorDeps } from './indicators';
import { toRow } from '../orders/order-cache';
import { order } from '../platform/test-fakes.test-util';

const a = toRow(order(1, 'pending', '2026-11-26T10:00:00Z'), true);
const b = toRow(order(1, 'paid', '2026-11-26T10:00:00Z'), true);

function setup(overrides: Partial<IndicatorDeps> = {}) {
  const badges: [HealthRecord, number][] = [];
  const notified: [OrderRow, OrderRow][] = [];
  const warnings: string[] = [];
  let notificationsOn = true;
  const indicators = new Indicators({
    health: { get: async () => ({ state: 'ok', since: 1, message: null }) },
    orders: { pendingCreated: async () => [a, a] },
    notificationsOn: async () => notificationsOn,
    showBadge: async (record, count) => void badges.push([record, count]),
    notify: async (before, after) => void notified.push([before, after]),
    warn: (what) => warnings.push(what),
    ...overrides,
  });
  return { indicators, badges, notified, warnings, setNotifications: (on: boolean) => (notificationsOn = on) };
}

describe('Indicators', () => {
  it('shows the health and the number of pending orders created here on the badge', async () => {
    const { indicators, badges } = setup();
    await indicators.refreshBadge();
    expect(badges).toEqual([[{ state: 'ok', since: 1, message: null }, 2]]);
  });

  it('notifies only when the merchant wants notifications', async () => {
    const { indicators, notified, setNotifications } = setup();
    await indicators.maybeNotify(a, b);
    setNotifications(false);
    await indicators.maybeNotify(a, b);
    expect(notified).toEqual([[a, b]]);
  });

  it('plays the transition’s sound whether or not notifications are on, and a failing notification does not stop it', async () => {
    const sounded: [OrderRow, OrderRow][] = [];
    const { indicators, notified, setNotifications, warnings } = setup({ sound: async (before, after) => void sounded.push([before, after]) });
    setNotifications(false);
    await indicators.maybeNotify(a, b);
    expect(notified).toEqual([]);
    const failing = setup({ notify: async () => Promise.reject(new Error('gone')), sound: async (before, after) => void sounded.push([before, after]) });
    await failing.indicators.maybeNotify(a, b);
    expect(sounded).toEqual([[a, b], [a, b]]);
    expect([...warnings, ...failing.warnings]).toEqual(['notification']);
  });

  it('logs a failing badge or notification instead of throwing', async () => {
    const boom = async () => Promise.reject(new Error('gone'));
    const { indicators, warnings } = setup({ showBadge: boom, notify: boom });
    await indicators.refreshBadge();
    await indicators.maybeNotify(a, b);
    expect(warnings).toEqual(['badge update', 'notification']);
  });
});
