/** The sandbox's admin API, as the bench uses it (request log, faults, orders). */
import type { Sandbox } from '../../sandbox/server';

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | null;
}

export async function admin<T>(sandbox: Sandbox, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const response = await fetch(`${sandbox.url}/__sandbox${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) throw new Error(`sandbox admin ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function requestLog(sandbox: Sandbox): Promise<LoggedRequest[]> {
  return (await admin<{ requests: LoggedRequest[] }>(sandbox, '/requests')).requests;
}

export async function clearRequestLog(sandbox: Sandbox): Promise<void> {
  await admin(sandbox, '/requests', { method: 'DELETE' });
}

export function countRequests(log: readonly LoggedRequest[], method: string, path: string): number {
  return log.filter((r) => r.method === method && r.path.replace(/\/$/, '') === path).length;
}

export async function setFaults(sandbox: Sandbox, faults: Record<string, unknown>): Promise<void> {
  await admin(sandbox, '/faults', { body: faults });
}

export async function clearFaults(sandbox: Sandbox): Promise<void> {
  await admin(sandbox, '/faults', { method: 'DELETE' });
}

export async function orderCount(sandbox: Sandbox): Promise<number> {
  return (await admin<{ count: number }>(sandbox, '/orders')).count;
}
