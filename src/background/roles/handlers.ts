/** The manager PIN's messages: who is at the till, enter and leave the manager's session, set and remove the PIN. */
import type { Handler } from '../../messaging/router';
import { AppError } from '../errors';
import type { UnlockThrottle } from '../vault/unlock-throttle';
import { hashPin, pinMatches, pinProblem } from './pin';
import type { RoleStore } from './role-store';

type RoleHandlers = {
  'role.get': Handler<'role.get'>;
  'role.elevate': Handler<'role.elevate'>;
  'role.drop': Handler<'role.drop'>;
  'role.setPin': Handler<'role.setPin'>;
  'role.removePin': Handler<'role.removePin'>;
};

function pinOf(payload: unknown): string {
  const pin = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).pin : undefined;
  if (typeof pin !== 'string' || pin === '') throw new AppError('validation', 'Enter the manager PIN.', [{ field: 'pin', message: 'Enter the manager PIN.' }]);
  return pin;
}

export function createRoleHandlers(roles: RoleStore, throttle: UnlockThrottle): RoleHandlers {
  return {
    'role.get': () => roles.state(),

    'role.elevate': async (payload) => {
      const pin = pinOf(payload);
      const record = await roles.pin();
      if (!record) return roles.state();
      const wait = await throttle.waitMs();
      if (wait > 0) throw new AppError('unlock_throttled', `Too many wrong PINs. Try again in ${Math.ceil(wait / 1000)} seconds.`, [{ field: 'pin', message: 'Wait before trying again.' }]);
      if (!(await pinMatches(pin, record))) {
        await throttle.failed();
        throw new AppError('wrong_pin', 'That manager PIN is not right.', [{ field: 'pin', message: 'That manager PIN is not right.' }]);
      }
      await throttle.succeeded();
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
      const problem = pinProblem(pin);
      if (problem) throw new AppError('validation', problem, [{ field: 'pin', message: problem }]);
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
