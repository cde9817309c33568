// Test-only: a minimal WebPOS on a local port and a Client pointed at it, fresh for every test.
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, vi } from 'vitest';
import { startFakeServer, sendError, sendJson, type FakeServer, type RecordedRequest } from './fake-server.test-util';
import { ORDER_UUID, creationResponse, paymentOrder } from './fixtures.test-util';
import { Client, type ClientConfig } from './index';

export const CLIENT_ID = 'merchant-42';
export const SECRET = 'super-secret-value-123';
export const BASIC = 'Basic ' + Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64');

/** A minimal WebPOS: issues tokens, enforces Bearer auth, serves fixtures. */
function webpos() {
  const ctl = {
    logins: 0,
    expiresIn: 3600,
    valid: new Set<string>(),
    expired: new Set<string>(),
    loginDelayMs: 0,
    route: undefined as undefined | ((req: RecordedRequest, res: ServerResponse) => boolean),
  };
  const handler = async (req: RecordedRequest, res: ServerResponse): Promise<void> => {
    if (req.method === 'POST' && req.path === '/token') {
      if (req.headers.authorization !== BASIC) return sendError(res, 401, '1001');
      const form = new URLSearchParams(req.body);
      if (form.get('grant_type') !== 'client_credentials') return sendError(res, 400, '1002');
      if (form.get('scope') !== '*') return sendError(res, 400, '1013');
      if (ctl.loginDelayMs) await new Promise((r) => setTimeout(r, ctl.loginDelayMs));
      ctl.logins++;
      const token = `tok-${ctl.logins}`;
      ctl.valid.add(token);
      return sendJson(res, 200, {
        access_token: token,
        token_type: 'Bearer',
        expires_in: ctl.expiresIn,
        id_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
        scope: '*',
      });
    }
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (ctl.expired.has(token)) return sendError(res, 401, '1004');
    if (!ctl.valid.has(token)) return sendError(res, 401, '1007');
    if (ctl.route?.(req, res)) return;
    if (req.method === 'POST' && req.path === '/payment-order') return sendJson(res, 201, creationResponse());
    if (req.method === 'GET' && req.path === '/payment-order') {
      return sendJson(res, 200, { paymentorders: [paymentOrder()], total_items: 1, total_pages: 1 });
    }
    const m = /^\/payment-order\/([^/]+)(\/.*)?$/.exec(req.path);
    if (m && m[1] !== ORDER_UUID) return sendError(res, 404, '3001');
    if (m && req.method === 'GET' && m[2] === undefined) return sendJson(res, 200, paymentOrder());
    if (m && req.method === 'DELETE' && m[2] === undefined) return sendJson(res, 200, { cancel_url: 'https://shop.example/cancel' });
    if (m && req.method === 'GET' && m[2] === '/callbacks') {
      return sendJson(res, 200, { callbacks: [{ name: 'payment.completed' }, { name: 'payment.expired' }] });
    }
    if (m && req.method === 'PATCH' && m[2] === '/test/reset') return sendJson(res, 200, paymentOrder());
    if (m && req.method === 'PATCH' && m[2] === '/test/') {
      res.writeHead(204);
      res.end();
      return;
    }
    sendError(res, 405, '3003');
  };
  return { ctl, handler };
}

export type FakeWebpos = ReturnType<typeof webpos>;

/** Registers a fresh server per test; read `server` and `api` inside tests (they change per test). */
export function useFakeWebpos() {
  let server: FakeServer | undefined;
  let api: FakeWebpos | undefined;
  beforeEach(async () => {
    api = webpos();
    server = await startFakeServer(api.handler);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await server?.close();
  });
  const fake = {
    get server(): FakeServer {
      if (!server) throw new Error('useFakeWebpos: no test is running');
      return server;
    },
    get api(): FakeWebpos {
      if (!api) throw new Error('useFakeWebpos: no test is running');
      return api;
    },
    makeClient: (extra: Partial<ClientConfig> = {}): Client =>
      new Client({ mode: 'sandbox', clientId: CLIENT_ID, secret: SECRET, baseUrl: fake.server.url, ...extra }),
    /** Every request but the logins. */
    apiRequests: (): RecordedRequest[] => fake.server.requests.filter((r) => r.path !== '/token'),
  };
  return fake;
}
