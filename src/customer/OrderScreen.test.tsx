// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CachedOrder } from '../messaging/protocol';
import type { PaymentOrderRetrieval } from '../sdk';
import { paymentOrder } from '../sdk/fixtures.test-util';
import { readCatalogue, translatorFor } from '../shared/catalogue';
import { t } from '../shared/i18n';
import type { Speech } from './language';
import { OrderScreen } from './OrderScreen';

afterEach(cleanup);

const english: Speech = { language: 'en', locale: 'en-US', say: t };
const italian: Speech = {
  language: 'it',
  locale: 'it',
  say: translatorFor(readCatalogue(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/it/messages.json'), 'utf8')))),
};

const inTenMinutes = () => new Date(Date.now() + 10 * 60_000).toISOString();

function cached(overrides: Partial<PaymentOrderRetrieval> = {}): CachedOrder {
  return { order: paymentOrder({ reference: 'Table 4 #K7QX2M9P', expiration_time: inTenMinutes(), ...overrides }), fetchedAt: Date.now(), createdHere: true };
}

const paidState: PaymentOrderRetrieval['state'] = {
  status: 'paid',
  blockchain_status: 'paid',
  paid: { crypto: 25000, fiat: '10.00' },
  in_confirmation: null,
  unpaid: { crypto: 0, fiat: '0.00' },
};

describe('the customer display’s order screen', () => {
  it('shows the amount, the QR, the waiting status and the sale code the cashier sees', () => {
    render(<OrderScreen order={cached()} speech={english} />);
    expect(screen.getByRole('heading').textContent).toBe('€10.00');
    expect(screen.getByRole('status').textContent).toBe('Waiting for payment');
    expect(screen.getByRole('img', { name: 'Payment QR code' })).toBeTruthy();
    expect(screen.getByText('Sale #K7QX2M9P')).toBeTruthy();
  });

  it('offline, says it is checking the payment instead of a plain pending, and keeps the QR (it still works) and the sale code', () => {
    render(<OrderScreen order={cached()} speech={english} offline />);
    expect(screen.getByRole('status').textContent).toBe('Checking the payment…');
    expect(screen.getByRole('img', { name: 'Payment QR code' })).toBeTruthy();
    expect(screen.getByText('Sale #K7QX2M9P')).toBeTruthy();
  });

  it('says so in the customer’s language', () => {
    render(<OrderScreen order={cached()} speech={italian} offline />);
    expect(screen.getByRole('status').textContent).toBe('Verifica del pagamento in corso…');
    expect(screen.getByText('Vendita #K7QX2M9P')).toBeTruthy();
  });

  it('a paid order is thanked, without a QR, offline or not: a decided order needs no checking', () => {
    for (const offline of [false, true]) {
      render(<OrderScreen order={cached({ state: paidState })} speech={english} offline={offline} />);
      expect(screen.getByRole('status').textContent).toBe('✓ Paid — thank you');
      expect(screen.queryByRole('img', { name: 'Payment QR code' })).toBeNull();
      expect(screen.getByText('Sale #K7QX2M9P')).toBeTruthy();
      cleanup();
    }
  });

  it('an order made elsewhere (no sale code in its reference) shows no code; no order shows the welcome', () => {
    const { container } = render(<OrderScreen order={cached({ reference: 'Table 4' })} speech={english} />);
    expect(container.textContent).not.toContain('Sale #');
    cleanup();
    render(<OrderScreen order={null} speech={english} offline />);
    expect(screen.getByRole('heading').textContent).toBe('Welcome');
    expect(screen.queryByText(/Checking/)).toBeNull();
  });
});
