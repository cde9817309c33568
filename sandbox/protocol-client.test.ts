// "A client written only from the protocol document": raw fetch, nothing imported from the sandbox
// but startSandbox to get a server. Every header, path and field name comes from docs/protocol.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server';

type Obj = Record<string, unknown>;

class ProtocolClient {
  private token: string | undefined;
  logins = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly clientId: string,
    private readonly secret: string,
  ) {}

  async login(): Promise<Obj> {
    const res = await fetch(`${this.baseUrl}/token`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'X-Api-Version': 'v1',
        Authorization: `Basic ${btoa(`${this.clientId}:${this.secret}`)}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=*',
    });
    const body = (await res.json()) as Obj;
    if (!res.ok) throw new Error(`login: ${String(body.error_code)}`);
    this.logins++;
    this.token = String(body.access_token);
    return body;
  }

  /** Sends a request; on 1004 logs in again and repeats it once, as the protocol says. */
  async call(method: string, path: string, body?: Obj, retried = false): Promise<{ status: number; body: Obj | undefined }> {
    if (!this.token) await this.login();
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-Api-Version': 'v1',
      Authorization: `Bearer ${String(this.token)}`,
    };
    if (body) headers['Content-Type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, { method, headers, body: body ? JSON.stringify(body) : null });
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as Obj) : undefined;
    if (res.status >= 300 && parsed?.error_code === '1004' && !retried) {
      await this.login();
      return this.call(method, path, body, true);
    }
    return { status: res.status, body: parsed };
  }
}

let sb: Sandbox;
let client: ProtocolClient;

beforeAll(async () => {
  sb = await startSandbox({ quiet: true, tokenTtlSeconds: 60 });
  client = new ProtocolClient(sb.url, sb.clientId, sb.secret);
});
afterAll(() => sb.close());

const is2xx = (s: number) => s >= 200 && s < 300;

describe('a client written from the protocol document alone', () => {
  let uuid = '';

  it('logs in', async () => {
    const body = await client.login();
    expect(body.token_type).toBe('Bearer');
    expect(typeof body.access_token).toBe('string');
    expect(Number.isInteger(body.expires_in)).toBe(true);
    expect(String(body.id_token).split('.')).toHaveLength(3);
  });

  it('creates a payment order', async () => {
    const res = await client.call('POST', '/payment-order', { amount: '10.00', reference: 'till-1 #7', details: '2 espresso' });
    expect(is2xx(res.status)).toBe(true);
    const o = res.body ?? {};
    uuid = String(o.uuid);
    expect(Number.isInteger(o.amount)).toBe(true);
    expect(String(o.address)).toMatch(/^(bc1|[13]|tb1|[2nm]|bcrt)[a-zA-HJ-NP-Z0-9]{25,40}$/);
    expect(String(o.uri)).toMatch(/^bitcoin:/);
    expect(Number.isInteger(o.expires_in)).toBe(true);
    expect(Number.isNaN(Date.parse(String(o.expiration_time)))).toBe(false);
  });

  it('lists payment orders', async () => {
    const res = await client.call('GET', '/payment-order?status=pending&page=0&page_size=20&sort_by=created_at&sort_order=desc');
    expect(res.status).toBe(200);
    expect(res.body?.total_items).toBe(1);
    expect(res.body?.total_pages).toBe(1);
    const list = res.body?.paymentorders as Obj[];
    expect(list[0]?.uuid).toBe(uuid);
  });

  it('gets one payment order', async () => {
    const res = await client.call('GET', `/payment-order/${uuid}`);
    expect(res.status).toBe(200);
    const o = res.body ?? {};
    expect(o.amount).toBe('10.00');
    expect(Number.isInteger(o.btc_amount)).toBe(true);
    expect((o.state as Obj).status).toBe('pending');
    expect((o.currency as Obj).name).toBe('EUR');
  });

  it('gets the callbacks and triggers one', async () => {
    const cbs = await client.call('GET', `/payment-order/${uuid}/callbacks`);
    const names = ((cbs.body?.callbacks ?? []) as Obj[]).map((c) => c.name);
    expect(names).toContain('payment.completed');
    const upd = await client.call('PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
    expect(is2xx(upd.status)).toBe(true);
    const o = (await client.call('GET', `/payment-order/${uuid}`)).body ?? {};
    expect((o.state as Obj).status).toBe('paid');
    expect((o.transactions as Obj[]).length).toBeGreaterThan(0);
    const wrong = await client.call('PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.cancelled' });
    expect(wrong.body?.error_code).toBe('0013');
  });

  it('resets the order', async () => {
    const res = await client.call('PATCH', `/payment-order/${uuid}/test/reset`);
    expect(res.status).toBe(200);
    expect((res.body?.state as Obj).status).toBe('pending');
    expect(res.body?.transactions).toEqual([]);
  });

  it('deletes the order', async () => {
    const res = await client.call('DELETE', `/payment-order/${uuid}`);
    expect(res.status).toBe(200);
    expect(typeof res.body?.cancel_url).toBe('string');
    const o = (await client.call('GET', `/payment-order/${uuid}`)).body ?? {};
    expect((o.state as Obj).status).toBe('cancelled');
  });

  it('reads error envelopes and re-logs in once on 1004', async () => {
    const missing = await client.call('GET', '/payment-order/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body?.error_code).toBe('3001');
    expect(typeof missing.body?.request_id).toBe('string');

    const before = client.logins;
    await fetch(`${sb.url}/__sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 61 }) });
    const res = await client.call('GET', '/payment-order');
    expect(res.status).toBe(200);
    expect(client.logins).toBe(before + 1);
  });
});
