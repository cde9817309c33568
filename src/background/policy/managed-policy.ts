/**
 * The shop's managed policy (chrome.storage.managed / Firefox's policies.json) read against
 * this till's own settings: managed > local > default. A policy value of the wrong shape is
 * ignored, named with why, and the local value stays; it never throws.
 */
import * as v from 'valibot';
import { asPinRecord, type PinRecord } from '../roles/pin';
import type { PolicyProblem, PolicyState } from '../../messaging/protocol/policy';
import { text, type LocalText } from '../../shared/local-text';
import { checkSettingsForm, SETTINGS_DEFAULTS, settingsFromForm, type SettingName, type SettingsForm, type SettingsValues } from '../../shared/settings-schema';

/**
 * Policy keys that are settings, by the settings' own names. Some settings arrive with other
 * features (till, keypad): a key whose setting this build lacks is accepted and not applied.
 */
const SHAPES: Record<string, { schema: v.GenericSchema; why: LocalText }> = {
  mode: { schema: v.string(), why: text('settings_choose_mode') },
  baseUrl: { schema: v.string(), why: text('settings_enter_url') },
  clientId: { schema: v.string(), why: text('policy_expected_text') },
  tillName: { schema: v.string(), why: text('policy_expected_text') },
  tillNameRequired: { schema: v.boolean(), why: text('policy_expected_boolean') },
  customerLanguage: { schema: v.string(), why: text('settings_customer_language_choice') },
  notifications: { schema: v.boolean(), why: text('policy_expected_boolean') },
  sound: { schema: v.boolean(), why: text('policy_expected_boolean') },
  cashiers: { schema: v.array(v.pipe(v.string(), v.trim(), v.nonEmpty())), why: text('policy_expected_names') },
  cashierFreeText: { schema: v.boolean(), why: text('policy_expected_boolean') },
  items: {
    schema: v.array(v.strictObject({ name: v.pipe(v.string(), v.nonEmpty()), price: v.pipe(v.string(), v.regex(/^\d+(\.\d{1,2})?$/)), emoji: v.optional(v.string()) })),
    why: text('policy_expected_items'),
  },
  keypad: { schema: v.picklist(['auto', 'on', 'off']), why: text('policy_expected_keypad') },
  shopName: { schema: v.string(), why: text('policy_expected_text') },
};

export const LOCK_KEY = 'lockSettings';
export const PIN_KEY = 'managerPinHash';

/** `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`: a PinRecord on one line (npm run policy:pin-hash). */
export function pinHashLine(record: PinRecord): string {
  return `pbkdf2-sha256$${record.iterations}$${record.salt}$${record.hash}`;
}

export function pinRecordOf(line: string): PinRecord | null {
  const [scheme, iterations, salt, hash, ...rest] = line.trim().split('$');
  if (scheme !== 'pbkdf2-sha256' || rest.length > 0 || !salt || !hash || !/^\d+$/.test(iterations ?? '')) return null;
  return asPinRecord({ v: 1, salt, hash, iterations: Number(iterations) });
}

export interface ResolvedPolicy extends PolicyState {
  /** The settings in force: this till's own, with every valid managed value over them. */
  values: SettingsValues;
  pin: PinRecord | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasSetting = (key: string): key is SettingName => Object.hasOwn(SETTINGS_DEFAULTS, key);

/** Why each candidate is refused by the settings' own rules (a live URL must be https, …). */
function settingsIssues(candidates: Partial<Record<SettingName, unknown>>, local: SettingsValues): Map<SettingName, LocalText> {
  const form = { ...local, ...candidates, secret: 'set-on-this-till' };
  const context = { hasSavedSecret: true, savedSecretRefused: () => null };
  const issues = new Map<SettingName, LocalText>();
  for (const issue of checkSettingsForm(form, context)) if (issue.field in candidates) issues.set(issue.field, issue.text);
  return issues;
}

/** Resolves `raw` (whatever the browser handed over) against the till's `local` settings. */
export function resolvePolicy(raw: unknown, local: SettingsValues): ResolvedPolicy {
  const problems: PolicyProblem[] = [];
  const candidates: Partial<Record<SettingName, unknown>> = {};
  let locked = false;
  let pin: PinRecord | null = null;
  const policy = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push({ key: '*', text: text('policy_not_object') });

  for (const [key, value] of Object.entries(policy)) {
    if (key === LOCK_KEY) {
      if (typeof value === 'boolean') locked = value;
      else problems.push({ key, text: text('policy_expected_boolean') });
    } else if (key === PIN_KEY) {
      pin = typeof value === 'string' ? pinRecordOf(value) : null;
      if (!pin) problems.push({ key, text: text('policy_expected_pin_hash') });
    } else if (!Object.hasOwn(SHAPES, key)) {
      problems.push({ key, text: text('policy_unknown_key') });
    } else {
      const shape = SHAPES[key] as (typeof SHAPES)[string];
      const parsed = v.safeParse(shape.schema, value);
      if (!parsed.success) problems.push({ key, text: shape.why });
      else if (hasSetting(key)) candidates[key] = parsed.output;
    }
  }

  // The mode first: the address is checked against the mode in force (live needs https).
  if ('mode' in candidates) {
    const why = settingsIssues({ mode: candidates.mode }, local).get('mode');
    if (why) {
      problems.push({ key: 'mode', text: why });
      delete candidates.mode;
    }
  }
  const modeInForce = { ...local, ...(candidates.mode === undefined ? {} : { mode: candidates.mode as SettingsValues['mode'] }) };
  for (const [name, why] of settingsIssues(candidates, modeInForce)) {
    if (name === 'mode') continue;
    problems.push({ key: name, text: why });
    delete candidates[name];
  }

  // Each accepted value as a saved form would store it (URL normalized, text trimmed).
  const saved = settingsFromForm({ ...local, ...candidates, secret: '' } as SettingsForm, local);
  const managed = Object.keys(candidates) as SettingName[];
  const values = { ...local };
  for (const name of managed) (values as Record<SettingName, unknown>)[name] = saved[name];
  return { values, managed, locked, pinManaged: pin !== null, pin, problems };
}
