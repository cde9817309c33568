import { describe, expect, it } from 'vitest';
import type { WebhookVerdict } from '../messaging/protocol';
import { MAX_CALLBACK_BODY_BYTES } from '../sdk/callbacks';
import { MAX_BODY_BYTES, sizeText, verdictSentence } from './verdict-text';

const base: WebhookVerdict = {
  valid: false,
  signatureValid: false,
  bodyBytes: 120,
  reason: null,
  message: 'the worker’s English, for logs',
  secretSource: 'stored',
  matchingSecret: null,
  fields: [],
  diagnoses: [],
  summary: null,
  prettyBody: null,
};
const summary = { event: 'payment.completed', createdAt: '2026-11-26T10:00:00Z', orderUuid: null, amount: null, status: null };
const diagnosis = { id: 'trailing-newline-added', title: 'A trailing newline was added', fix: 'Verify the raw bytes' };

describe('verdictSentence', () => {
  it('names the secret and the event of a genuine callback, and which secret matched when two were tried', () => {
    expect(verdictSentence({ ...base, valid: true, signatureValid: true, summary })).toBe(
      'The signature matches the body with the stored secret: this is a genuine payment.completed callback.',
    );
    expect(verdictSentence({ ...base, valid: true, signatureValid: true, summary, secretSource: 'pasted', matchingSecret: 'pasted' })).toContain(
      'with the pasted secret (not the stored one)',
    );
  });

  it('explains a mismatch: explained below, unexplained, or signed with the other secret', () => {
    const mismatch = { ...base, reason: 'invalid_signature' as const, secretSource: 'pasted' as const };
    expect(verdictSentence({ ...mismatch, diagnoses: [diagnosis] })).toBe(
      'The signature does not match this body with the pasted secret. It matches once one common change is undone; see below. A server using the WebPOS SDK rejects it.',
    );
    expect(verdictSentence(mismatch)).toContain('the body was altered after signing');
    expect(verdictSentence({ ...mismatch, matchingSecret: 'stored' })).toBe(
      'The signature does not match this body with the pasted secret. It matches the stored secret instead: the pasted secret is not the one this callback was signed with.',
    );
  });

  it('says why an authentic body is still not a callback', () => {
    const authentic = { ...base, signatureValid: true };
    expect(verdictSentence({ ...authentic, reason: 'invalid_json', bodyBytes: 0 })).toMatch(/^The body is empty, so it is not a WebPOS callback\./);
    expect(verdictSentence({ ...authentic, reason: 'invalid_json' })).toMatch(/^The body is not JSON/);
    expect(verdictSentence({ ...authentic, reason: 'unknown_event', prettyBody: '{\n  "event": "payment.teleported"\n}' })).toMatch(/^The event "payment\.teleported" is not/);
    expect(verdictSentence({ ...authentic, reason: 'unknown_event', prettyBody: '{}' })).toMatch(/^The body has no "event" field/);
    expect(verdictSentence({ ...authentic, reason: 'schema_mismatch', fields: ['object.amount', 'created_at'] })).toMatch(/schema: object\.amount, created_at\./);
  });

  it('refuses a missing, malformed or oversized signature in words, with sizes people read', () => {
    expect(verdictSentence({ ...base, reason: 'missing_signature' })).toMatch(/^No signature was given\. Paste the value of the chainside-signature header/);
    expect(verdictSentence({ ...base, reason: 'malformed_signature' })).toMatch(/not in the form WebPOS sends/);
    expect(verdictSentence({ ...base, reason: 'body_too_large', bodyBytes: 1_572_864 })).toMatch(/^The body is 1\.5 MiB; callbacks larger than 1 MiB are refused/);
  });
});

describe('sizeText', () => {
  it('uses bytes, KiB and MiB with grouped digits', () => {
    expect([sizeText(0), sizeText(1023), sizeText(1536), sizeText(MAX_BODY_BYTES)]).toEqual(['0 bytes', '1,023 bytes', '1.5 KiB', '1 MiB']);
  });

  it('has the SDK’s body limit', () => {
    expect(MAX_BODY_BYTES).toBe(MAX_CALLBACK_BODY_BYTES);
  });
});
