// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BlockchainStatus, OrderStatus, PaymentOrderState } from '../../sdk';
import { paymentOrder } from '../../sdk/fixtures.test-util';
import { outcomeOf } from '../../shared/order-outcome';
import { OutcomePanel } from './OutcomePanel';

// Rendering only: nothing is sent to the worker.
vi.mock('../../messaging/send', () => ({ send: vi.fn() }));
vi.mock('../../messaging/subscribe', () => ({ subscribeUpdates: vi.fn(() => () => undefined) }));

afterEach(cleanup);

function show(status: OrderStatus, blockchain_status: BlockchainStatus, money: Partial<PaymentOrderState>) {
  const order = paymentOrder({
    amount: '20.00',
    btc_amount: 50_000,
    reference: '#K7QX2M9P',
    state: { status, blockchain_status, paid: null, in_confirmation: null, unpaid: null, ...money },
  });
  const noop = () => undefined;
  return render(<OutcomePanel order={order} outcome={outcomeOf(order.state)} onNewOrder={noop} onCreated={noop} />);
}

describe('OutcomePanel', () => {
  it('expired part-paid: the money received, what is missing, and one key for the rest; never New order for the full amount', () => {
    show('expired', 'expired', { paid: { crypto: 20_000, fiat: '8.00' }, unpaid: { crypto: 30_000, fiat: '12.00' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^€8\.00 \(0\.0002 BTC\) of €20\.00 arrived before this order expired; €12\.00 is still missing\./);
    expect(screen.getByRole('button', { name: 'New order for the rest' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New order' })).toBeNull();
    expect(screen.queryByText(/before it was paid/)).toBeNull();
  });

  it('expired with nothing received keeps the plain New order', () => {
    show('expired', 'expired', { paid: { crypto: 0, fiat: '0.00' }, unpaid: { crypto: 50_000, fiat: '20.00' } });
    expect(screen.getByRole('button', { name: 'New order' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New order for the rest' })).toBeNull();
  });

  it('a dispute says what arrived and what to do next', () => {
    const { container } = show('network_dispute', 'network_dispute', { paid: { crypto: 50_000, fiat: '20.00' }, unpaid: { crypto: 0, fiat: '0.00' } });
    expect(container.textContent).toContain('€20.00 (0.0005 BTC) arrived.');
    expect(container.querySelector('.next-step')?.textContent).toMatch(/^Next step: wait\./);
  });

  it('a chargeback says what to do next', () => {
    const { container } = show('chargeback', 'chargeback', { paid: { crypto: 0, fiat: '0.00' } });
    expect(container.querySelector('.next-step')?.textContent).toMatch(/^Next step: this payment was reversed/);
  });
});
