// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatedOrder } from '../../messaging/protocol';
import type { Result } from '../../messaging/result';
import { text } from '../../shared/local-text';
import { bootCache } from '../boot-cache';
import { CreateView } from './CreateView';

/** The extension's messaging as the page sees it: sendMessage answers (or rejects) as the test says; ports are recorded. */
const runtime = vi.hoisted(() => {
  type Listener = (message: unknown) => void;
  const ports: { sent: unknown[]; onMessage: Listener[]; connected: boolean }[] = [];
  return {
    sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(),
    ports,
    connect: () => {
      const port = { sent: [] as unknown[], onMessage: [] as Listener[], connected: true };
      ports.push(port);
      return {
        postMessage: (message: unknown) => void port.sent.push(message),
        disconnect: () => void (port.connected = false),
        onMessage: { addListener: (listener: Listener) => void port.onMessage.push(listener) },
        onDisconnect: { addListener: () => undefined },
      };
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: runtime.sendMessage, connect: runtime.connect } } }));

interface CreateRequest {
  type: string;
  payload: { order: { amount: string }; attemptId: string };
}
const createRequests = () => runtime.sendMessage.mock.calls.map(([m]) => m as CreateRequest).filter((m) => m.type === 'order.create');
/** The attempts the page asked the worker to follow, over every update port it opened. */
const followed = () => runtime.ports.filter((p) => p.connected).flatMap((p) => p.sent.map((m) => (m as { attempt?: string }).attempt)).filter(Boolean);
const portClosed = () => Promise.reject(new Error('The message port closed before a response was received.'));
const created = { order: { uuid: 'u-1' }, createdHere: true } as unknown as CreatedOrder;

const NO_COUNTER = { keypad: 'off', items: [] } as const;

function renderView(onCreated = vi.fn(), counter: ComponentProps<typeof CreateView>['counter'] = NO_COUNTER) {
  const view = render(<CreateView active onCreated={onCreated} focusToken={0} sandbox onShowOrders={() => undefined} counter={counter} />);
  return { ...view, onCreated };
}

async function press(amount?: string) {
  if (amount !== undefined) fireEvent.input(screen.getByLabelText('Amount'), { target: { value: amount } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('form', { name: 'New order' }));
    // The answer (or its rejection) settles in microtasks: let them run before the effects are flushed.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const UNSURE = 'Not sure the order was made — checking…';
const NOT_CREATED = /not created/i;

beforeEach(() => {
  localStorage.clear();
  runtime.sendMessage.mockReset();
  runtime.ports.length = 0;
});
afterEach(cleanup);

describe('CreateView: the create attempt', () => {
  it('an amount and Enter send one order.create, with an attempt id', async () => {
    runtime.sendMessage.mockResolvedValue({ ok: true, data: created } satisfies Result<CreatedOrder>);
    const { onCreated } = renderView();
    await press('12');
    const requests = createRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.payload.order.amount).toBe('12.00');
    expect(requests[0]!.payload.attemptId).toMatch(/^[0-9a-f-]{36}$/);
    expect(onCreated).toHaveBeenCalledWith(created);
    expect(bootCache().unsure()).toBeNull();
  });

  it('a reply lost with the worker (port closed) is "not sure — checking", never "not created"; the worker is asked to follow it', async () => {
    runtime.sendMessage.mockImplementation(portClosed);
    renderView();
    await press('12');
    expect(screen.getByRole('heading', { name: UNSURE })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(NOT_CREATED);
    const [{ payload }] = createRequests() as [CreateRequest];
    expect(followed()).toEqual([payload.attemptId]);
    expect(bootCache().unsure()).toMatchObject({ attemptId: payload.attemptId, error: { code: 'create_uncertain' } });
  });

  it('Create pressed again after unsure reuses the same attempt id', async () => {
    runtime.sendMessage.mockImplementation(portClosed);
    renderView();
    await press('12');
    runtime.sendMessage.mockResolvedValue({ ok: false, error: { code: 'create_uncertain', message: 'x', text: text('error_create_uncertain', '#K7QX2M9P') } });
    await press();
    await press();
    const ids = createRequests().map((r) => r.payload.attemptId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(screen.getByRole('heading', { name: UNSURE })).toBeTruthy();
  });

  it('the popup closed mid-create: reopened, it is unsure, asks about that attempt, and the same order reuses it', async () => {
    runtime.sendMessage.mockReturnValue(new Promise(() => undefined));
    renderView();
    await press('7.50');
    const [{ payload }] = createRequests() as [CreateRequest];
    cleanup();
    runtime.ports.length = 0;

    renderView();
    expect(screen.getByRole('heading', { name: UNSURE })).toBeTruthy();
    expect(followed()).toEqual([payload.attemptId]);
    runtime.sendMessage.mockResolvedValue({ ok: true, data: created });
    await press('7.50');
    expect(createRequests().map((r) => r.payload.attemptId)).toEqual([payload.attemptId, payload.attemptId]);
  });

  it('the worker finds the order of an unsure attempt: the form shows it as made', async () => {
    runtime.sendMessage.mockImplementation(portClosed);
    const { onCreated } = renderView();
    await press('12');
    const [{ payload }] = createRequests() as [CreateRequest];
    const port = runtime.ports.find((p) => p.connected)!;
    await act(() => port.onMessage.forEach((listener) => listener({ type: 'attempt', attemptId: payload.attemptId, outcome: { state: 'made', created } })));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    expect(screen.queryByRole('heading', { name: UNSURE })).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Amount').value).toBe('');
    expect(bootCache().unsure()).toBeNull();
  });

  it('a refusal is "not created", with the reason beside its field, and a corrected order is a new attempt', async () => {
    runtime.sendMessage.mockResolvedValue({
      ok: false,
      error: { code: '0001', message: 'bad', text: text('error_bad_request'), fields: [{ field: 'amount', message: 'too big', text: text('error_bad_request') }] },
    });
    renderView();
    await press('12');
    expect(screen.getByText('The order was not created')).toBeTruthy();
    expect(screen.getByLabelText('Amount').getAttribute('aria-invalid')).toBe('true');
    expect(bootCache().unsure()).toBeNull();
    await press('13');
    const [first, second] = createRequests().map((r) => r.payload.attemptId);
    expect(second).not.toBe(first);
  });
});

describe('CreateView: keypad and cart', () => {
  const items = [
    { name: 'Caffè', price: '1.20', emoji: '☕' },
    { name: 'Cornetto', price: '1.10' },
  ];
  const tap = (name: string) =>
    act(() => {
      fireEvent.click(screen.getByRole('button', { name }));
    });
  const tapItem = (name: string) =>
    act(() => {
      fireEvent.click(within(screen.getByRole('group', { name: 'Items' })).getByRole('button', { name: new RegExp(name) }));
    });
  const amount = () => screen.getByLabelText<HTMLInputElement>('Amount').value;
  const enter = async () => {
    await tap('Enter');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  };

  it('two items tapped and Enter make one order for the total, the lines in its reference', async () => {
    runtime.sendMessage.mockResolvedValue({ ok: true, data: created } satisfies Result<CreatedOrder>);
    const { onCreated } = renderView(vi.fn(), { keypad: 'on', items });
    await tapItem('Caffè');
    await tapItem('Caffè');
    await tapItem('Cornetto');
    expect(amount()).toBe('3.50');
    expect(screen.getByText('Total €3.50')).toBeTruthy();
    await tap('One less Caffè');
    expect(amount()).toBe('2.30');
    await tap('One more Caffè');
    await enter();
    const [request] = createRequests() as [CreateRequest & { payload: { order: { reference?: string } } }];
    expect(request.payload.order).toMatchObject({ amount: '3.50', reference: '2× Caffè, 1× Cornetto' });
    expect(onCreated).toHaveBeenCalledWith(created);
    expect(screen.queryByRole('heading', { name: 'Cart' })).toBeNull();
  });

  it('typing an amount empties the cart and says so; the typed sum is the order', async () => {
    runtime.sendMessage.mockResolvedValue({ ok: true, data: created } satisfies Result<CreatedOrder>);
    renderView(vi.fn(), { keypad: 'on', items });
    await tapItem('Cornetto');
    for (const key of ['4', '00']) await tap(key);
    expect(amount()).toBe('400');
    expect(screen.getByText('Cart emptied: the typed amount will be used.')).toBeTruthy();
    await tap('Delete the last digit');
    await tap('.');
    await tap('5');
    expect(amount()).toBe('40.5');
    await enter();
    const [request] = createRequests() as [CreateRequest & { payload: { order: { reference?: string } } }];
    expect(request.payload.order.amount).toBe('40.50');
    expect(request.payload.order.reference).toBeUndefined();
  });

  it('no keypad when the setting says off, and no items group without items', () => {
    renderView();
    expect(screen.queryByRole('group', { name: 'Keypad' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Items' })).toBeNull();
  });
});
