// @vitest-environment happy-dom
import { act, render } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { announceStatus, resetAnnouncements } from './announcer';
import { LiveRegion } from './components/LiveRegion';

describe('the live region', () => {
  beforeEach(resetAnnouncements);

  it('is there, empty, before anything happens, and tells Paid once when the order turns Paid', () => {
    const { container } = render(<LiveRegion />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region?.textContent).toBe('');
    void act(() => void announceStatus('a', 'pending', 'paid'));
    expect(region?.textContent).toBe('Paid');
    expect(announceStatus('a', 'pending', 'paid')).toBe(false);
  });

  it('tells Part-paid, Expired and Cancelled, each once per order, and nothing for a first look or a progress step', () => {
    render(<LiveRegion />);
    expect(announceStatus('b', undefined, 'paid')).toBe(false);
    expect(announceStatus('b', 'pending', 'mempool_unconfirmed')).toBe(false);
    expect(announceStatus('b', 'pending', 'partial')).toBe(true);
    expect(announceStatus('b', 'partial', 'partial')).toBe(false);
    expect(announceStatus('b', 'partial', 'expired')).toBe(true);
    expect(announceStatus('c', 'pending', 'cancelled')).toBe(true);
    expect(announceStatus('c', 'pending', 'cancelled')).toBe(false);
  });
});
