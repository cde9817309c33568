/**
 * What the popup's own snapshots cannot draw in its first frame: only that is
 * asked of the worker before the first render (see prefetch.ts).
 */
import type { KeyValueStore } from './last-order';
import { accountKey } from '../shared/account';
import { readListSnapshot } from './list-snapshot';
import { readSettingsSnapshot } from './settings-snapshot';

export interface SnapshotGaps {
  settings: boolean;
  /** The newest rows of "All" for the account the settings snapshot names. */
  orders: boolean;
}

export function snapshotGaps(store: KeyValueStore): SnapshotGaps {
  const settings = readSettingsSnapshot(store);
  return {
    settings: settings === null,
    orders: settings === null || readListSnapshot(store, accountKey(settings)) === null,
  };
}
