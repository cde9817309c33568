import { describe, expect, it } from 'vitest';
import { errorText } from '../../messaging/result';
import { text } from '../../shared/local-text';
import { Client, ConnectionError, TimeoutError, ValidationError, ResponseValidationError, ConfigError } from '../../sdk';
import { AppError, isAuthError, isOfflineError, toWireError } from './errors';

const SECRET = 'super-secret-value-42';
const TOKEN = 'access-token-abcdef123456';

/** A fake API that echoes every credential it receives back into its error bodies. */
function echoingFetch(errorCode: string, status: number) {
  return async (url: string, init: RequestInit) => {
    if (url.endsWith('/token')) {
      return new Response(JSON.stringify({ access_token: TOKEN, token_type: 'Bearer', expires_in: 3600, id_token: 'id.tok.en', scope: '*' }));
    }
    const auth = new Headers(init.headers).get('authorization');
    return new Response(JSON.stringify({ error_code: errorCode, request_id: 'req-1', message: `echo ${auth} ${SECRET}`, access_token: TOKEN }), {
      status,
      headers: { 'x-echo': `${auth}` },
    });
  };
}

async function failWith(errorCode: string, status: number): Promise<unknown> {
  const client = new Client({ mode: 'sandbox', clientId: 'merchant', secret: SECRET, baseUrl: 'http://127.0.0.1:1', fetch: echoingFetch(errorCode, status) });
  return client.getPaymentOrders().then(
    () => expect.unreachable(),
    (error: unknown) => error,
  );
}

describe('toWireError', () => {
  it('maps API errors to their code, a plain message, request id and status', async () => {
    const wire = toWireError(await failWith('1012', 403), [SECRET]);
    expect(wire).toMatchObject({ code: '1012', status: 403, requestId: 'req-1' });
    expect(wire.message).toBe('WebPOS does not allow this for this order or account. An order that has received money can no longer be cancelled: refresh the order to see its status.');
    expect(wire.details).toContain('1012');
  });

  it('words 1001 for a cashier', async () => {
    const client = new Client({
      mode: 'sandbox', clientId: 'merchant', secret: SECRET, baseUrl: 'http://127.0.0.1:1',
      fetch: async () => new Response(JSON.stringify({ error_code: '1001', request_id: 'r' }), { status: 401 }),
    });
    const wire = toWireError(await client.clientCredentialsLogin().catch((e: unknown) => e), [SECRET]);
    expect(wire.code).toBe('1001');
    // The English of "Copy details" is the English catalogue's: the same words the English UI shows.
    expect(wire.message).toBe('WebPOS refused the client ID or the secret. Check them in the settings.');
    expect(errorText(wire)).toBe('WebPOS refused the client ID or the secret. Check them in the settings.');
  });

  it('never lets the secret or a token into message or details', async () => {
    for (const [code, status] of [['1012', 403], ['4000', 500], ['', 502]] as const) {
      const wire = toWireError(await failWith(code, status), [SECRET]);
      const text = JSON.stringify(wire);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(Buffer.from(`merchant:${SECRET}`).toString('base64'));
      expect(wire.details).toBeTruthy();
    }
  });

  it('scrubs the secret even from errors that carry it in their message', () => {
    const wire = toWireError(new Error(`failed with ${SECRET}`), [SECRET]);
    expect(wire.code).toBe('internal');
    expect(wire.message).not.toContain(SECRET);
  });

  it('maps a body without error_code to unknown_http', async () => {
    const wire = toWireError(await failWith('', 502), [SECRET]);
    expect(wire.code).toBe('unknown_http');
    expect(wire.status).toBe(502);
  });

  it('maps SDK categories: timeout, connection, validation, response_validation, config', () => {
    expect(toWireError(new TimeoutError('GET', 'https://api.example.com/x', 7))).toMatchObject({ code: 'timeout' });
    expect(toWireError(new TimeoutError('GET', 'https://api.example.com/x', 7)).message).toContain('7 seconds');
    const conn = toWireError(new ConnectionError('GET', 'http://127.0.0.1:9/x', new TypeError('Failed to fetch')));
    expect(conn).toMatchObject({ code: 'connection' });
    expect(conn.message).toContain('127.0.0.1:9');
    const validation = toWireError(new ValidationError('order', [{ field: 'amount', rule: 'decimal', message: 'Must be a decimal' }]));
    expect(validation).toMatchObject({ code: 'validation', fields: [{ field: 'amount', message: 'Must be a decimal', text: { key: 'error_field_decimal' } }] });
    expect(toWireError(new ResponseValidationError('list', 200, '{}', []))).toMatchObject({ code: 'response_validation', status: 200 });
    expect(toWireError(new ConfigError('baseUrl', 'bad'))).toMatchObject({ code: 'config' });
  });

  it('keeps our own codes and fields', () => {
    const fields = [{ field: 'clientId', message: 'x', text: text('settings_enter_client_id') }];
    expect(toWireError(new AppError('invalid_settings', text('error_invalid_settings'), fields))).toEqual({
      code: 'invalid_settings', message: 'Some settings are not right. Correct the marked fields and save again.', text: { key: 'error_invalid_settings' }, fields,
    });
    const coded = Object.assign(new Error('no secret'), { code: 'no_secret' });
    expect(toWireError(coded)).toEqual({ code: 'no_secret', message: 'Something went wrong inside the extension. Try again; if it persists, copy the details for support.', text: { key: 'error_internal' }, details: 'no secret' });
    expect(toWireError('a string')).toMatchObject({ code: 'internal' });
  });

  it('classifies offline and refused-credential errors for health', async () => {
    expect(isOfflineError(new TimeoutError('GET', 'u', 1))).toBe(true);
    expect(isOfflineError(new ConnectionError('GET', 'u', null))).toBe(true);
    // 1007 on every try: the SDK logs in again once, then surfaces it as refused credentials.
    expect(isAuthError(await failWith('1007', 401))).toBe(true);
    expect(isAuthError(await failWith('1012', 403))).toBe(false);
  });
});
