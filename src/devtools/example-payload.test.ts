import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CALLBACK_EVENTS, CallbackBodySchema, CallbackPaymentOrderSchema, CallbacksHandler, computeSignature } from '../sdk';
import { exampleBody, exampleCallback } from './example-payload';

describe('exampleCallback', () => {
  it.each(CALLBACK_EVENTS)('%s passes the SDK schemas and the CallbacksHandler', async (event) => {
    const body = exampleCallback(event, { now: new Date('2026-11-26T10:00:00Z'), uuid: 'c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c' });
    expect(v.safeParse(CallbackPaymentOrderSchema, body.object).issues).toBeUndefined();
    expect(v.safeParse(CallbackBodySchema, body).success).toBe(true);
    expect(body.created_at).toBe('2026-11-26T10:00:00Z');
    const raw = exampleBody(event);
    const parsed = await new CallbacksHandler({ secret: 's' }).parse({ 'chainside-signature': await computeSignature('s', raw) }, raw);
    expect(parsed.event).toBe(event);
  });

  it('states follow the event', () => {
    expect(exampleCallback('payment.expired').object.state.status).toBe('expired');
    expect(exampleCallback('payment.chargeback').object.state.blockchain_status).toBe('chargeback');
    const over = exampleCallback('payment.overpaid').object.state;
    expect(over.paid?.crypto).toBeGreaterThan(25_000);
  });
});
