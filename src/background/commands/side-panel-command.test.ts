import { describe, expect, it, vi } from 'vitest';
import { OPEN_SIDE_PANEL, onCommand } from './side-panel-command';

describe('the side panel shortcut', () => {
  it('opens the side panel of the window the shortcut was pressed in, without awaiting first', () => {
    const open = vi.fn(() => Promise.resolve());
    expect(onCommand(OPEN_SIDE_PANEL, 7, { open }, vi.fn())).toBe(true);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('ignores other commands, a missing window and a browser without a side panel', () => {
    const open = vi.fn(() => Promise.resolve());
    expect(onCommand('_execute_action', 7, { open }, vi.fn())).toBe(false);
    expect(onCommand(OPEN_SIDE_PANEL, undefined, { open }, vi.fn())).toBe(false);
    expect(onCommand(OPEN_SIDE_PANEL, 7, null, vi.fn())).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('reports a refusal instead of throwing', async () => {
    const warn = vi.fn();
    onCommand(OPEN_SIDE_PANEL, 7, { open: () => Promise.reject(new Error('no gesture')) }, warn);
    await Promise.resolve();
    await Promise.resolve();
    expect(warn).toHaveBeenCalledWith('opening the side panel', expect.any(Error));
  });
});
