import { describe, expect, it } from 'vitest';
import { text } from '../../shared/local-text';
import { badgeFor, showBadge, type BadgeAction } from './badge';
import { UNKNOWN_HEALTH, type HealthRecord } from '../platform/health';

const ok: HealthRecord = { state: 'ok', since: 1, message: null };

describe('badgeFor', () => {
  it('shows the pending count, empty at zero, with a title that says what it counts', () => {
    expect(badgeFor(ok, 0)).toEqual({ text: '', color: '#b45309', title: 'WebPOS Counter' });
    expect(badgeFor(ok, 1)).toEqual({ text: '1', color: '#b45309', title: 'WebPOS Counter: 1 pending order made here' });
    expect(badgeFor(UNKNOWN_HEALTH, 12)).toMatchObject({ text: '12', title: 'WebPOS Counter: 12 pending orders made here' });
  });

  it('shows "!" in red when WebPOS is unreachable or refuses the credentials, whatever is pending', () => {
    const down = badgeFor({ state: 'unreachable', since: 1, message: text('error_timeout', 'api.example.com', 7) }, 3);
    expect(down).toEqual({ text: '!', color: '#b91c1c', title: 'WebPOS Counter: WebPOS is unreachable. WebPOS at api.example.com did not answer within 7 seconds. Check the connection, or raise the request timeout in the settings.' });
    const refused = badgeFor({ state: 'unauthorized', since: 1, message: null }, 3);
    expect(refused).toEqual({ text: '!', color: '#b91c1c', title: 'WebPOS Counter: the credentials were refused.' });
  });
});

describe('showBadge', () => {
  it('sets text, colour and title on the action', async () => {
    const calls: unknown[] = [];
    const action: BadgeAction = {
      setBadgeText: async (d) => void calls.push(['text', d.text]),
      setBadgeBackgroundColor: async (d) => void calls.push(['color', d.color]),
      setTitle: async (d) => void calls.push(['title', d.title]),
    };
    await showBadge(action, ok, 2);
    expect(calls).toEqual([
      ['text', '2'],
      ['color', '#b45309'],
      ['title', 'WebPOS Counter: 2 pending orders made here'],
    ]);
  });
});
