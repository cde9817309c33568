/** The manager PIN's messages: who is at the till, enter and leave the manager's session, set and remove the PIN. */
import type { RoleMessages } from '../../messaging/protocol';
import type { Handler } from '../../messaging/router';
import { AppError, fieldIssue, problem } from '../platform/errors';
import { text } from '../../shared/local-text';
import type { UnlockThrottle } from '../vault/unlock-throttle';
import { hashPin, pinMatches, pinProblem } from './pin';
import type { RoleStore } from './role-store';
import type { RoleTable } from './rules';

type RoleHandlers = {
  'role.get': Handler<'role.get'>;
  'role.elevate': Handler<'role.elevate'>;
  'role.drop': Handler<'role.drop'>;
  'role.setPin': Handler<'role.setPin'>;
  'role.removePin': Handler<'role.removePin'>;
};

/** Anyone may see who is at the till, enter the PIN and leave; with a PIN set, only the manager replaces or removes it. */
export const roleRules = {
  'role.get': 'anyone',
  'role.elevate': 'anyone',
  'role.drop': 'anyone',
  'role.setPin': 'manager',
  'role.removePin': 'manager',
} satisfies RoleTable<keyof RoleMessages>;

function pinOf(payload: unknown): string {
  const pin = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).pin : undefined;
  if (typeof pin !== 'string' || pin === '') {
    const why = problem('role_enter_pin');
    throw new AppError('validation', why.text, [fieldIssue('pin', why)]);
  }
  return pin;
}

export function createRoleHandlers(roles: RoleStore, throttle: UnlockThrottle): RoleHandlers {
  return {
    'role.get': () => roles.state(),

    'role.elevate': async (payload) => {
      const pin = pinOf(payload);
      const record = await roles.pin();
      if (!record) return roles.state();
      const tried = await throttle.attempt(async () => ((await pinMatches(pin, record)) ? true : null));
      if (tried.kind === 'throttled') {
        const s = Math.ceil(tried.waitMs / 1000);
        throw new AppError('unlock_throttled', text('role_throttled', s), [
          fieldIssue('pin', problem('role_wait')),
        ]);
      }
      if (tried.kind === 'wrong') {
        const why = problem('role_wrong_pin');
        throw new AppError('wrong_pin', why.text, [fieldIssue('pin', why)]);
      }
      await roles.elevate();
      return roles.state();
    },

    'role.drop': async () => {
      await roles.drop();
      return roles.state();
    },

    // Guarded: with a PIN already set, only the manager may replace it.
    'role.setPin': async (payload) => {
      const pin = pinOf(payload);
      const why = pinProblem(pin);
      if (why) throw new AppError('validation', why.text, [fieldIssue('pin', why)]);
      await roles.setPin(await hashPin(pin));
      await roles.elevate();
      return roles.state();
    },

    'role.removePin': async () => {
      await roles.setPin(null);
      await roles.drop();
      return roles.state();
    },
  };
}
