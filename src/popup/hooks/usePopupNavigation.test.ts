// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { usePopupNavigation } from './usePopupNavigation';

afterEach(cleanup);

const press = (key: string) => act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));

describe('the popup’s close of day in its navigation', () => {
  it('an order opened from the close of day goes back to the close of day, not to a tab', async () => {
    const { result } = renderHook(() => usePopupNavigation(() => undefined));
    await act(() => result.current.setView({ kind: 'day' }));
    await act(() => result.current.setView({ kind: 'order', uuid: 'u1', initial: null, detailed: true, from: 'day' }));
    await act(() => result.current.back());
    expect(result.current.view).toEqual({ kind: 'day' });
  });

  it('Escape leaves the close of day for New order; an order from the Orders tab still goes back there', async () => {
    const { result } = renderHook(() => usePopupNavigation(() => undefined));
    await act(() => result.current.setView({ kind: 'day' }));
    await press('Escape');
    expect(result.current.view).toEqual({ kind: 'tabs' });
    expect(result.current.tab).toBe('create');
    await act(() => result.current.setView({ kind: 'order', uuid: 'u2', initial: null, detailed: true, from: 'orders' }));
    await act(() => result.current.back());
    expect(result.current.view).toEqual({ kind: 'tabs' });
    expect(result.current.tab).toBe('orders');
  });
});
