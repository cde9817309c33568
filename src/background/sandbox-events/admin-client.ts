/**
 * Reads the local sandbox emulator's delivery log and asks it to resend, through its admin
 * routes (/__sandbox/...). Only in sandbox mode and only at the configured base URL, and never
 * at an official WebPOS host: those have no admin routes, and the live one must never be asked.
 */
import * as v from 'valibot';
import { HOSTS } from '../../sdk';
import { assertHostAllowed, type PermissionCheck } from '../platform/client-provider';
import { AppError } from '../platform/errors';
import { text } from '../../shared/local-text';
import { effectiveBaseUrl, type StoredSettings } from '../settings/settings';

const DeliverySchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  url: v.string(),
  target: v.picklist(['order', 'forward']),
  event: v.string(),
  orderUuid: v.string(),
  status: v.nullable(v.number()),
  attempt: v.number(),
  at: v.string(),
  error: v.optional(v.string()),
  retryInMs: v.nullable(v.number()),
  resendOf: v.nullable(v.string()),
  headers: v.record(v.string(), v.string()),
  signature: v.string(),
  body: v.string(),
  answer: v.string(),
  answerTruncated: v.boolean(),
});
export type LoggedDelivery = v.InferOutput<typeof DeliverySchema>;

const ListSchema = v.object({ deliveries: v.array(DeliverySchema) });
const ResendSchema = v.object({ delivery: DeliverySchema });

/** 50 deliveries of a few KB each are far below this; a larger answer is not the sandbox's. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

const ORDER_UUID = /^[0-9a-f-]{36}$/i;
const StepSchema = v.object({ order: v.object({ uuid: v.string() }) });

const DELIVERY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface SandboxAdmin {
  /** The sandbox's base URL, e.g. http://127.0.0.1:8787. */
  baseUrl: string;
  deliveries(limit: number): Promise<LoggedDelivery[]>;
  resend(id: string): Promise<LoggedDelivery>;
  /** The customer pays part of what is missing: 40 % of the amount, then half of the rest. */
  payPart(orderUuid: string): Promise<void>;
}

/** Refuses unless the settings point at a sandbox emulator the extension may reach. */
export async function sandboxAdminFor(settings: StoredSettings, allowed: PermissionCheck, fetchFn: FetchLike): Promise<SandboxAdmin> {
  if (settings.mode !== 'sandbox') {
    throw new AppError('sandbox_only', text('error_sandbox_only_events'));
  }
  const baseUrl = effectiveBaseUrl(settings);
  const origin = new URL(baseUrl).origin;
  if (Object.values(HOSTS).some((host) => new URL(host).origin === origin)) {
    throw new AppError(
      'sandbox_only',
      text('error_sandbox_not_local'),
    );
  }
  await assertHostAllowed(settings, allowed);
  const timeoutMs = settings.timeoutSeconds * 1000;
  const call = <T>(path: string, method: 'GET' | 'POST', schema: v.GenericSchema<unknown, T>, body?: object) =>
    adminCall(fetchFn, `${baseUrl}/__sandbox${path}`, method, timeoutMs, schema, body);
  return {
    baseUrl,
    deliveries: async (limit) => (await call(`/deliveries?limit=${limit}`, 'GET', ListSchema)).deliveries,
    resend: async (id) => {
      if (!DELIVERY_ID.test(id)) throw new AppError('validation', text('error_bad_request'), undefined, `delivery id: ${JSON.stringify(id)}`);
      return (await call(`/deliveries/${id.toLowerCase()}/resend`, 'POST', ResendSchema)).delivery;
    },
    payPart: async (orderUuid) => {
      if (!ORDER_UUID.test(orderUuid)) throw new AppError('validation', text('error_bad_request'), undefined, `order id: ${JSON.stringify(orderUuid)}`);
      await call(`/orders/${orderUuid.toLowerCase()}/step`, 'POST', StepSchema, { to: 'partial' });
    },
  };
}

async function adminCall<T>(fetchFn: FetchLike, url: string, method: 'GET' | 'POST', timeoutMs: number, schema: v.GenericSchema<unknown, T>, payload?: object): Promise<T> {
  const host = new URL(url).host;
  const step = url.endsWith('/step');
  let response: Response;
  try {
    const body = payload === undefined ? {} : { body: JSON.stringify(payload) };
    const headers = { accept: 'application/json', ...(payload === undefined ? {} : { 'content-type': 'application/json' }) };
    response = await fetchFn(url, { method, headers, ...body, signal: AbortSignal.timeout(timeoutMs), redirect: 'error', credentials: 'omit' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new AppError('timeout', text('error_sandbox_timeout', host, timeoutMs / 1000));
    }
    throw new AppError('connection', text('error_sandbox_unreachable', host));
  }
  const body = await readCapped(response, host);
  if (step && (response.status === 409 || response.status === 422 || response.status === 400)) {
    throw new AppError('cancel_refused', text('error_api_0013'), undefined, `sandbox step refused: HTTP ${response.status}`);
  }
  if (step && response.status === 404) {
    throw new AppError('not_found', text('error_sandbox_order_gone'));
  }
  if (response.status === 404 && method === 'POST') {
    throw new AppError('not_found', text('error_sandbox_delivery_gone'));
  }
  if (!response.ok) {
    throw new AppError('internal', text('error_sandbox_unexpected', host), undefined, `HTTP ${response.status} to ${method} ${new URL(url).pathname}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new AppError('internal', text('error_sandbox_unexpected', host), undefined, 'answer is not JSON');
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) {
    throw new AppError('internal', text('error_sandbox_unexpected', host), undefined, 'answer has an unexpected shape (update the sandbox)');
  }
  return parsed.output;
}

async function readCapped(response: Response, host: string): Promise<string> {
  const tooLarge = () => new AppError('internal', text('error_sandbox_unexpected', host), undefined, `answer over ${MAX_ANSWER_BYTES / 1024 / 1024} MB`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_ANSWER_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let answer = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return answer + decoder.decode();
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    answer += decoder.decode(value, { stream: true });
  }
}
