// Shared helpers for the sandbox tests (raw HTTP, no SDK).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox, type SandboxOptions } from './server';

export const JSON_HEADERS = { Accept: 'application/json', 'X-Api-Version': 'v1' };

export type Json = Record<string, unknown>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: Json;
  text: string;
}

export async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ quiet: true, callbackRetry: { baseDelayMs: 20, attempts: 3, timeoutMs: 2000 }, ...options });
}

function parse(text: string): Json {
  if (text === '') return {};
  const data: unknown = JSON.parse(text);
  return typeof data === 'object' && data !== null ? (data as Json) : { value: data };
}

export async function raw(sb: Sandbox, path: string, init: RequestInit = {}): Promise<ApiResponse> {
  const res = await fetch(sb.url + path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: parse(text), text };
}

export async function login(sb: Sandbox): Promise<string> {
  const res = await raw(sb, '/token', {
    method: 'POST',
    headers: {
      ...JSON_HEADERS,
      Authorization: `Basic ${Buffer.from(`${sb.clientId}:${sb.secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=*',
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.text}`);
  return String(res.body.access_token);
}

/** An authenticated API call with the protocol's headers. */
export async function api(sb: Sandbox, token: string, method: string, path: string, body?: unknown): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...JSON_HEADERS, Authorization: `Bearer ${token}` };
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return raw(sb, path, init);
}

export async function admin(sb: Sandbox, method: string, path: string, body?: unknown): Promise<Json> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const res = await raw(sb, `/__sandbox${path}`, init);
  if (res.status !== 200) throw new Error(`admin ${method} ${path} → ${res.status} ${res.text}`);
  return res.body;
}

export async function createOrder(sb: Sandbox, token: string, body: Json = { amount: '10.00' }): Promise<Json> {
  const res = await api(sb, token, 'POST', '/payment-order', body);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.body;
}

export interface ReceivedCallback {
  headers: IncomingHttpHeaders;
  raw: Buffer;
}

/** A local webhook receiver; `statuses` are answered in turn (then 200). */
/** A callback receiver on loopback answering with `statuses` in turn (then 200), each time with `answer` as body. */
export async function startReceiver(statuses: number[] = [], answer = ''): Promise<{
  url: string;
  received: ReceivedCallback[];
  close(): Promise<void>;
}> {
  const received: ReceivedCallback[] = [];
  const queue = [...statuses];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks) });
      res.writeHead(queue.shift() ?? 200, { 'content-type': 'text/plain; charset=utf-8' }).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function field<T = unknown>(obj: unknown, ...path: (string | number)[]): T {
  let cur: unknown = obj;
  for (const key of path) cur = (cur as Record<string | number, unknown> | undefined)?.[key];
  return cur as T;
}
