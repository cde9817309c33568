import type * as v from 'valibot';
import type { ResolvedConfig } from './config';
import {
  ConnectionError,
  ResponseValidationError,
  TimeoutError,
  createHttpError,
  type DebugInfo,
  type SdkHttpError,
} from './errors';
import { redactHeaders, redactText } from './redact';
import { parseWith } from './parse';
import { ExchangeTimedOut, timedExchange, type Exchange } from './timed-exchange';

export const API_VERSION = 'v1';
/** Tokens kept for redaction besides the credentials (a process sees one or two at a time). */
const MAX_REMEMBERED_TOKENS = 6;

export interface HttpRequest<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as `application/x-www-form-urlencoded`. */
  form?: Record<string, string>;
  authorization: string;
  /** Response schema; `null` when the route answers without a body. */
  schema: v.GenericSchema<unknown, T> | null;
  /** Human name of the call, for error messages. */
  what: string;
}

function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/**
 * One HTTP exchange: builds the request exactly as the protocol wants it, enforces
 * the timeout over the whole exchange (headers and body), maps failures to SDK errors
 * and validates the response body.
 */
export class HttpTransport {
  readonly #config: ResolvedConfig;
  readonly #timeoutMs: number;
  /** Strings that must never appear in debug info: the credentials, always first, then recent tokens. */
  readonly #sensitive: string[];
  /** How many leading entries of #sensitive are credentials, which are never dropped. */
  readonly #credentialCount: number;

  constructor(config: ResolvedConfig, basicCredentials: string) {
    this.#config = config;
    this.#timeoutMs = config.timeoutSeconds * 1000;
    this.#sensitive = [config.secret, basicCredentials];
    this.#credentialCount = this.#sensitive.length;
  }

  async request<T>(req: HttpRequest<T>): Promise<T> {
    const config = this.#config;
    let url = config.baseUrl + req.path;
    if (req.query) {
      const qs = new URLSearchParams(req.query).toString();
      if (qs) url += '?' + qs;
    }

    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-Api-Version': API_VERSION,
      Authorization: req.authorization,
    };
    let body: string | undefined;
    if (req.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(req.json);
    } else if (req.form !== undefined) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(req.form).toString();
    }

    const init: RequestInit = { method: req.method, headers };
    if (body !== undefined) init.body = body;
    let exchange: Exchange;
    try {
      exchange = await timedExchange(config.fetch, url, init, this.#timeoutMs);
    } catch (err) {
      if (err instanceof ExchangeTimedOut) throw new TimeoutError(req.method, url, config.timeoutSeconds);
      throw new ConnectionError(req.method, url, err);
    }
    const { response, text } = exchange;

    if (!response.ok) throw this.#httpError(req, url, headers, body, response, text);
    if (req.schema === null) return undefined as T;

    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ResponseValidationError(req.what, response.status, this.#redact(text), [
        { field: '', rule: 'json', message: 'Response body is not JSON' },
      ]);
    }
    const result = parseWith(req.schema, data);
    if (!result.success) throw new ResponseValidationError(req.what, response.status, this.#redact(text), result.issues);
    return result.output;
  }

  /** Adds a token to the strings scrubbed from debug info. */
  addSensitive(value: string): void {
    if (!this.#sensitive.includes(value)) {
      this.#sensitive.push(value);
      // Only the most recent tokens matter; keep the list short by dropping the oldest token,
      // never a credential.
      if (this.#sensitive.length > this.#credentialCount + MAX_REMEMBERED_TOKENS) this.#sensitive.splice(this.#credentialCount, 1);
    }
  }

  #redact(text: string): string {
    return redactText(text, this.#sensitive);
  }

  #httpError(
    req: HttpRequest<unknown>,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
    response: Response,
    text: string,
  ): SdkHttpError {
    let errorCode = '';
    let requestId: string | undefined;
    let serverMessage: string | undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null) {
        const p = parsed as Record<string, unknown>;
        if (typeof p.error_code === 'string') errorCode = p.error_code;
        else if (typeof p.error_code === 'number') errorCode = String(p.error_code).padStart(4, '0');
        if (typeof p.request_id === 'string') requestId = p.request_id;
        if (typeof p.message === 'string') serverMessage = p.message;
      }
    } catch {
      // Not JSON: an UnknownHttpError that keeps the raw body.
    }
    requestId ??= response.headers.get('x-request-id') ?? undefined;

    const sensitive = this.#sensitive;
    const debugInfo: DebugInfo = {
      request: {
        method: req.method,
        url: redactText(url, sensitive),
        headers: redactHeaders(headers, sensitive),
        body: body === undefined ? null : redactText(body, sensitive),
        query: req.query ? { ...req.query } : {},
      },
      response: {
        status: response.status,
        headers: redactHeaders(headersToRecord(response.headers), sensitive),
        body: redactText(text, sensitive),
      },
    };
    return createHttpError({
      status: response.status,
      errorCode,
      requestId,
      debugInfo,
      serverMessage: serverMessage === undefined ? undefined : redactText(serverMessage, sensitive),
    });
  }
}
