import { describe, expect, it } from 'vitest';
import { memoryStore } from './memory-store.test-util';
import { readUnsure, rememberUnsure } from './unsure-attempt';

describe('the unsure attempt across popup openings', () => {
  it('is remembered, read back and forgotten', () => {
    const store = memoryStore();
    expect(readUnsure(store)).toBeNull();
    rememberUnsure(store, { attemptId: 'a-1', error: { code: 'create_uncertain', message: 'checking' } });
    expect(readUnsure(store)).toEqual({ attemptId: 'a-1', error: { code: 'create_uncertain', message: 'checking' } });
    rememberUnsure(store, null);
    expect(readUnsure(store)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const store = memoryStore();
    for (const junk of ['{', '42', '{"attemptId":1}', '{"attemptId":"a","error":{"code":"x"}}']) {
      store.setItem('webpos-counter.unsure-attempt', junk);
      expect(readUnsure(store)).toBeNull();
    }
  });
});
