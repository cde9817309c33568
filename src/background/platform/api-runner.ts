import type { Client } from '../../sdk';

export type ApiClient = Pick<
  Client,
  | 'getPaymentOrders'
  | 'getPaymentOrder'
  | 'createPaymentOrder'
  | 'deletePaymentOrder'
  | 'getCallbacks'
  | 'paymentReset'
  | 'paymentUpdate'
>;

/** Runs one call with the current client (and records the API's health). */
export type ApiRunner = <T>(call: (client: ApiClient) => Promise<T>) => Promise<T>;

export interface ApiRunnerDeps {
  /** The SDK client for the saved settings (throws when not configured or not permitted). */
  client: () => Promise<ApiClient | Client>;
  health: { success(): Promise<void>; failure(error: unknown): Promise<void> };
}

/** Runs each API call with the current client and records what it says about the API's health. */
export function createApiRunner(deps: ApiRunnerDeps): ApiRunner {
  return async (call) => {
    const client = await deps.client();
    try {
      const result = await call(client);
      await deps.health.success();
      return result;
    } catch (error) {
      await deps.health.failure(error);
      throw error;
    }
  };
}
