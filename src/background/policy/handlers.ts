/**
 * The policy room's messages and rules: what the policy sets (for the options page), and the
 * guard that keeps a save or a test from changing what the policy owns, whatever a page sends.
 */
import type { PolicyMessages } from '../../messaging/protocol/policy';
import type { Handlers, HandlersFor } from '../../messaging/router';
import type { RoleTable } from '../roles/rules';
import { SETTINGS_DEFAULTS, type SettingName } from '../../shared/settings-schema';
import type { PolicySettingsStore } from './policy-settings-store';

export const policyRules = {
  'policy.get': 'anyone',
} satisfies RoleTable<keyof PolicyMessages>;

export function createPolicyHandlers(settings: Pick<PolicySettingsStore, 'policy'>): HandlersFor<keyof PolicyMessages> {
  return {
    'policy.get': async () => {
      const { managed, locked, pinManaged, problems } = await settings.policy();
      return { managed, locked, pinManaged, problems };
    },
  };
}

/** What a form may never change here: the managed settings, and with "lock settings" every one but the secret. */
const fixedNames = (managed: readonly SettingName[], locked: boolean): SettingName[] =>
  locked ? (Object.keys(SETTINGS_DEFAULTS) as SettingName[]).filter((name) => name !== 'secret') : [...managed];

/** Saves and tests carry the values in force for what the policy owns, whatever the form said. */
export function guardPolicy(handlers: Handlers, settings: Pick<PolicySettingsStore, 'policy'>): Handlers {
  const pinned = async <T extends object>(form: T): Promise<T> => {
    if (typeof form !== 'object' || form === null) return form;
    const { values, managed, locked } = await settings.policy();
    const out: Record<string, unknown> = { ...(form as Record<string, unknown>) };
    for (const name of fixedNames(managed, locked)) out[name] = values[name];
    return out as T;
  };
  return {
    ...handlers,
    'settings.save': async (form) => handlers['settings.save'](await pinned(form)),
    'settings.test': async (form) => handlers['settings.test'](await pinned(form)),
  };
}
