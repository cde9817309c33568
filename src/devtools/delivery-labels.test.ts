import { describe, expect, it } from 'vitest';
import { attemptNote, destination, headerLines, prettyJson, receiverOk, receiverStatus } from './delivery-labels';

describe('delivery labels', () => {
  it('names the receiver status, including no answer at all', () => {
    expect(receiverStatus({ status: 200 })).toBe('200');
    expect(receiverStatus({ status: null })).toBe('No answer');
    expect([200, 204, 299].map((status) => receiverOk({ status }))).toEqual([true, true, true]);
    expect([null, 199, 301, 500].map((status) => receiverOk({ status }))).toEqual([false, false, false, false]);
  });

  it('tells retries, resends and forwarded copies apart', () => {
    expect(attemptNote({ attempt: 1, resendOf: null, target: 'order' })).toBe('attempt 1');
    expect(attemptNote({ attempt: 3, resendOf: null, target: 'forward' })).toBe('attempt 3 · forwarded');
    expect(attemptNote({ attempt: 1, resendOf: 'abc', target: 'order' })).toBe('resent');
  });

  it('shows headers as lines and destinations without the scheme', () => {
    expect(headerLines({ 'content-type': 'application/json', 'chainside-signature': 'c2ln' })).toBe('content-type: application/json\nchainside-signature: c2ln');
    expect(destination('http://127.0.0.1:4242/webhooks?x=1')).toBe('127.0.0.1:4242/webhooks');
    expect(destination('not a url')).toBe('not a url');
  });

  it('indents JSON bodies for reading and leaves other bodies alone', () => {
    expect(prettyJson('{"event":"payment.completed","object":{"amount":"1.00"}}')).toBe('{\n  "event": "payment.completed",\n  "object": {\n    "amount": "1.00"\n  }\n}');
    expect(prettyJson('not json')).toBeNull();
  });
});

