import { describe, expect, it } from 'vitest';
import { failureTitle } from './components/CreateNotice';

describe('the heading of a failed create', () => {
  it('says "not created" only when that is certain', () => {
    for (const certain of ['not_created', '0001', '2000', 'validation', '1001']) expect(failureTitle(certain)).toBe('The order was not created');
    for (const made of ['create_held', 'create_ended', 'created_not_loaded', 'create_forgotten']) {
      expect(failureTitle(made)).not.toMatch(/not created/);
    }
  });
});
