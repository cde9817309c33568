import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ROUTES } from './api-routes';
import type { ApiRequest, Reply, RouteSpec } from './api-types';
import { checkBasic, checkBearer } from './auth';
import { iso } from './clock';
import { ApiError, validationError } from './errors';
import { acceptsJson, mediaType, parseJson, readBody, sendEmpty, sendJson, sendText } from './http-io';
import type { SandboxCore } from './sandbox-core';

const API_VERSIONS = new Set(['v1', 'v2']);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function specFor(path: string, method: string): { spec: RouteSpec; params: string[] } {
  for (const route of API_ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const spec = route.methods[method];
    if (!spec) {
      throw new ApiError('3003', `Method ${method} is not allowed on ${path}`, {
        headers: { Allow: Object.keys(route.methods).join(', ') },
      });
    }
    return { spec, params: match.slice(1).map(safeDecode) };
  }
  throw new ApiError('3001', `No route ${path}`);
}

function checkHeaders(req: IncomingMessage): void {
  if (!acceptsJson(req.headers.accept)) throw new ApiError('3013', 'Accept header must be application/json');
  const version = req.headers['x-api-version'];
  if (typeof version === 'string' && !API_VERSIONS.has(version.trim().toLowerCase())) {
    throw validationError([{ field: 'X-Api-Version', message: 'must be v1 or v2' }], 'Unsupported API version');
  }
}

function checkContentType(spec: RouteSpec, req: IncomingMessage): void {
  if (spec.body === 'none') return;
  const type = mediaType(req.headers['content-type']);
  if (type === 'application/json') return;
  if (spec.body === 'token' && type === 'application/x-www-form-urlencoded') return;
  const expected = spec.body === 'token' ? 'application/x-www-form-urlencoded or application/json' : 'application/json';
  throw new ApiError('3012', `Content-Type header must be ${expected}`);
}

function parseBody(spec: RouteSpec, req: IncomingMessage, raw: Buffer): unknown {
  if (spec.body === 'none') return raw;
  if (mediaType(req.headers['content-type']) === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(raw.toString('utf8'));
  }
  // An empty /token body is not malformed JSON, just a login without grant_type (→ 1002).
  if (spec.body === 'token' && raw.length === 0) return {};
  return parseJson(raw);
}

function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
}

/** Handles one protocol request: faults, header checks, auth, body, route handler, error envelope, log. */
export async function handleApiRequest(core: SandboxCore, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const requestId = randomUUID();
  const method = req.method ?? 'GET';
  const log = (status: number | null): void =>
    core.requests.add({ method, path: url.pathname, query: url.search.replace(/^\?/, ''), status, at: iso(core.now()), requestId });
  // The Date header tells the sandbox's own (movable) clock, as a real server's tells its own.
  const headers = { 'X-Request-Id': requestId, Date: new Date(core.now()).toUTCString() };

  if (isPreflight(req)) {
    sendEmpty(res, 204, {
      ...headers,
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE',
      'Access-Control-Allow-Headers': 'Accept, Authorization, Content-Type, X-Api-Version',
      'Access-Control-Max-Age': '600',
    });
    return;
  }

  let reply: Reply;
  try {
    const faults = core.faults;
    if (faults.hang) {
      // Never answered: the connection stays open until the client gives up or the sandbox closes.
      log(null);
      req.resume();
      return;
    }
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.tooManyRequestsRate > 0 && Math.random() < faults.tooManyRequestsRate) {
      throw new ApiError('2000', 'Too many requests', { headers: { 'Retry-After': String(Math.ceil(faults.retryAfterSeconds)) } });
    }
    if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
      throw new ApiError('4000', 'Internal server error (injected fault)');
    }

    const { spec, params } = specFor(url.pathname, method);
    const rawBody = await readBody(req);
    checkHeaders(req);
    checkContentType(spec, req);
    if (spec.auth === 'basic') checkBasic(req.headers.authorization, core);
    else checkBearer(req.headers.authorization, core);
    const request: ApiRequest = { req, url, params, rawBody, body: parseBody(spec, req, rawBody), core };
    reply = spec.handle(request);
  } catch (err: unknown) {
    if (err instanceof ApiError) {
      if (req.socket.destroyed) return log(null);
      sendJson(res, err.status, err.envelope(requestId), { ...headers, ...err.headers });
      return log(err.status);
    }
    if (req.socket.destroyed || (err instanceof Error && err.message === 'client went away')) return log(null);
    console.error('sandbox: unexpected error', err);
    sendJson(res, 500, new ApiError('4000', 'Internal server error').envelope(requestId), headers);
    return log(500);
  }

  switch (reply.kind) {
    case 'dropped':
      return log(null);
    case 'empty':
      sendEmpty(res, reply.status, headers);
      return log(reply.status);
    case 'json':
      sendJson(res, reply.status, reply.body, headers);
      return log(reply.status);
    case 'html':
      sendText(res, reply.status, reply.body, 'text/html; charset=utf-8', headers);
      return log(reply.status);
  }
}
