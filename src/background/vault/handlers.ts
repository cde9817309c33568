/**
 * The passphrase's messages: unlock for this browser session, lock now, change it,
 * remove it. Changing and removing need the current passphrase even while unlocked,
 * so someone walking up to an unlocked till cannot take the vault over.
 */
import type { VaultMessages } from '../../messaging/protocol';
import type { Handler } from '../../messaging/router';
import type { RoleTable } from '../roles/rules';
import { AppError, fieldIssue, problem } from '../platform/errors';
import { text } from '../../shared/local-text';
import { toPublic, type StoredSettings } from '../settings/settings';
import { sealContext, type SettingsStore } from '../settings/settings-store';
import type { Keyring } from './keyring';
import { keyFor, open, passphraseProblem, type UnlockedKey } from './sealed-secret';
import type { UnlockThrottle } from './unlock-throttle';

export interface VaultDeps {
  settings: SettingsStore;
  keyring: Keyring;
  throttle: UnlockThrottle;
  /** The client, the token and everything built from the secret must be dropped. */
  onLockChanged: () => Promise<void>;
  rememberSecret: (secret: string) => void;
}

type VaultHandlers = {
  'vault.unlock': Handler<'vault.unlock'>;
  'vault.lock': Handler<'vault.lock'>;
  'vault.change': Handler<'vault.change'>;
  'vault.remove': Handler<'vault.remove'>;
};

/** Unlocking and locking are for anyone at the till; changing or removing the passphrase is the manager's. */
export const vaultRules = {
  'vault.unlock': 'anyone',
  'vault.lock': 'anyone',
  'vault.change': 'manager',
  'vault.remove': 'manager',
} satisfies RoleTable<keyof VaultMessages>;

function passphraseOf(payload: unknown, key: string): string {
  const value = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string' || value === '') {
    const why = problem('vault_enter_passphrase');
    throw new AppError('validation', why.text, [fieldIssue(key, why)]);
  }
  return value;
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export function createVaultHandlers(deps: VaultDeps): VaultHandlers {
  const { settings, keyring, throttle } = deps;

  /** The key and secret of the current passphrase; refused (and counted) when it is wrong. */
  const proveCurrent = async (passphrase: string, field: string): Promise<{ stored: StoredSettings; key: UnlockedKey; secret: string }> => {
    const stored = await settings.loadStored();
    const { vault } = stored;
    if (!vault) throw new AppError('no_passphrase', text('vault_none_set'));
    const tried = await throttle.attempt(async () => {
      const key = await keyFor(passphrase, vault);
      const secret = await open(key, vault, sealContext(stored));
      return secret === null ? null : { key, secret };
    });
    if (tried.kind === 'throttled') {
      const s = seconds(tried.waitMs);
      throw new AppError('unlock_throttled', text('vault_throttled', s), [
        fieldIssue(field, problem('vault_wait', s)),
      ]);
    }
    if (tried.kind === 'wrong') {
      const why =
        tried.waitMs > 0
          ? problem('vault_wrong_wait', seconds(tried.waitMs))
          : problem('vault_wrong');
      throw new AppError('wrong_passphrase', why.text, [fieldIssue(field, why)]);
    }
    const { key, secret } = tried.value;
    deps.rememberSecret(secret);
    return { stored, key, secret };
  };

  const answer = async () => {
    settings.invalidate();
    await deps.onLockChanged();
    return toPublic(await settings.load());
  };

  return {
    'vault.unlock': async (payload) => {
      const { key } = await proveCurrent(passphraseOf(payload, 'passphrase'), 'passphrase');
      await keyring.set(key);
      return answer();
    },

    'vault.lock': async () => {
      await keyring.clear();
      return answer();
    },

    'vault.change': async (payload) => {
      const next = passphraseOf(payload, 'next');
      const why = passphraseProblem(next);
      if (why) throw new AppError('validation', why.text, [fieldIssue('next', why)]);
      const { stored, secret } = await proveCurrent(passphraseOf(payload, 'current'), 'current');
      await settings.save({ ...stored, secret }, { passphrase: next });
      return answer();
    },

    'vault.remove': async (payload) => {
      const { stored, secret } = await proveCurrent(passphraseOf(payload, 'current'), 'current');
      await settings.save({ ...stored, secret, vault: null });
      await keyring.clear();
      return answer();
    },
  };
}
