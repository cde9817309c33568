import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrderListView } from '../messaging/protocol';
import type { Result } from '../messaging/result';

const answers: ((result: Result<OrderListView>) => void)[] = [];
const send = vi.fn(() => new Promise<Result<OrderListView>>((resolve) => answers.push(resolve)));
vi.mock('../messaging/send', () => ({ send }));
const { refreshList } = await import('./list-refresh');

const view = { filter: 'all', orders: [], fetchedAt: 1, hasMore: false, totalItems: 0, offlineSince: null, partial: false } satisfies OrderListView;

describe('refreshList', () => {
  beforeEach(() => {
    send.mockClear();
    answers.length = 0;
  });

  it('shares one refresh among those who ask while it runs, then asks again', async () => {
    const first = refreshList('all');
    const second = refreshList('all');
    const paid = refreshList('paid');
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenCalledWith('orders.refresh', { filter: 'all' });
    answers[0]?.({ ok: true, data: view });
    answers[1]?.({ ok: true, data: { ...view, filter: 'paid' } });
    expect(await first).toEqual({ ok: true, data: view });
    expect(await second).toBe(await first);
    await paid;
    void refreshList('all');
    expect(send).toHaveBeenCalledTimes(3);
  });
});
