import { TokenManager } from './auth';
import { utf8ToBase64 } from './base64';
import { resolveConfig, type ClientConfig, type Mode, type ResolvedConfig } from './config';
import { AccessTokenExpiredError, InvalidAccessTokenError } from './errors';
import { HttpTransport, type HttpRequest } from './http';
import {
  CallbackListSchema,
  PaymentOrderCreationResponseSchema,
  PaymentOrderDeletionResponseSchema,
  PaymentOrderListSchema,
  PaymentOrderRetrievalSchema,
  type CallbackList,
  type ClientCredentialsLoginResponse,
  type GetPaymentOrdersQuery,
  type PaymentOrderCreation,
  type PaymentOrderCreationResponse,
  type PaymentOrderDeletionResponse,
  type PaymentOrderList,
  type PaymentOrderRetrieval,
  type PaymentUpdateObject,
} from './schemas';
import { assertGetPaymentOrdersQuery, assertPaymentOrderCreation, assertPaymentUpdate, assertUuid } from './validation';

type AuthedRequest<T> = Omit<HttpRequest<T>, 'authorization'>;

/**
 * The WebPOS API client. Runs anywhere with `fetch` and WebCrypto (service workers, Node 20+).
 * Requests are validated before sending, responses after receiving; the access token is
 * obtained lazily, cached, shared by concurrent calls and renewed once if the server expires it.
 */
export class Client {
  readonly #config: ResolvedConfig;
  readonly #http: HttpTransport;
  readonly #tokens: TokenManager;

  constructor(config: ClientConfig) {
    this.#config = resolveConfig(config);
    const basic = utf8ToBase64(`${this.#config.clientId}:${this.#config.secret}`);
    this.#http = new HttpTransport(this.#config, basic);
    this.#tokens = new TokenManager(this.#config, this.#http, `Basic ${basic}`);
  }

  /** The client's identity, without the secret. */
  describe(): { mode: Mode; baseUrl: string; clientId: string } {
    return { mode: this.#config.mode, baseUrl: this.#config.baseUrl, clientId: this.#config.clientId };
  }

  /** The key under which the access token is cached in the `CacheAdapter`. */
  get tokenCacheKey(): string {
    return this.#tokens.cacheKey;
  }

  /** `POST /payment-order` */
  async createPaymentOrder(order: PaymentOrderCreation): Promise<PaymentOrderCreationResponse> {
    const body = assertPaymentOrderCreation(order, this.#config.mode);
    return this.#authed({
      method: 'POST',
      path: '/payment-order',
      json: body,
      schema: PaymentOrderCreationResponseSchema,
      what: 'createPaymentOrder',
    });
  }

  /** `GET /payment-order` with camelCase query options mapped to the wire's snake_case. */
  async getPaymentOrders(query: GetPaymentOrdersQuery = {}): Promise<PaymentOrderList> {
    const q = assertGetPaymentOrdersQuery(query);
    const wire: Record<string, string> = {};
    if (q.status !== undefined) wire.status = q.status;
    if (q.page !== undefined) wire.page = String(q.page);
    if (q.pageSize !== undefined) wire.page_size = String(q.pageSize);
    if (q.sortBy !== undefined) wire.sort_by = q.sortBy;
    if (q.sortOrder !== undefined) wire.sort_order = q.sortOrder;
    return this.#authed({
      method: 'GET',
      path: '/payment-order',
      query: wire,
      schema: PaymentOrderListSchema,
      what: 'getPaymentOrders',
    });
  }

  /** `GET /payment-order/{uuid}` */
  async getPaymentOrder(uuid: string): Promise<PaymentOrderRetrieval> {
    const id = assertUuid(uuid);
    return this.#authed({
      method: 'GET',
      path: `/payment-order/${id}`,
      schema: PaymentOrderRetrievalSchema,
      what: 'getPaymentOrder',
    });
  }

  /** `DELETE /payment-order/{uuid}` */
  async deletePaymentOrder(uuid: string): Promise<PaymentOrderDeletionResponse> {
    const id = assertUuid(uuid);
    return this.#authed({
      method: 'DELETE',
      path: `/payment-order/${id}`,
      schema: PaymentOrderDeletionResponseSchema,
      what: 'deletePaymentOrder',
    });
  }

  /** `GET /payment-order/{uuid}/callbacks` */
  async getCallbacks(uuid: string): Promise<CallbackList> {
    const id = assertUuid(uuid);
    return this.#authed({
      method: 'GET',
      path: `/payment-order/${id}/callbacks`,
      schema: CallbackListSchema,
      what: 'getCallbacks',
    });
  }

  /** `PATCH /payment-order/{uuid}/test/reset` (sandbox only) */
  async paymentReset(uuid: string): Promise<PaymentOrderRetrieval> {
    const id = assertUuid(uuid);
    return this.#authed({
      method: 'PATCH',
      path: `/payment-order/${id}/test/reset`,
      schema: PaymentOrderRetrievalSchema,
      what: 'paymentReset',
    });
  }

  /** `PATCH /payment-order/{uuid}/test/` (sandbox only): move the order to a callback's state and send it. */
  async paymentUpdate(uuid: string, update: PaymentUpdateObject): Promise<void> {
    const id = assertUuid(uuid);
    const body = assertPaymentUpdate(update);
    await this.#authed<undefined>({
      method: 'PATCH',
      path: `/payment-order/${id}/test/`,
      json: body,
      schema: null,
      what: 'paymentUpdate',
    });
  }

  /** `POST /token`: a fresh login, whose token is then cached and used by later calls. */
  clientCredentialsLogin(): Promise<ClientCredentialsLoginResponse> {
    return this.#tokens.login();
  }

  /** Forgets the cached access token (memory and `CacheAdapter`). */
  clearToken(): Promise<void> {
    return this.#tokens.clear();
  }

  async #authed<T>(req: AuthedRequest<T>): Promise<T> {
    const token = this.#tokens.peek() ?? (await this.#tokens.getToken());
    try {
      return await this.#http.request<T>({ ...req, authorization: `Bearer ${token}` });
    } catch (err) {
      // 1004 (expired) and 1007 (unknown to the server, e.g. a restarted sandbox): log in again
      // and repeat once. A second failure is surfaced as is.
      if (!(err instanceof AccessTokenExpiredError || err instanceof InvalidAccessTokenError)) throw err;
      await this.#tokens.invalidate(token);
      const fresh = await this.#tokens.getToken();
      return this.#http.request<T>({ ...req, authorization: `Bearer ${fresh}` });
    }
  }
}
