// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatTime } from '../../shared/format';
import { row } from '../test-rows.test-util';
import { orderRowItem } from './OrderRowItem';

afterEach(() => render(null, document.body));

const whenText = (now: number | 'clock') => {
  render(<ul>{orderRowItem(row({ created_at: '2026-11-26T12:00:00Z' }), now)}</ul>, document.body);
  return document.querySelector('.row-when')?.textContent;
};

describe('orderRowItem', () => {
  it('says how long ago an order was made, on the clock it is given', () => {
    expect(whenText(Date.parse('2026-11-26T12:05:00Z'))).toMatch(/5 minutes ago/);
  });

  it('gives a past day’s list the time of day each order was made, not "3 days ago"', () => {
    const text = whenText('clock');
    expect(text).toBe(formatTime('2026-11-26T12:00:00Z'));
    expect(text).not.toMatch(/ago/);
  });
});
