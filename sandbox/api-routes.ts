import type { ApiRequest, Reply, Route } from './api-types';
import { ApiError } from './errors';
import { cancelUrlOf, toCreationResponse, toRetrieval } from './order-views';
import { availableCallbacks } from './state-machine';
import { isRecord, validateListQuery, validateOrderCreation, validatePaymentUpdate, validateUuid } from './validation';
import type { PaymentOrderList } from './wire-types';

const json = (status: number, body: unknown): Reply => ({ kind: 'json', status, body });

function orderOf(r: ApiRequest) {
  const uuid = r.params[0] ?? '';
  validateUuid(uuid);
  return r.core.getOrder(uuid);
}

/** grant_type and scope from a form-urlencoded or JSON body (the official SDKs send JSON). */
function tokenFields(r: ApiRequest): { grantType: unknown; scope: unknown } {
  if (r.body instanceof URLSearchParams) return { grantType: r.body.get('grant_type'), scope: r.body.get('scope') };
  if (isRecord(r.body)) return { grantType: r.body.grant_type, scope: r.body.scope };
  return { grantType: undefined, scope: undefined };
}

function login(r: ApiRequest): Reply {
  const { grantType, scope } = tokenFields(r);
  if (grantType !== 'client_credentials') throw new ApiError('1002', 'Invalid grant type: grant_type must be client_credentials');
  if (scope !== '*') throw new ApiError('1013', 'Invalid scope: scope must be *');
  const { core } = r;
  const actualTtl = core.faults.tokenTtlSeconds ?? core.tokenTtlSeconds;
  const body = core.tokens.issue(core.now(), core.tokenTtlSeconds, actualTtl, core.baseUrl);
  core.changed();
  return json(200, body);
}

function createOrder(r: ApiRequest): Reply {
  const input = validateOrderCreation(r.body);
  const order = r.core.createOrder(input);
  if (r.core.faults.commitThenDrop) {
    r.req.socket.destroy();
    return { kind: 'dropped' };
  }
  // Committed, then nothing: as a server whose answer is stuck after the commit.
  if (r.core.faults.commitThenHang) return { kind: 'dropped' };
  const failWith = r.core.faults.errorAfterCommit;
  if (failWith !== null) {
    if (failWith === 500) throw new ApiError('4000', 'Internal server error (injected after commit)');
    return { kind: 'html', status: failWith, body: `<html><body><h1>${failWith} Bad Gateway</h1><p>injected after commit</p></body></html>` };
  }
  return json(201, toCreationResponse(order));
}

function listOrders(r: ApiRequest): Reply {
  const query = validateListQuery(r.url.searchParams);
  r.core.sweepExpiry();
  const page = r.core.store.list(query);
  const body: PaymentOrderList = {
    paymentorders: page.orders.map(toRetrieval),
    total_items: page.totalItems,
    total_pages: page.totalPages,
  };
  return json(200, body);
}

function deleteOrder(r: ApiRequest): Reply {
  const order = orderOf(r);
  r.core.cancel(order);
  return json(200, { cancel_url: cancelUrlOf(order) });
}

function paymentUpdate(r: ApiRequest): Reply {
  const callback = validatePaymentUpdate(r.body);
  r.core.paymentUpdate(orderOf(r), callback);
  return { kind: 'empty', status: 204 };
}

function paymentReset(r: ApiRequest): Reply {
  const order = orderOf(r);
  r.core.reset(order);
  return json(200, toRetrieval(order));
}

// Every route also matches with a trailing slash.
export const API_ROUTES: readonly Route[] = [
  { pattern: /^\/token\/?$/, methods: { POST: { auth: 'basic', body: 'token', handle: login } } },
  {
    pattern: /^\/payment-order\/?$/,
    methods: {
      GET: { auth: 'bearer', body: 'none', handle: listOrders },
      POST: { auth: 'bearer', body: 'json', handle: createOrder },
    },
  },
  {
    pattern: /^\/payment-order\/([^/]+)\/?$/,
    methods: {
      GET: { auth: 'bearer', body: 'none', handle: (r) => json(200, toRetrieval(orderOf(r))) },
      DELETE: { auth: 'bearer', body: 'none', handle: deleteOrder },
    },
  },
  {
    pattern: /^\/payment-order\/([^/]+)\/callbacks\/?$/,
    methods: {
      GET: {
        auth: 'bearer',
        body: 'none',
        handle: (r) => json(200, { callbacks: availableCallbacks(orderOf(r)).map((name) => ({ name })) }),
      },
    },
  },
  {
    pattern: /^\/payment-order\/([^/]+)\/test\/reset\/?$/,
    methods: { PATCH: { auth: 'bearer', body: 'none', handle: paymentReset } },
  },
  {
    pattern: /^\/payment-order\/([^/]+)\/test\/?$/,
    methods: { PATCH: { auth: 'bearer', body: 'json', handle: paymentUpdate } },
  },
];
