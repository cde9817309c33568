// Test-only: the worker's storage items on the fake browser, with every write recorded.
import { fakeBrowser } from '@webext-core/fake-browser';
import { defineWorkerItems, type StoredItem } from './storage-items';

export function storageForTest() {
  const writes: string[] = [];
  fakeBrowser.storage.onChanged.addListener((changes, area) => void writes.push(`${area} ${JSON.stringify(changes)}`));
  return {
    items: defineWorkerItems(),
    /** Defines the items again, as a restarted worker does. */
    restart: () => defineWorkerItems(),
    writes,
    raw: async (area: 'local' | 'session', key: string): Promise<unknown> => (await fakeBrowser.storage[area].get(key))[key],
    put: (area: 'local' | 'session', values: Record<string, unknown>) => fakeBrowser.storage[area].set(values),
  };
}

/** `item` with `value` stored first: every call waits for that write (for synchronous setups). */
export function seeded<T>(item: StoredItem<T>, value: T): StoredItem<T> {
  const written = item.setValue(value);
  return {
    getValue: async () => (await written, item.getValue()),
    setValue: async (next) => (await written, item.setValue(next)),
    removeValue: async () => (await written, item.removeValue()),
  };
}
