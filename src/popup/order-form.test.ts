import { describe, expect, it } from 'vitest';
import { validatePaymentOrderCreation } from '../sdk';
import { EMPTY_FORM, buildOrder, type OrderFormValues } from './order-form';

const form = (values: Partial<OrderFormValues>): OrderFormValues => ({ ...EMPTY_FORM, ...values });

describe('buildOrder', () => {
  it('sends only what was filled in, trimmed', () => {
    expect(buildOrder(form({ amount: '3,50+2', reference: '  Table 4 ' }))).toEqual({
      ok: true,
      order: { amount: '5.50', reference: 'Table 4' },
    });
  });

  it('maps every field to its wire name', () => {
    const result = buildOrder(
      form({
        amount: '10',
        details: 'Coffee',
        reference: 'R1',
        continueUrl: 'https://shop.example/ok',
        cancelUrl: 'https://shop.example/cancel',
        callbackUrl: 'https://shop.example/hook',
        requiredConfirmations: '2',
      }),
    );
    expect(result).toEqual({
      ok: true,
      order: {
        amount: '10.00',
        details: 'Coffee',
        reference: 'R1',
        continue_url: 'https://shop.example/ok',
        cancel_url: 'https://shop.example/cancel',
        callback_url: 'https://shop.example/hook',
        required_confirmations: 2,
      },
    });
    if (result.ok) expect(validatePaymentOrderCreation(result.order)).toEqual([]);
  });

  it('reports every bad field at once, each with its reason', () => {
    const result = buildOrder(
      form({
        amount: '0',
        details: 'x'.repeat(301),
        reference: 'y'.repeat(305),
        continueUrl: 'http://shop.example',
        cancelUrl: 'shop.example',
        callbackUrl: 'https://',
        requiredConfirmations: '-1',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.amount).toMatch(/more than zero/);
    expect(result.errors.details).toMatch(/1 too many/);
    expect(result.errors.reference).toMatch(/5 too many/);
    expect(result.errors.continueUrl).toMatch(/https:\/\//);
    expect(result.errors.cancelUrl).toMatch(/https:\/\//);
    expect(result.errors.callbackUrl).toMatch(/https:\/\//);
    expect(result.errors.requiredConfirmations).toMatch(/whole number/);
  });

  it('allows exactly 300 characters, and 290 in Reference (the sale code takes the rest)', () => {
    expect(buildOrder(form({ amount: '1', details: 'x'.repeat(300) })).ok).toBe(true);
    expect(buildOrder(form({ amount: '1', reference: 'x'.repeat(290) })).ok).toBe(true);
    const over = buildOrder(form({ amount: '1', reference: 'x'.repeat(291) }));
    expect(over.ok ? null : over.errors.reference).toMatch(/At most 290 characters: 1 too many/);
  });

  it.each([
    { continueUrl: 'https://a.example/x' },
    { callbackUrl: 'https://a.example/x?y=1#z' },
    { details: 'é'.repeat(300) },
    { requiredConfirmations: '0' },
    { amount: '999999.99' },
  ])('agrees with the SDK on valid input %j', (values) => {
    const result = buildOrder(form({ amount: '1', ...values }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(validatePaymentOrderCreation(result.order)).toEqual([]);
  });

  it.each(['http://a.example', 'ftp://a.example', 'https://', 'https:// a.example', `https://a.example/${'p'.repeat(290)}`])(
    'agrees with the SDK that %j is not a valid URL',
    (url) => {
      const result = buildOrder(form({ amount: '1', callbackUrl: url }));
      expect(result.ok).toBe(false);
      expect(validatePaymentOrderCreation({ amount: '1.00', callback_url: url }).map((i) => i.field)).toEqual(['callback_url']);
    },
  );
});

describe('Callback URL on loopback', () => {
  const loopback = ['http://127.0.0.1:4242/webhooks', 'http://localhost:3000/cb', 'http://[::1]:8080/'];

  it.each(loopback)('accepts %j in sandbox mode, as the SDK does in sandbox mode', (url) => {
    const result = buildOrder(form({ amount: '1', callbackUrl: url }), { sandbox: true });
    expect(result).toEqual({ ok: true, order: { amount: '1.00', callback_url: url } });
    if (result.ok) expect(validatePaymentOrderCreation(result.order, { mode: 'sandbox' })).toEqual([]);
  });

  it.each(loopback)('refuses %j in live mode with the reason, as the SDK does in live mode', (url) => {
    const result = buildOrder(form({ amount: '1', callbackUrl: url }), { sandbox: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.callbackUrl).toMatch(/Sandbox mode only/);
    expect(validatePaymentOrderCreation({ amount: '1.00', callback_url: url }, { mode: 'live' }).map((i) => i.field)).toEqual(['callback_url']);
  });

  it.each(['http://shop.example/cb', 'http://127.0.0.2/cb', 'http://localhost.evil.example/'])(
    'refuses %j even in sandbox mode, as the SDK does',
    (url) => {
      const result = buildOrder(form({ amount: '1', callbackUrl: url }), { sandbox: true });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.callbackUrl).toMatch(/http:\/\/127\.0\.0\.1:port/);
      expect(validatePaymentOrderCreation({ amount: '1.00', callback_url: url }, { mode: 'sandbox' }).map((i) => i.field)).toEqual(['callback_url']);
    },
  );

  it('keeps the Continue and Cancel URLs https:// in sandbox mode', () => {
    const result = buildOrder(form({ amount: '1', continueUrl: 'http://127.0.0.1/ok' }), { sandbox: true });
    expect(result.ok).toBe(false);
  });
});
