/**
 * The background enforces roles; pages only hide what a cashier may not use. Every
 * manager action is checked here, so a cashier-mode page sending the message directly
 * is refused just the same.
 */
import type { MessageType } from '../../messaging/protocol';
import type { Handlers } from '../../messaging/router';
import { AppError } from '../errors';
import { text } from '../../shared/local-text';
import type { MessageKey } from '../../shared/i18n';
import type { RoleStore } from './role-store';

/** Messages only the manager may send while a PIN is set. */
export const MANAGER_ONLY: readonly MessageType[] = [
  'settings.save',
  'settings.test',
  'vault.change',
  'vault.remove',
  'role.setPin',
  'role.removePin',
];

export function managerNeeded(key: MessageKey): AppError {
  return new AppError('manager_only', text(key));
}

export interface GuardDeps {
  roles: RoleStore;
  /** The saved mode, for the panel's rule: the stored secret is the manager's in live mode. */
  mode: () => Promise<'sandbox' | 'live'>;
  /** Whether an order was made on this till and nothing has been received for it yet. */
  cancellableHere: (uuid: string) => Promise<boolean>;
  now?: () => number;
}

function hasPastedSecret(payload: unknown): boolean {
  const secret = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).secret : undefined;
  return typeof secret === 'string' && secret.trim() !== '';
}

/** The panel's rule for the saved secret: always in sandbox mode; in live mode only for the manager, with a PIN set. */
export async function storedSecretAllowed(roles: RoleStore, mode: 'sandbox' | 'live'): Promise<boolean> {
  if (mode === 'sandbox') return true;
  const state = await roles.state();
  return state.pinSet && state.role === 'manager';
}

export function guardRoles(handlers: Handlers, deps: GuardDeps): Handlers {
  const guarded: Handlers = { ...handlers };
  const isManager = async () => (await deps.roles.state()).role === 'manager';
  const wrap = <T extends MessageType>(type: T, check: (payload: unknown) => Promise<void>) => {
    const inner = handlers[type] as (payload: unknown) => Promise<unknown>;
    (guarded as Record<string, (payload: unknown) => Promise<unknown>>)[type] = async (payload) => {
      await check(payload);
      return inner(payload);
    };
  };

  for (const type of MANAGER_ONLY) {
    wrap(type, async () => {
      if (!(await isManager())) throw managerNeeded('role_manager_settings');
    });
  }

  // In live mode the stored secret could forge callbacks for the merchant's server: the
  // panel may use it only for the manager (a PIN must be set and entered); a pasted secret is fine.
  for (const type of ['webhook.sign', 'webhook.verify'] as const) {
    wrap(type, async (payload) => {
      if (hasPastedSecret(payload) || (await deps.mode()) === 'sandbox') return;
      const state = await deps.roles.state();
      if (!state.pinSet) {
        throw new AppError('manager_only', text('role_live_secret_no_pin'));
      }
      if (state.role !== 'manager') throw managerNeeded('role_manager_live_secret');
    });
  }

  // A cashier exports today's orders only (created since local midnight).
  const exportAll = handlers['orders.export'];
  guarded['orders.export'] = async (payload) => {
    const all = await exportAll(payload);
    if (await isManager()) return all;
    const midnight = new Date((deps.now ?? Date.now)());
    midnight.setHours(0, 0, 0, 0);
    return { orders: all.orders.filter((row) => Date.parse(row.created_at) >= midnight.getTime()), todayOnly: true };
  };

  wrap('order.cancel', async (payload) => {
    if (await isManager()) return;
    const uuid = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).uuid : undefined;
    if (typeof uuid !== 'string' || !(await deps.cancellableHere(uuid))) {
      throw new AppError('manager_only', text('role_cashier_cancel'));
    }
  });
  return guarded;
}
