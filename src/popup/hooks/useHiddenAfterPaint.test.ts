// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { afterNextPaint } from '../first-paint';
import { useHiddenAfterPaint } from './useHiddenAfterPaint';

afterEach(cleanup);

describe('useHiddenAfterPaint', () => {
  it('says shown at once, and hidden only after a frame has gone by', async () => {
    const { result, rerender } = renderHook(({ shown }) => useHiddenAfterPaint(shown), { initialProps: { shown: true } });
    expect(result.current).toBe(true);
    rerender({ shown: false });
    // The render that hides the view still sees it as shown: it is not drawn again unseen.
    expect(result.current).toBe(true);
    await waitFor(() => expect(result.current).toBe(false));
    rerender({ shown: true });
    expect(result.current).toBe(true);
  });

  it('a view shown again before that frame is never told it was hidden', async () => {
    const seen: boolean[] = [];
    const { rerender } = renderHook(({ shown }) => {
      const value = useHiddenAfterPaint(shown);
      seen.push(value);
      return value;
    }, { initialProps: { shown: true } });
    rerender({ shown: false });
    rerender({ shown: true });
    await act(afterNextPaint);
    await act(afterNextPaint);
    expect(seen.every(Boolean)).toBe(true);
  });
});
