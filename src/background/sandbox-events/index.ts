/**
 * The devtools panel's Events tab: the sandbox's deliveries with our verdict on each, and resend.
 * Pages never reach the sandbox themselves; the secret stays here.
 */
import { SANDBOX_DELIVERY_LIMIT, type CachedOrder, type SandboxDelivery } from '../../messaging/protocol';
import type { SandboxMessages } from '../../messaging/protocol';
import type { Handler } from '../../messaging/router';
import { sandboxStepRule, type RoleTable } from '../roles/rules';
import type { PermissionCheck } from '../platform/client-provider';
import { AppError } from '../platform/errors';
import { text } from '../../shared/local-text';
import type { StoredSettings } from '../settings/settings';
import { sandboxAdminFor, type FetchLike, type LoggedDelivery } from './admin-client';
import { judgeDelivery } from './verdict';

export interface SandboxEventDeps {
  settings: () => Promise<StoredSettings>;
  hostAllowed: PermissionCheck;
  /** A fresh copy of an order from WebPOS, cached and pushed to open pages. */
  refreshOrder: (uuid: string) => Promise<CachedOrder>;
  /** Default: the global fetch, looked up at call time. */
  fetch?: FetchLike;
}

/** The local sandbox only: nothing there a cashier could misuse. */
export const sandboxEventRules = {
  'sandbox.deliveries': 'anyone',
  'sandbox.resend': 'anyone',
  'order.payPart': sandboxStepRule(),
} satisfies RoleTable<keyof SandboxMessages>;

export function createSandboxEventHandlers(deps: SandboxEventDeps): {
  'sandbox.deliveries': Handler<'sandbox.deliveries'>;
  'sandbox.resend': Handler<'sandbox.resend'>;
  'order.payPart': Handler<'order.payPart'>;
} {
  const admin = async () => {
    const settings = await deps.settings();
    const fetchFn: FetchLike = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
    return { settings, admin: await sandboxAdminFor(settings, deps.hostAllowed, fetchFn) };
  };
  return {
    'sandbox.deliveries': async () => {
      const { settings, admin: sandbox } = await admin();
      const logged = await sandbox.deliveries(SANDBOX_DELIVERY_LIMIT);
      const deliveries = await Promise.all(logged.reverse().map((d) => withVerdict(d, settings.secret)));
      return { sandboxUrl: sandbox.baseUrl, deliveries };
    },
    'sandbox.resend': async (payload) => {
      const id = typeof payload === 'object' && payload !== null ? (payload as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') throw new AppError('validation', text('error_bad_request'));
      const { settings, admin: sandbox } = await admin();
      return withVerdict(await sandbox.resend(id), settings.secret);
    },
    'order.payPart': async ({ uuid }) => {
      const { admin: sandbox } = await admin();
      await sandbox.payPart(uuid);
      return deps.refreshOrder(uuid);
    },
  };
}

async function withVerdict(delivery: LoggedDelivery, secret: string): Promise<SandboxDelivery> {
  const judgement = await judgeDelivery(secret || null, delivery.body, delivery.signature);
  return { ...delivery, error: delivery.error ?? null, ...judgement };
}
