import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from './server';
import { JSON_HEADERS, api, login, raw, start } from './test-util';

let sb: Sandbox;
let token: string;
beforeAll(async () => {
  sb = await start();
  token = await login(sb);
});
afterAll(() => sb.close());

function rawSocket(url: string, payload: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.end(payload));
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString()));
    socket.on('close', () => resolve(data));
    socket.on('error', () => resolve(data));
    socket.setTimeout(2000, () => socket.destroy());
  });
}

describe('robustness', () => {
  it('refuses bodies over 1 MiB with 413 / 0001', async () => {
    const big = JSON.stringify({ amount: '1.00', details: 'x'.repeat(1024 * 1024) });
    const res = await raw(sb, '/payment-order', {
      method: 'POST',
      headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error_code: '0001', fields: [{ field: 'body', message: expect.any(String) }] });
    expect((await api(sb, token, 'GET', '/payment-order')).status).toBe(200);
  });

  it('survives garbage: odd paths, methods, headers, bodies and broken HTTP', async () => {
    const inputs: [string, RequestInit][] = [
      ['/payment-order/%00', {}],
      ['/payment-order/../../etc/passwd', {}],
      ['//payment-order', {}],
      ['/payment-order?page=%ZZ', { headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}` } }],
      ['/payment-order?status[]=a&status=b', { headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}` } }],
      ['/token', { method: 'POST', headers: { ...JSON_HEADERS, Authorization: 'Basic ' + 'A'.repeat(5000), 'Content-Type': 'application/json' }, body: '{' }],
      ['/token', { method: 'POST', headers: { ...JSON_HEADERS, Authorization: `Basic ${Buffer.from(`${sb.clientId}:${sb.secret}`).toString('base64')}`, 'Content-Type': 'application/json' }, body: '[]' }],
      ['/token', { method: 'POST', headers: { ...JSON_HEADERS, Authorization: `Basic ${Buffer.from(`${sb.clientId}:${sb.secret}`).toString('base64')}`, 'Content-Type': 'application/json' }, body: '{"grant_type":' }],
      ['/payment-order', { method: 'POST', headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{"amount":"1.00","__proto__":{"x":1},"required_confirmations":1e400}' }],
      ['/payment-order', { method: 'POST', headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '\u0000\uffff' }],
      ['/__sandbox/faults', { method: 'POST', body: '[1,2]' }],
      ['/__sandbox/reset', { method: 'POST', body: '{"seed":"many"}' }],
      ['/__sandbox/orders/zzz/step', { method: 'POST', body: '{"to":"paid"}' }],
    ];
    for (const [path, init] of inputs) {
      const res = await raw(sb, path, init);
      expect(res.status, `${path}: ${res.text}`).toBeGreaterThanOrEqual(200);
      expect(res.status, `${path}: ${res.text}`).toBeLessThan(500);
    }
    const tokenArray = await raw(sb, '/token', inputs[6]?.[1]);
    expect(tokenArray.body.error_code).toBe('1002');
    const broken = await rawSocket(sb.url, 'GARBAGE / HTTP/9.9\r\n\r\n');
    expect(broken).toMatch(/^HTTP\/1\.1 400/);
    await rawSocket(sb.url, 'POST /payment-order HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"amo');
    expect((await api(sb, token, 'GET', '/payment-order')).status).toBe(200);
  });
});
