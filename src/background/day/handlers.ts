/**
 * Close the day: reads the chosen day's orders (every page, paced), pushes the progress to
 * the pages, and answers with the totals per till and per cashier. A cashier gets their own
 * till's orders only: the role rule marks the request, and the handler filters by this
 * till's name here, in the worker, whatever the page asked.
 */
import type { DayMessages, DayProgress, DayReport } from '../../messaging/protocol';
import type { HandlersFor } from '../../messaging/router';
import { text } from '../../shared/local-text';
import { pacedRunner, realSleep, REQUEST_GAP_MS } from '../platform/paced-runner';
import { toRow } from '../orders/order-rows';
import type { ApiRunner } from '../platform/api-runner';
import { AppError } from '../platform/errors';
import type { RoleTable } from '../roles/rules';
import { readDay } from './day-reader';
import { dayOrder, dayTotals, groupTotals } from './day-totals';

export interface DayHandlerDeps {
  api: ApiRunner;
  /** This till's name (the till setting), or null when none is set. */
  thisTill: () => Promise<string | null>;
  /** Uuids of orders made on this till. */
  createdHere: () => Promise<ReadonlySet<string>>;
  ready: () => Promise<void>;
  push: (progress: DayProgress) => void;
  /** The server's clock minus ours (`ServerClock`): the day's bounds are on ours, the orders' dates on the server's. */
  serverOffsetMs: () => number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Set by the role rule on a cashier's request: the handler then shows this till only. */
const CASHIER_VIEW = 'cashierView';

export const dayRules = {
  'day.read': async (payload, next, context) => {
    if (await context.isManager()) return next(payload);
    const request = typeof payload === 'object' && payload !== null ? payload : {};
    return next({ ...request, [CASHIER_VIEW]: true });
  },
  'day.cancel': 'anyone',
} satisfies RoleTable<keyof DayMessages>;

const MAX_DAY_MS = 26 * 3_600_000;

function checkDay(start: unknown, end: unknown): { start: number; end: number } {
  const valid = typeof start === 'number' && typeof end === 'number' && Number.isFinite(start) && Number.isFinite(end) && end > start && end - start <= MAX_DAY_MS;
  if (!valid) throw new AppError('validation', text('error_bad_request'), undefined, 'day bounds');
  return { start, end };
}

export function createDayHandlers(deps: DayHandlerDeps): HandlersFor<keyof DayMessages> {
  const api = pacedRunner(deps.api, REQUEST_GAP_MS, deps.now ?? Date.now, deps.sleep ?? realSleep);
  const cancelled = new Set<string>();

  return {
    'day.read': async (payload) => {
      const { start, end } = checkDay(payload.start, payload.end);
      const jobId = String(payload.jobId);
      const cashierView = (payload as Record<string, unknown>)[CASHIER_VIEW] === true;
      const onlyTill = cashierView ? await deps.thisTill() : null;
      if (cashierView && onlyTill === null) throw new AppError('manager_only', text('day_cashier_no_till'));
      await deps.ready();
      const read = await readDay({
        start, end, api, serverOffsetMs: deps.serverOffsetMs,
        cancelled: () => cancelled.has(jobId),
        onProgress: (p) => deps.push({ kind: 'day.progress', jobId, ...p }),
      });
      cancelled.delete(jobId);
      const created = await deps.createdHere();
      const orders = read.orders.map((o) => dayOrder(toRow(o, created.has(o.uuid)))).filter((o) => onlyTill === null || o.till === onlyTill);
      const report: DayReport = {
        start, end, orders, total: dayTotals(orders),
        tills: groupTotals(orders, (o) => o.till),
        cashiers: groupTotals(orders, (o) => o.cashier),
        failedPages: read.failedPages, cancelled: read.cancelled, onlyTill,
      };
      return report;
    },
    'day.cancel': async ({ jobId }) => {
      cancelled.add(String(jobId));
      return { cancelled: true };
    },
  };
}
