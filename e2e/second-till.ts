/**
 * A second till on the same account, for the money-safety journeys: orders made straight
 * through the API (as another copy of the extension, or the merchant's own system, would),
 * and the sandbox's order list read back order by order.
 */
import type { Sandbox } from '../sandbox/server';
import { saleCodeOf } from '../src/messaging/sale-code';
import { admin, sandboxOrders } from './popup-helpers';

async function token(sandbox: Sandbox): Promise<string> {
  const response = await fetch(`${sandbox.url}/token`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${Buffer.from(`${sandbox.clientId}:${sandbox.secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=*',
  });
  return String(((await response.json()) as { access_token: string }).access_token);
}

/** Makes an order as the second till does (no sale code of this till), optionally stepped to a status. */
export async function secondTillOrder(sandbox: Sandbox, body: { amount: string; reference?: string; details?: string }, to?: string): Promise<string> {
  const response = await fetch(`${sandbox.url}/payment-order`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${await token(sandbox)}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`second till: HTTP ${response.status} ${await response.text()}`);
  const { uuid } = (await response.json()) as { uuid: string };
  if (to) await admin(sandbox, `/orders/${uuid}/step`, { to });
  return uuid;
}

export interface ServerOrder {
  /** 'this till' when the reference carries a sale code, else 'second till'. */
  whose: 'this till' | 'second till';
  amount: string;
  /** The reference without this till's sale code. */
  reference: string | null;
  saleCode: string | null;
  status: string;
}

/** The sandbox's orders in creation order, each as whose / amount / reference / blockchain status. */
export async function serverOrders(sandbox: Sandbox): Promise<ServerOrder[]> {
  return (await sandboxOrders(sandbox)).map((o) => {
    const reference = (o.reference as string | null) ?? null;
    const saleCode = saleCodeOf(reference);
    const state = o.state as { blockchain_status: string };
    return {
      whose: saleCode ? 'this till' : 'second till',
      amount: o.amount,
      reference: saleCode ? reference!.replace(` #${saleCode}`, '').replace(`#${saleCode}`, '') || null : reference,
      saleCode,
      status: state.blockchain_status,
    };
  });
}

/** The same, without the sale code, for comparing with toEqual. */
export async function serverSummary(sandbox: Sandbox): Promise<[string, string, string | null, string][]> {
  return (await serverOrders(sandbox)).map((o) => [o.whose, o.amount, o.reference, o.status]);
}
