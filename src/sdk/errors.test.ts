import { describe, expect, it } from 'vitest';
import { useFakeWebpos } from './fake-webpos.test-util';
import { sendError, sendJson } from './fake-server.test-util';
import { ORDER_UUID } from './fixtures.test-util';
import { ApiValidationError, ERROR_CLASSES, FunctionalityDownError, NotFoundError, SdkError, SdkHttpError, TooManyRequestsError, UnknownHttpError } from './index';

const fake = useFakeWebpos();
const { makeClient } = fake;

describe('HTTP errors: which class, with which fields', () => {
  it('maps every protocol error code to its class, with status, errorCode and requestId', async () => {
    const client = makeClient();
    for (const [code, Cls] of Object.entries(ERROR_CLASSES)) {
      if (code === '1004' || code === '1007') continue; // retried: auth.test.ts (1004), revoked-token.test.ts (1007)
      fake.api.ctl.route = (_req, res) => {
        sendError(res, 418, code);
        return true;
      };
      const err = await client.getPaymentOrder(ORDER_UUID).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Cls);
      expect(err).toBeInstanceOf(SdkHttpError);
      expect(err).toBeInstanceOf(SdkError);
      expect(err).toMatchObject({ status: 418, errorCode: code, requestId: `req-${code}`, code: 'http' });
    }
    expect(Object.keys(ERROR_CLASSES)).toHaveLength(19);
  });

  it('3001 on an unknown order is a NotFoundError with debug info', async () => {
    const client = makeClient();
    const other = '00000000-0000-4000-8000-000000000000';
    const err = (await client.getPaymentOrder(other).catch((e: unknown) => e)) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.status).toBe(404);
    expect(err.debugInfo.request).toMatchObject({ method: 'GET', url: `${fake.server.url}/payment-order/${other}`, body: null });
    expect(err.debugInfo.response?.status).toBe(404);
    expect(JSON.parse(err.debugInfo.response?.body ?? '')).toMatchObject({ error_code: '3001' });
    expect(err.debugInfo.response?.headers['content-type']).toBe('application/json');
  });

  it('0001 is an ApiValidationError and keeps the query in debug info', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendError(res, 400, '0001');
      return true;
    };
    const err = (await client.getPaymentOrders({ page: 3 }).catch((e: unknown) => e)) as ApiValidationError;
    expect(err).toBeInstanceOf(ApiValidationError);
    expect(err.debugInfo.request.query).toEqual({ page: '3' });
  });

  it('2000 exposes Retry-After as retryAfterSeconds', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendError(res, 429, '2000', { 'Retry-After': '17' });
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as TooManyRequestsError;
    expect(err).toBeInstanceOf(TooManyRequestsError);
    expect(err.retryAfterSeconds).toBe(17);
  });

  it('a non-JSON error body is an UnknownHttpError that keeps status, headers and body', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<html><body>Bad Gateway</body></html>');
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as UnknownHttpError;
    expect(err).toBeInstanceOf(UnknownHttpError);
    expect(err).toBeInstanceOf(SdkHttpError);
    expect(err.code).toBe('unknown_http');
    expect(err.status).toBe(502);
    expect(err.errorCode).toBe('');
    expect(err.debugInfo.response?.body).toBe('<html><body>Bad Gateway</body></html>');
    expect(err.debugInfo.response?.headers['content-type']).toBe('text/html');
  });

  it('a JSON error body without error_code is an UnknownHttpError', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendJson(res, 500, { oops: true });
      return true;
    };
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toBeInstanceOf(UnknownHttpError);
  });

  it('an unknown error_code is a plain SdkHttpError', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendError(res, 400, '9999');
      return true;
    };
    const err = await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SdkHttpError);
    expect(err).not.toBeInstanceOf(UnknownHttpError);
    expect((err as SdkHttpError).errorCode).toBe('9999');
  });

  it('2000 with an HTTP-date Retry-After', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendError(res, 429, '2000', { 'Retry-After': new Date(Date.now() + 30_000).toUTCString() });
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as TooManyRequestsError;
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(28);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(31);
  });

  it('a 503 answer carries its Retry-After too: 4006, and a proxy page with no error_code', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendError(res, 503, '4006', { 'Retry-After': '5' });
      return true;
    };
    const down = (await client.getPaymentOrder(ORDER_UUID).catch((e: unknown) => e)) as SdkHttpError;
    expect(down).toBeInstanceOf(FunctionalityDownError);
    expect(down.retryAfterSeconds).toBe(5);

    fake.api.ctl.route = (_req, res) => {
      res.writeHead(503, { 'Content-Type': 'text/html', 'Retry-After': ' 120 ' });
      res.end('<html><body>Service Unavailable</body></html>');
      return true;
    };
    const proxy = (await client.getPaymentOrder(ORDER_UUID).catch((e: unknown) => e)) as SdkHttpError;
    expect(proxy).toBeInstanceOf(UnknownHttpError);
    expect(proxy.retryAfterSeconds).toBe(120);
  });

  it('no Retry-After, or one that is neither seconds nor a date: retryAfterSeconds is undefined; a past date is 0', async () => {
    const client = makeClient();
    const answers: Record<string, string>[] = [{}, { 'Retry-After': 'soon' }, { 'Retry-After': '-3' }, { 'Retry-After': new Date(Date.now() - 60_000).toUTCString() }];
    const seen: (number | undefined)[] = [];
    for (const headers of answers) {
      fake.api.ctl.route = (_req, res) => {
        sendError(res, 429, '2000', headers);
        return true;
      };
      seen.push(((await client.getPaymentOrder(ORDER_UUID).catch((e: unknown) => e)) as SdkHttpError).retryAfterSeconds);
    }
    expect(seen).toEqual([undefined, undefined, undefined, 0]);
  });
});
