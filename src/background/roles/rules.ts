/**
 * The role a message needs, declared beside its handler in each feature folder's table
 * (`roles/role-table.ts` joins them). A table must name every message its folder owns,
 * so a new message without a role rule does not compile.
 */
import type { MessageType, ResponseOf, RoleState } from '../../messaging/protocol';
import type { MessageKey } from '../../shared/i18n';
import { text } from '../../shared/local-text';
import { AppError } from '../platform/errors';

/** What a rule may ask about the till and the request. */
export interface RoleContext {
  /** Who is at the till now. */
  state: () => Promise<RoleState>;
  isManager: () => Promise<boolean>;
  /** The saved mode. */
  mode: () => Promise<'sandbox' | 'live'>;
  /** Whether an order was made on this till and nothing has been received for it yet. */
  cancellableHere: (uuid: string) => Promise<boolean>;
  /** Whether an order was made on this till. */
  madeHere: (uuid: string) => Promise<boolean>;
  now: () => number;
}

/**
 * Runs around the handler (`next`). The payload is as a page sent it: unchecked, since a
 * page in cashier mode may send anything.
 */
export type RoleGuard<T extends MessageType> = (payload: unknown, next: (payload: unknown) => Promise<ResponseOf<T>>, context: RoleContext) => Promise<ResponseOf<T>>;

/** `anyone`: no check. `manager`: only the manager while a PIN is set. Or a guard of its own. */
export type RoleRule<T extends MessageType> = 'anyone' | 'manager' | RoleGuard<T>;

/** One rule for each message type in `T`, no more and no fewer. */
export type RoleTable<T extends MessageType = MessageType> = { [K in T]: RoleRule<K> };

/** A guard that only checks, then runs the handler. */
export function checkFirst<T extends MessageType>(check: (payload: unknown, context: RoleContext) => Promise<void>): RoleGuard<T> {
  return async (payload, next, context) => {
    await check(payload, context);
    return next(payload);
  };
}

/** The `uuid` a page sent, unchecked: null when it sent none. */
export function uuidOf(payload: unknown): string | null {
  const uuid = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).uuid : undefined;
  return typeof uuid === 'string' ? uuid : null;
}

/** The sandbox's test steps expire, cancel or pay an order: a cashier only on this till's orders. */
export function sandboxStepRule<T extends MessageType>(): RoleGuard<T> {
  return checkFirst(async (payload, context) => {
    if (await context.isManager()) return;
    const uuid = uuidOf(payload);
    if (uuid === null || !(await context.madeHere(uuid))) {
      throw new AppError('manager_only', text('role_cashier_sandbox'));
    }
  });
}

export function managerNeeded(key: MessageKey): AppError {
  return new AppError('manager_only', text(key));
}
