import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verdictSentence } from '../../devtools/verdict-text';
import { verifyWebhook } from './verify';

const SECRET = 'webhook-secret-1';
const OTHER = 'webhook-secret-2';
const sign = (secret: string, body: string) => createHmac('sha512', secret).update(body).digest('base64');
const CALLBACK = JSON.stringify({ event: 'payment.completed', created_at: '2026-12-01T10:00:00Z', object: {} });

describe('the verdict sentence is built once', () => {
  it.each([
    ['no signature', { body: CALLBACK, signature: '', pasted: null, stored: SECRET }],
    ['body too large', { body: 'x'.repeat(1024 * 1024 + 1), signature: sign(SECRET, 'x'), pasted: null, stored: SECRET }],
    ['altered body', { body: CALLBACK, signature: sign(SECRET, `${CALLBACK} `), pasted: null, stored: SECRET }],
    ['the other secret', { body: CALLBACK, signature: sign(OTHER, CALLBACK), pasted: SECRET, stored: OTHER }],
    ['not JSON', { body: 'hello', signature: sign(SECRET, 'hello'), pasted: null, stored: SECRET }],
    ['unknown event', { body: '{"event":"payment.refunded"}', signature: sign(SECRET, '{"event":"payment.refunded"}'), pasted: null, stored: SECRET }],
    ['schema mismatch', { body: CALLBACK, signature: sign(SECRET, CALLBACK), pasted: null, stored: SECRET }],
  ])('%s: the worker’s English message is the panel’s English sentence', async (_name, input) => {
    const verdict = await verifyWebhook(input);
    expect(verdict.valid).toBe(false);
    expect(verdict.message).not.toBe('');
    expect(verdict.message).toBe(verdictSentence(verdict));
  });
});
