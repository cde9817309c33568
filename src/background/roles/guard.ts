/**
 * The background enforces roles; pages only hide what a cashier may not use. Every
 * manager action is checked here, so a cashier-mode page sending the message directly
 * is refused just the same. The rule of each message stands beside its handler
 * (see `role-table.ts`); this applies them.
 */
import type { MessageType } from '../../messaging/protocol';
import type { Handlers } from '../../messaging/router';
import { managerNeeded, type RoleContext } from './rules';
import { ROLE_RULES } from './role-table';
import type { RoleStore } from './role-store';

export { managerNeeded } from './rules';

/** Messages only the manager may send while a PIN is set. */
export const MANAGER_ONLY: readonly MessageType[] = (Object.keys(ROLE_RULES) as MessageType[]).filter((type) => ROLE_RULES[type] === 'manager');

export interface GuardDeps {
  roles: RoleStore;
  /** The saved mode, for the panel's rule: the stored secret is the manager's in live mode. */
  mode: () => Promise<'sandbox' | 'live'>;
  /** Whether an order was made on this till and nothing has been received for it yet. */
  cancellableHere: (uuid: string) => Promise<boolean>;
  /** Whether an order was made on this till. */
  madeHere: (uuid: string) => Promise<boolean>;
  now?: () => number;
}

/** The panel's rule for the saved secret: always in sandbox mode; in live mode only for the manager, with a PIN set. */
export async function storedSecretAllowed(roles: RoleStore, mode: 'sandbox' | 'live'): Promise<boolean> {
  if (mode === 'sandbox') return true;
  const state = await roles.state();
  return state.pinSet && state.role === 'manager';
}

type AnyHandler = (payload: unknown) => Promise<unknown>;

export function guardRoles(handlers: Handlers, deps: GuardDeps): Handlers {
  const guarded: Handlers = { ...handlers };
  const context: RoleContext = {
    state: () => deps.roles.state(),
    isManager: async () => (await deps.roles.state()).role === 'manager',
    mode: deps.mode,
    cancellableHere: deps.cancellableHere,
    madeHere: deps.madeHere,
    now: () => (deps.now ?? Date.now)(),
  };
  for (const type of Object.keys(ROLE_RULES) as MessageType[]) {
    const rule = ROLE_RULES[type] as 'anyone' | 'manager' | ((payload: unknown, next: AnyHandler, context: RoleContext) => Promise<unknown>);
    if (rule === 'anyone') continue;
    const inner = handlers[type] as AnyHandler;
    (guarded as Record<string, AnyHandler>)[type] =
      rule === 'manager'
        ? async (payload) => {
            if (!(await context.isManager())) throw managerNeeded('role_manager_settings');
            return inner(payload);
          }
        : (payload) => rule(payload, inner, context);
  }
  return guarded;
}
