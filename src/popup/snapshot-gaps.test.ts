import { describe, expect, it } from 'vitest';
import type { OrderListView } from '../messaging/protocol';
import { accountKey } from '../shared/account';
import { saveListSnapshot } from './list-snapshot';
import { memoryStore } from './memory-store.test-util';
import { publicSettings } from './public-settings.test-util';
import { saveSettingsSnapshot } from './settings-snapshot';
import { snapshotGaps } from './snapshot-gaps';
import { row } from './test-rows.test-util';

const settings = publicSettings();

const list: OrderListView = { filter: 'all', orders: [row()], fetchedAt: 1, hasMore: false, totalItems: 1, offlineSince: null, partial: false };

describe('snapshotGaps', () => {
  it('asks for everything on a first opening', () => {
    expect(snapshotGaps(memoryStore())).toEqual({ settings: true, orders: true });
  });

  it('asks for nothing when both snapshots can draw the first frame', () => {
    const store = memoryStore();
    saveSettingsSnapshot(store, settings);
    saveListSnapshot(store, accountKey(settings), list);
    expect(snapshotGaps(store)).toEqual({ settings: false, orders: false });
  });

  it('asks for the list when the snapshot belongs to another account', () => {
    const store = memoryStore();
    saveSettingsSnapshot(store, settings);
    saveListSnapshot(store, accountKey({ ...settings, clientId: 'other-merchant' }), list);
    expect(snapshotGaps(store)).toEqual({ settings: false, orders: true });
  });

  it('asks for both when only a list is stored (its account cannot be told)', () => {
    const store = memoryStore();
    saveListSnapshot(store, accountKey(settings), list);
    expect(snapshotGaps(store)).toEqual({ settings: true, orders: true });
  });
});
