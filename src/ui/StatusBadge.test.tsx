// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from './StatusBadge';

afterEach(cleanup);

describe('StatusBadge', () => {
  it('tells a paid order by word and tone, not by colour alone', () => {
    const { container } = render(<StatusBadge state={{ blockchain_status: 'paid' }} />);
    const badge = container.querySelector('.badge');
    expect(badge?.textContent).toBe('Paid');
    expect(badge?.getAttribute('data-tone')).toBe('paid');
  });

  it('tells a partial payment apart from a pending one', () => {
    const partial = render(<StatusBadge state={{ blockchain_status: 'partial' }} />).container.textContent;
    cleanup();
    const pending = render(<StatusBadge state={{ blockchain_status: 'pending' }} />).container.textContent;
    expect(partial).not.toBe(pending);
  });
});
