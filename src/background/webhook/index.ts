/**
 * The background side of the devtools verifier. The stored secret is read
 * here and never returned; a pasted secret is used for one call and dropped.
 */
import type { MessageType, WebhookMessages } from '../../messaging/protocol';
import type { Handler } from '../../messaging/router';
import { AppError } from '../platform/errors';
import { checkFirst, managerNeeded, type RoleGuard, type RoleTable } from '../roles/rules';
import { text } from '../../shared/local-text';
import { computeSignature, MAX_CALLBACK_BODY_BYTES } from '../../sdk';
import { WebhookInputError } from './errors';
import { formatBytes, utf8Length, verifyWebhook } from './verify';

export { WebhookInputError } from './errors';

export interface WebhookDeps {
  /** The secret saved in the options; read only inside the background. */
  storedSecret: () => Promise<string | null>;
}

function hasPastedSecret(payload: unknown): boolean {
  const secret = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).secret : undefined;
  return typeof secret === 'string' && secret.trim() !== '';
}

// In live mode the stored secret could forge callbacks for the merchant's server: the
// panel may use it only for the manager (a PIN must be set and entered); a pasted secret is fine.
const liveSecretRule = <T extends MessageType>(): RoleGuard<T> =>
  checkFirst(async (payload, context) => {
    if (hasPastedSecret(payload) || (await context.mode()) === 'sandbox') return;
    const state = await context.state();
    if (!state.pinSet) {
      throw new AppError('manager_only', text('role_live_secret_no_pin'));
    }
    if (state.role !== 'manager') throw managerNeeded('role_manager_live_secret');
  });

export const webhookRules = {
  'webhook.verify': liveSecretRule<'webhook.verify'>(),
  'webhook.sign': liveSecretRule<'webhook.sign'>(),
} satisfies RoleTable<keyof WebhookMessages>;

export function createWebhookHandlers(deps: WebhookDeps): {
  'webhook.verify': Handler<'webhook.verify'>;
  'webhook.sign': Handler<'webhook.sign'>;
} {
  return {
    'webhook.verify': async (payload) => {
      const body = requireString(payload, 'body');
      const signature = requireString(payload, 'signature');
      return verifyWebhook({ body, signature, pasted: pastedSecret(payload), stored: await storedOrNull(deps) });
    },
    'webhook.sign': async (payload) => {
      const body = requireString(payload, 'body');
      const pasted = pastedSecret(payload);
      const secret = pasted ?? (await storedOrNull(deps));
      if (!secret) {
        throw new WebhookInputError('no_secret');
      }
      const bytes = utf8Length(body);
      if (bytes > MAX_CALLBACK_BODY_BYTES) {
        throw new WebhookInputError('body_too_large', text('error_webhook_too_large', formatBytes(bytes), formatBytes(MAX_CALLBACK_BODY_BYTES)));
      }
      return { signature: await computeSignature(secret, body), secretSource: pasted ? 'pasted' : 'stored' };
    },
  };
}

function requireString(payload: unknown, key: 'body' | 'signature'): string {
  const value = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string') throw new WebhookInputError('bad_request', undefined, `no ${key} text`);
  return value;
}

/** A pasted secret, or null when blank. It is used as typed (whitespace included), so a stray space can be diagnosed. */
function pastedSecret(payload: unknown): string | null {
  const value = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).secret : undefined;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new WebhookInputError('bad_request', undefined, 'pasted secret is not text');
  return value.trim() === '' ? null : value;
}

async function storedOrNull(deps: WebhookDeps): Promise<string | null> {
  const stored = await deps.storedSecret();
  return stored ? stored : null;
}
