/**
 * A day of sales made straight at the sandbox, as two tills ("Cassa 1", "Cassa 2") and two
 * cashiers would leave it, plus one order another program made with no till; and the figures
 * of that day computed here from the sandbox's own orders (in cents, independently of the
 * extension's arithmetic).
 */
import type { Sandbox } from '../sandbox/server';
import { detailsWithTags } from '../src/messaging/order-tags';
import { secondTillOrder } from './second-till';

async function apiToken(sandbox: Sandbox): Promise<string> {
  const response = await fetch(`${sandbox.url}/token`, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: `Basic ${Buffer.from(`${sandbox.clientId}:${sandbox.secret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=*',
  });
  return String(((await response.json()) as { access_token: string }).access_token);
}

async function api<T>(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method, headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${await apiToken(sandbox)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

type Step = 'paid' | 'partial' | 'overpaid' | 'expired' | 'expiredPartial' | 'cancelled';

async function sale(sandbox: Sandbox, amount: string, step: Step, till?: string, cashier?: string): Promise<string> {
  const details = till ? (detailsWithTags(null, { till, cashier }) ?? undefined) : 'made by the online shop';
  const uuid = await secondTillOrder(sandbox, { amount, details });
  const admin = (to: string) => fetch(`${sandbox.url}/__sandbox/orders/${uuid}/step`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to }) });
  if (step === 'overpaid') await api(sandbox, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.overpaid' });
  else if (step === 'expiredPartial') {
    await admin('partial');
    await admin('expired');
  } else await admin(step);
  return uuid;
}

export async function makeDayOfSales(sandbox: Sandbox): Promise<void> {
  await sale(sandbox, '12.50', 'paid', 'Cassa 1', 'Anna');
  await sale(sandbox, '0.10', 'paid', 'Cassa 1', 'Bruno');
  await sale(sandbox, '0.20', 'paid', 'Cassa 2', 'Anna');
  await sale(sandbox, '20.00', 'partial', 'Cassa 1', 'Anna');
  await sale(sandbox, '10.00', 'overpaid', 'Cassa 2', 'Bruno');
  await sale(sandbox, '7.30', 'expired', 'Cassa 2', 'Anna');
  await sale(sandbox, '15.00', 'expiredPartial', 'Cassa 1', 'Bruno');
  await sale(sandbox, '4.40', 'cancelled', 'Cassa 2', 'Bruno');
  await sale(sandbox, '3.33', 'paid');
}

interface WireOrder {
  amount: string;
  btc_amount: number;
  details?: string | null;
  state: { blockchain_status: string; paid: { fiat: string } | null; in_confirmation: { fiat: string } | null };
}

export interface ExpectedFigures {
  paidCount: number;
  paidCents: number;
  paidSats: number;
  partialReceivedCents: number;
  partialMissingCents: number;
  overpaidCents: number;
  expiredReceivedCents: number;
  expiredEmpty: number;
  cancelled: number;
}

const cents = (fiat: string | null | undefined) => (fiat ? Math.round(Number(fiat) * 100) : 0);

/** The figures per till ('' for no till), from the sandbox's own orders read through the API. */
export function expectedPerTill(sandbox: Sandbox): Promise<Map<string, ExpectedFigures>> {
  return expectedPer(sandbox, 'till');
}

/** The figures per till or per cashier ('' for none), from the sandbox's own orders. */
export async function expectedPer(sandbox: Sandbox, tag: 'till' | 'cashier'): Promise<Map<string, ExpectedFigures>> {
  const list = await api<{ paymentorders: WireOrder[] }>(sandbox, 'GET', '/payment-order?page_size=40');
  const byTill = new Map<string, ExpectedFigures>();
  for (const order of list.paymentorders) {
    const till = new RegExp(`\\[${tag}:([^\\]]+)\\]`).exec(order.details ?? '')?.[1] ?? '';
    const f = byTill.get(till) ?? { paidCount: 0, paidCents: 0, paidSats: 0, partialReceivedCents: 0, partialMissingCents: 0, overpaidCents: 0, expiredReceivedCents: 0, expiredEmpty: 0, cancelled: 0 };
    const received = cents(order.state.paid?.fiat) + cents(order.state.in_confirmation?.fiat);
    const status = order.state.blockchain_status;
    if (status === 'paid') {
      f.paidCount++;
      f.paidCents += cents(order.amount);
      f.paidSats += order.btc_amount;
      f.overpaidCents += Math.max(0, received - cents(order.amount));
    } else if (status === 'partial') {
      f.partialReceivedCents += received;
      f.partialMissingCents += cents(order.amount) - received;
    } else if (status === 'expired') {
      if (received > 0) f.expiredReceivedCents += received;
      else f.expiredEmpty++;
    } else if (status === 'cancelled') f.cancelled++;
    byTill.set(till, f);
  }
  return byTill;
}
