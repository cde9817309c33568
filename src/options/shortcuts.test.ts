import { describe, expect, it } from 'vitest';
import { shortcutRows } from './shortcuts';

describe('the shortcuts shown in the options', () => {
  it('shows the binding the browser has now, and an empty one when the cashier removed it', () => {
    const rows = shortcutRows([
      { name: '_execute_action', shortcut: 'Alt+Shift+P' },
      { name: 'open-side-panel', shortcut: '' },
      { name: 'something-else', shortcut: 'Ctrl+Y' },
    ]);
    expect(rows).toEqual([
      { name: '_execute_action', what: 'Open the counter on a new sale', keys: 'Alt+Shift+P' },
      { name: 'open-side-panel', what: 'Open the counter in the side panel', keys: '' },
    ]);
  });
});
