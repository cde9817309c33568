/** The commands of the `webpos` command line: each takes parsed arguments and writes its answer. */
import { CallbacksHandler } from './callbacks';
import { Client } from './client';
import type { Mode } from './constants';
import { CallbackError, ConfigError } from './errors';
import { explainSignatureMismatch } from './mismatch';
import type { PaymentOrderRetrieval } from './schemas';

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
}

/** A usage mistake: wrong or missing arguments (exit code 2). */
export class UsageError extends Error {}

export type Values = Record<string, string | boolean | undefined>;

export function clientFromEnv(env: CliIo['env']): Client {
  const clientId = env.WEBPOS_CLIENT_ID;
  const secret = env.WEBPOS_SECRET;
  if (!clientId) throw new ConfigError('WEBPOS_CLIENT_ID', 'is not set');
  if (!secret) throw new ConfigError('WEBPOS_SECRET', 'is not set');
  const mode = (env.WEBPOS_MODE || 'live') as Mode;
  return new Client({ mode, clientId, secret, baseUrl: env.WEBPOS_BASE_URL || undefined });
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

function orderLine(order: PaymentOrderRetrieval): string {
  return [order.uuid, order.state.status, order.amount, order.currency.name, order.created_at ?? '', order.reference ?? ''].join('\t');
}

function intOption(values: Values, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number`);
  return Number(raw);
}

export async function orders(io: CliIo, values: Values): Promise<number> {
  const query: Record<string, unknown> = { sortBy: 'created_at', sortOrder: 'desc' };
  if (typeof values.status === 'string') query.status = values.status;
  if (values.page !== undefined) query.page = intOption(values, 'page');
  if (values['page-size'] !== undefined) query.pageSize = intOption(values, 'page-size');
  // The SDK validates the query (an unknown status is a ValidationError: a usage mistake).
  const page = await clientFromEnv(io.env).getPaymentOrders(query);
  if (values.json) {
    io.out(json(page));
    return 0;
  }
  for (const order of page.paymentorders) io.out(orderLine(order));
  io.err(`${page.paymentorders.length} shown of ${page.total_items} (${page.total_pages} pages)`);
  return 0;
}

export async function order(io: CliIo, values: Values, uuid: string): Promise<number> {
  const found = await clientFromEnv(io.env).getPaymentOrder(uuid);
  if (values.json) {
    io.out(json(found));
    return 0;
  }
  const { state } = found;
  const rows: [string, unknown][] = [
    ['uuid', found.uuid],
    ['status', state.status === state.blockchain_status ? state.status : `${state.status} (${state.blockchain_status})`],
    ['amount', `${found.amount} ${found.currency.name}`],
    ['btc_amount', `${found.btc_amount} sat`],
    ['paid', state.paid ? `${state.paid.crypto} sat` : '0 sat'],
    ['address', found.address],
    ['uri', found.uri],
    ['reference', found.reference ?? ''],
    ['created_at', found.created_at ?? ''],
    ['expiration_time', found.expiration_time ?? ''],
  ];
  for (const [name, value] of rows) io.out(`${name}\t${String(value)}`);
  return 0;
}

export async function callbacks(io: CliIo, values: Values, uuid: string): Promise<number> {
  const list = await clientFromEnv(io.env).getCallbacks(uuid);
  if (values.json) io.out(json(list));
  else for (const callback of list.callbacks) io.out(callback.name);
  return 0;
}

export async function create(io: CliIo, values: Values, amount: string): Promise<number> {
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name]) : undefined);
  const created = await clientFromEnv(io.env).createPaymentOrder({
    amount,
    ...(str('reference') !== undefined ? { reference: str('reference') } : {}),
    ...(str('details') !== undefined ? { details: str('details') } : {}),
    ...(str('callback-url') !== undefined ? { callback_url: str('callback-url') } : {}),
  });
  if (values.json) {
    io.out(json(created));
    return 0;
  }
  for (const name of ['uuid', 'amount', 'address', 'uri', 'expiration_time'] as const) io.out(`${name}\t${String(created[name])}`);
  return 0;
}

export async function verify(io: CliIo, values: Values): Promise<number> {
  const file = values['body-file'];
  const signature = values.signature;
  if (typeof file !== 'string' || typeof signature !== 'string') throw new UsageError('verify needs --body-file and --signature');
  const secret = io.env.WEBPOS_SECRET;
  if (!secret) throw new ConfigError('WEBPOS_SECRET', 'is not set');
  let body: Uint8Array;
  try {
    body = await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const event = await new CallbacksHandler({ secret }).parse({ 'chainside-signature': signature }, body);
    io.out(`valid ${event.event} ${event.object.uuid} ${event.object.state.status}`);
    return 0;
  } catch (error) {
    if (!(error instanceof CallbackError)) throw error;
    io.out(`invalid ${error.reason}: ${error.message}`);
    if (error.reason === 'invalid_signature' || error.reason === 'malformed_signature') {
      for (const cause of await explainSignatureMismatch(secret, body, signature)) io.out(`cause ${cause.id}: ${cause.title}\nfix: ${cause.fix}`);
    }
    return 1;
  }
}
