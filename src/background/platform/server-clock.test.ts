import { describe, expect, it } from 'vitest';
import { ServerClock } from './server-clock';

describe('ServerClock', () => {
  const local = Date.parse('2026-11-29T12:00:00.000Z');

  it('is 0 and unknown before any answer', () => {
    const clock = new ServerClock(() => local);
    expect(clock.offsetMs()).toBe(0);
    expect(clock.known()).toBe(false);
  });

  it('measures a server clock ahead of ours from the Date header at arrival', async () => {
    const clock = new ServerClock(() => local);
    const fetchFn = clock.wrap(async () => new Response('{}', { headers: { date: new Date(local + 1_000_000).toUTCString() } }));
    await fetchFn('http://x/', {});
    expect(clock.offsetMs()).toBe(1_000_500);
    expect(clock.known()).toBe(true);
  });

  it('measures a server clock behind ours', () => {
    const clock = new ServerClock(() => local);
    clock.observe(new Date(local - 3_600_000).toUTCString(), local);
    expect(clock.offsetMs()).toBe(-3_599_500);
  });

  it('keeps the last good offset when a Date header is missing or garbage', () => {
    const clock = new ServerClock(() => local);
    clock.observe(new Date(local + 60_000).toUTCString(), local);
    clock.observe(null, local);
    clock.observe('yesterday-ish', local);
    expect(clock.offsetMs()).toBe(60_500);
  });
});
