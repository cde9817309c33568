// @vitest-environment happy-dom
import { act, render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { lazyPart } from './lazy-part';

function Qr({ amount }: { amount: string }) {
  return <svg aria-label={`QR ${amount}`} />;
}

/** An import that resolves when the test says so, counting how often it was started. */
function gatedImport() {
  let release: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let started = 0;
  const importer = () => {
    started += 1;
    return new Promise<typeof Qr>((resolve, reject) => {
      release = () => resolve(Qr);
      fail = reject;
    });
  };
  return { importer, release: () => release(), fail: (error: Error) => fail(error), started: () => started };
}

describe('a lazily loaded view', () => {
  it('draws in its first render once its code was loaded beforehand (no wait for a fetch)', async () => {
    const gate = gatedImport();
    const part = lazyPart('qr', gate.importer);
    const loading = part.load();
    gate.release();
    await loading;
    expect(part.loaded()).toBe(true);
    const { container } = render(<part.View amount="12.50" />);
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe('QR 12.50');
    expect(gate.started()).toBe(1);
  });

  it('asked for before its code arrived, draws nothing, then itself when it arrives; one fetch however often asked', async () => {
    const gate = gatedImport();
    const part = lazyPart('qr', gate.importer);
    void part.load();
    const { container } = render(<part.View amount="3.80" />);
    expect(container.innerHTML).toBe('');
    await act(async () => {
      gate.release();
      await part.load();
    });
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe('QR 3.80');
    expect(gate.started()).toBe(1);
  });

  it('tries the fetch again after a failure', async () => {
    const gate = gatedImport();
    const part = lazyPart('qr', gate.importer);
    const first = part.load();
    gate.fail(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    const second = part.load();
    gate.release();
    await second;
    expect(gate.started()).toBe(2);
    expect(part.loaded()).toBe(true);
  });

  it('shows what it is given while loading, and a failure when the fetch fails', async () => {
    const gate = gatedImport();
    const part = lazyPart('day', gate.importer, { loading: () => <p role="status">loading</p>, failed: () => <p role="alert">failed</p> });
    const { container } = render(<part.View amount="1" />);
    expect(container.querySelector('[role=status]')?.textContent).toBe('loading');
    await act(async () => {
      gate.fail(new Error('gone'));
      await part.load().catch(() => undefined);
    });
    expect(container.querySelector('[role=alert]')?.textContent).toBe('failed');
  });
});
