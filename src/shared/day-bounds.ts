/**
 * The shop's calendar day (this browser's time zone) as epoch ms on this computer's clock,
 * and where the API's times fall in it. The API dates orders on the server's clock; every
 * day figure (today's in the popup, the close of day) puts them on ours first with
 * `onOurClock`, so a till whose clock is off still counts the right orders in the day.
 */

/** Epoch ms bounds of one local day: [start, end), 23 or 25 hours on a clock change. */
export interface DayBounds {
  start: number;
  end: number;
}

/** The till's local calendar day around `now`. */
export function localDay(now: number): DayBounds {
  const date = new Date(now);
  return {
    start: new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime(),
    end: new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime(),
  };
}

/** A calendar day ("2026-12-06") in this browser's time zone, or null when it is not one. */
export function dayBounds(isoDate: string): DayBounds | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  return { start: new Date(y, m, d).getTime(), end: new Date(y, m, d + 1).getTime() };
}

/** Today's date in this browser's time zone, as an `<input type="date">` value. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function timeZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * An API time (the server's clock) as epoch ms on this computer's clock, the clock day
 * bounds are on. `serverOffsetMs` is the server's clock minus ours. NaN when unreadable.
 */
export function onOurClock(serverTime: string, serverOffsetMs: number): number {
  return Date.parse(serverTime) - serverOffsetMs;
}

/** Whether an order created at `serverTime` (server's clock) falls in `day`. */
export function inDay(serverTime: string, serverOffsetMs: number, day: DayBounds): boolean {
  const at = onOurClock(serverTime, serverOffsetMs);
  return at >= day.start && at < day.end;
}
