import type { Handler } from '../../messaging/router';
import { computeSignature } from '../../sdk';

export interface WebhookDeps {
  /** The secret saved in the options; read only inside the background. */
  storedSecret: () => Promise<string | null>;
}

/** An error that crosses the message boundary with a stable `code`. */
export class WebhookInputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'WebhookInputError';
    this.code = code;
  }
}

export function createWebhookHandlers(deps: WebhookDeps): {
  'webhook.verify': Handler<'webhook.verify'>;
  'webhook.sign': Handler<'webhook.sign'>;
} {
  return {
    'webhook.verify': async () => {
      await deps.storedSecret();
      throw new WebhookInputError('not_ready', 'The webhook verifier is not ready yet.');
    },
    'webhook.sign': async ({ body, secret }) => {
      const stored = await deps.storedSecret();
      const chosen = secret !== undefined && secret !== '' ? secret : stored;
      if (!chosen) throw new WebhookInputError('no_secret', 'No secret is stored in the options and none was pasted.');
      return { signature: await computeSignature(chosen, body), secretSource: secret ? 'pasted' : 'stored' };
    },
  };
}
