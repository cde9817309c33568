import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { iso } from './clock';
import { ApiError, validationError, type FieldError } from './errors';
import { mergeFaults, defaultFaults } from './faults';
import { parseJson, readBody, sendJson } from './http-io';
import type { StoredOrder } from './order-model';
import { toCallbackObject } from './order-views';
import type { SandboxCore } from './sandbox-core';
import { availableCallbacks, availableSteps } from './state-machine';
import { isRecord, validateUuid } from './validation';
import { deliveryLimit, resendDelivery } from './delivery-routes';
import { BLOCKCHAIN_STATUSES, type BlockchainStatus } from './wire-types';

type AdminHandler = (core: SandboxCore, body: unknown, params: string[], query: URLSearchParams) => unknown;

function internalView(order: StoredOrder) {
  return {
    ...toCallbackObject(order),
    sandbox: { seq: order.seq, available_callbacks: availableCallbacks(order), available_steps: availableSteps(order) },
  };
}

function orderParam(core: SandboxCore, params: string[]): StoredOrder {
  const uuid = params[0] ?? '';
  validateUuid(uuid);
  return core.getOrder(uuid);
}

function optionalNumber(body: Record<string, unknown>, key: string, min: number, fields: FieldError[]): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
    fields.push({ field: key, message: `must be a number ≥ ${min}` });
    return undefined;
  }
  return v;
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!isRecord(body)) throw validationError([{ field: 'body', message: 'must be a JSON object' }]);
  return body;
}

function configView(core: SandboxCore) {
  return { orderTtlSeconds: core.orderTtlSeconds, tokenTtlSeconds: core.tokenTtlSeconds };
}

function clockView(core: SandboxCore) {
  return { now: iso(core.now()), offsetSeconds: core.clock.offset / 1000 };
}

const ROUTES: { pattern: RegExp; methods: Partial<Record<string, AdminHandler>> }[] = [
  {
    pattern: /^\/?$/,
    methods: {
      GET: (core) => ({
        name: 'webpos-sandbox',
        url: core.baseUrl,
        clientId: core.clientId,
        now: iso(core.now()),
        orders: core.store.size,
        config: configView(core),
        faults: core.faults,
      }),
    },
  },
  { pattern: /^\/health$/, methods: { GET: () => ({ ok: true }) } },
  {
    pattern: /^\/requests$/,
    methods: {
      GET: (core) => ({ requests: core.requests.all() }),
      DELETE: (core) => {
        core.requests.clear();
        return { requests: [] };
      },
    },
  },
  {
    pattern: /^\/deliveries$/,
    methods: {
      GET: (core, _body, _params, query) => ({ deliveries: core.delivery.deliveries(deliveryLimit(query)) }),
      DELETE: (core) => {
        core.delivery.clearLog();
        return { deliveries: [] };
      },
    },
  },
  { pattern: /^\/deliveries\/([^/]+)\/resend$/, methods: { POST: (core, _body, params) => resendDelivery(core, params[0] ?? '') } },
  {
    pattern: /^\/faults$/,
    methods: {
      GET: (core) => core.faults,
      POST: (core, body) => {
        core.faults = mergeFaults(core.faults, body ?? {});
        return core.faults;
      },
      DELETE: (core) => {
        core.faults = defaultFaults();
        return core.faults;
      },
    },
  },
  {
    pattern: /^\/orders$/,
    methods: {
      GET: (core) => {
        core.sweepExpiry();
        const orders = core.store.all().sort((a, b) => a.seq - b.seq);
        return { count: orders.length, orders: orders.map(internalView) };
      },
    },
  },
  { pattern: /^\/orders\/([^/]+)$/, methods: { GET: (core, _body, params) => internalView(orderParam(core, params)) } },
  {
    pattern: /^\/orders\/([^/]+)\/step$/,
    methods: {
      POST: (core, body, params) => {
        const order = orderParam(core, params);
        const { to, sats } = objectBody(body);
        if (typeof to !== 'string' || !(BLOCKCHAIN_STATUSES as readonly string[]).includes(to)) {
          throw validationError([{ field: 'to', message: `must be one of ${BLOCKCHAIN_STATUSES.join(', ')}` }]);
        }
        if (sats !== undefined && typeof sats !== 'number') throw validationError([{ field: 'sats', message: 'must be a number' }]);
        const result = core.step(order, to as BlockchainStatus, sats);
        return { ...result, order: internalView(order) };
      },
    },
  },
  {
    pattern: /^\/reset$/,
    methods: {
      POST: (core, body) => {
        const fields: FieldError[] = [];
        const seed = optionalNumber(objectBody(body), 'seed', 0, fields);
        if (fields.length > 0) throw validationError(fields);
        core.resetAll(Math.floor(seed ?? 0));
        return { ok: true, orders: core.store.size };
      },
    },
  },
  {
    pattern: /^\/clock$/,
    methods: {
      GET: (core) => clockView(core),
      POST: (core, body) => {
        const fields: FieldError[] = [];
        const seconds = optionalNumber(objectBody(body), 'advanceSeconds', 0, fields);
        if (seconds === undefined && fields.length === 0) fields.push({ field: 'advanceSeconds', message: 'is required' });
        if (fields.length > 0 || seconds === undefined) throw validationError(fields);
        core.advanceClock(seconds);
        return clockView(core);
      },
    },
  },
  {
    pattern: /^\/config$/,
    methods: {
      GET: (core) => configView(core),
      POST: (core, body) => {
        const b = objectBody(body);
        const fields: FieldError[] = [];
        const orderTtl = optionalNumber(b, 'orderTtlSeconds', 1, fields);
        const tokenTtl = optionalNumber(b, 'tokenTtlSeconds', 1, fields);
        if (fields.length > 0) throw validationError(fields);
        if (orderTtl !== undefined) core.orderTtlSeconds = Math.round(orderTtl);
        if (tokenTtl !== undefined) core.tokenTtlSeconds = Math.round(tokenTtl);
        return configView(core);
      },
    },
  },
];

/** The /__sandbox/ admin API: no auth, no faults, not in the request log. */
export async function handleAdminRequest(
  core: SandboxCore,
  req: IncomingMessage,
  res: ServerResponse,
  subPath: string,
  query: URLSearchParams = new URLSearchParams(),
): Promise<void> {
  const requestId = randomUUID();
  const headers = { 'X-Request-Id': requestId };
  try {
    const method = req.method ?? 'GET';
    const route = ROUTES.map((r) => ({ r, m: r.pattern.exec(subPath) })).find((x) => x.m);
    if (!route?.m) throw new ApiError('3001', `No admin route /__sandbox${subPath}`);
    const handler = route.r.methods[method];
    if (!handler) throw new ApiError('3003', `Method ${method} is not allowed on /__sandbox${subPath}`);
    const raw = await readBody(req);
    const body = raw.length > 0 ? parseJson(raw) : undefined;
    sendJson(res, 200, await handler(core, body, route.m.slice(1), query), headers);
  } catch (err: unknown) {
    if (err instanceof ApiError) {
      sendJson(res, err.status, err.envelope(requestId), { ...headers, ...err.headers });
      return;
    }
    if (req.socket.destroyed) return;
    console.error('sandbox: unexpected admin error', err);
    sendJson(res, 500, new ApiError('4000', 'Internal server error').envelope(requestId), headers);
  }
}
