/**
 * Every setting in one place: what storage holds and its default (`SETTINGS_SCHEMA`, with
 * valibot), and how a submitted form is checked, saved and shown in the options form
 * (`RULES`). The worker and the options page both read it, so it stays plain code: no
 * SDK index, no extension APIs.
 *
 * Adding a setting: one entry in `SETTINGS_SCHEMA` and one in `RULES` here (the compiler
 * asks for the second), its words in the catalogues, and its field in an options card.
 */
import * as v from 'valibot';
import { MODES } from '../sdk/constants';
import { insecureForLive } from './hosts';
import { TAG_VALUE_MAX, tagValue } from './tag-value';
import { itemFromTyped, itemsListProblem, typedFromItem, type Item } from './items';
import type { MessageKey, MessageParams } from './i18n';
import { text, type LocalText } from './local-text';

/** Languages the customer display can speak: those of `_locales`, or the till's own ('auto'). */
export const CUSTOMER_LANGUAGES = ['auto', 'en', 'it'] as const;
export type CustomerLanguage = (typeof CUSTOMER_LANGUAGES)[number];

/** When New order shows the on-screen keypad: on touch screens ('auto'), always, or never. */
export const KEYPAD_CHOICES = ['auto', 'on', 'off'] as const;
export type KeypadChoice = (typeof KEYPAD_CHOICES)[number];

const ITEM_SCHEMA = v.object({ name: v.string(), price: v.string(), emoji: v.optional(v.string()) });

/** The bounds the worker holds a form to, and the options page offers. */
export const SETTINGS_LIMITS = {
  clientIdMax: 200,
  secretMax: 500,
  timeoutSeconds: { min: 1, max: 120 },
  pollIntervalSeconds: { min: 5, max: 3600 },
  shopNameMax: 80,
} as const;

/** At most this many cashier names in the list. */
export const CASHIERS_MAX = 50;

/** The cashier list as kept: names cleaned as a tag carries them, blanks and repeats dropped. */
export function cashierList(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const clean = tagValue(name);
    if (clean !== '' && !out.includes(clean)) out.push(clean);
  }
  return out.slice(0, CASHIERS_MAX);
}

const finiteNumber = v.pipe(v.number(), v.finite());

/** The settings as stored. A missing or damaged value reads as its fallback, field by field. */
export const SETTINGS_SCHEMA = v.object({
  mode: v.fallback(v.picklist(MODES), 'sandbox'),
  clientId: v.fallback(v.string(), ''),
  /** The secret itself (never blank-means-keep once stored); pages never see it. */
  secret: v.fallback(v.string(), ''),
  /** Blank means the mode's own host. */
  baseUrl: v.fallback(v.string(), ''),
  timeoutSeconds: v.fallback(finiteNumber, 10),
  pollIntervalSeconds: v.fallback(finiteNumber, 30),
  notifications: v.fallback(v.boolean(), true),
  /** A sound on this computer when an order made here is paid (another when it expires or fails). */
  sound: v.fallback(v.boolean(), true),
  /** The language of the customer display; 'auto' is the till's own UI language. */
  customerLanguage: v.fallback(v.picklist(CUSTOMER_LANGUAGES), 'auto'),
  // --- Close of day and receipts (issue 24 point 5) ---
  /** The shop's name printed on the customer's receipt; blank: none. */
  shopName: v.fallback(v.string(), ''),
  // ---- Till and cashier (issue 24; `till/` in the worker) ----
  /** This browser profile's till, carried on each order it makes as `[till:…]` ('' for none). */
  tillName: v.fallback(v.string(), ''),
  /** The manager asks for a till name before the first sale. */
  tillNameRequired: v.fallback(v.boolean(), false),
  /** The names a cashier picks from at the start of a shift. */
  cashiers: v.fallback(v.array(v.string()), [] as string[]),
  /** A cashier may type a name not on the list. */
  cashierFreeText: v.fallback(v.boolean(), false),
  // ---- end till ----
  // ---- keypad (issue 25 point 4): the touch keypad and the items of the cart ----
  keypad: v.fallback(v.picklist(KEYPAD_CHOICES), 'auto'),
  /** Up to 24 products the cashier taps into a cart (`shared/items.ts` checks them). */
  items: v.fallback(v.array(ITEM_SCHEMA), [] as Item[]),
  // ---- end keypad ----
});

export type SettingsValues = v.InferOutput<typeof SETTINGS_SCHEMA>;
export type SettingName = keyof SettingsValues;

export const SETTINGS_DEFAULTS: Readonly<SettingsValues> = Object.freeze(v.getFallbacks(SETTINGS_SCHEMA));

/** Reads whatever is stored, each field falling back to its default (a damaged value never crashes). */
export function normalizeSettings(raw: unknown): SettingsValues {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return v.parse(SETTINGS_SCHEMA, record);
}

/** Why a submitted value is refused: a catalogue key (the worker adds its English for logs). */
export interface SettingsProblem {
  text: LocalText;
}

/** One refused field, named as the form names it (the shape of the wire's `FieldIssue`). */
export interface SettingsIssue extends SettingsProblem {
  field: SettingName;
}

export function settingsProblem(key: MessageKey, ...params: MessageParams): SettingsProblem {
  return { text: text(key, ...params) };
}

const tooLong = (max: number) => settingsProblem('settings_max_chars', max);

/** What only the worker knows while checking a form: the secret on file, which a blank secret keeps. */
export interface SettingsCheckContext {
  hasSavedSecret: boolean;
  /** Why the saved secret may not go to this mode and address, or null when it may. */
  savedSecretRefused(form: { mode: SettingsValues['mode']; baseUrl: string }): SettingsProblem | null;
}

/** How one setting travels from the options form to storage. */
interface Rule<T> {
  /** Why the submitted value (it crossed the message boundary: anything) is refused, or null. */
  check(value: unknown, form: Partial<Record<SettingName, unknown>>, context: SettingsCheckContext): SettingsProblem | null;
  /** The value to store from a valid submitted one; `saved` is the value stored before. */
  save?(value: T, saved: T): T;
  /** The form trims what is typed before sending it. */
  trimmed?: true;
}

type Rules = { [K in SettingName]: Rule<SettingsValues[K]> };

const secondsRule = (key: 'timeoutSeconds' | 'pollIntervalSeconds'): Rule<number> => ({
  check: (value) => {
    const { min, max } = SETTINGS_LIMITS[key];
    const inRange = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
    return inRange ? null : settingsProblem('settings_seconds_range', min, max);
  },
});

const choiceRule = <T>(options: readonly T[], refused: SettingsProblem): Rule<T> => ({
  check: (value) => (options.includes(value as T) ? null : refused),
});

const isMode = (value: unknown): value is SettingsValues['mode'] => (MODES as readonly unknown[]).includes(value);

/** Normalizes a base URL to origin + path without trailing slashes; '' stays ''. Throws on an invalid URL. */
export function normalizeBaseUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const url = new URL(trimmed);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function baseUrlProblem(value: string, mode: SettingsValues['mode']): SettingsProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return settingsProblem('settings_url_invalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return settingsProblem('settings_url_scheme');
  if (url.username || url.password) return settingsProblem('settings_url_credentials');
  if (url.search || url.hash) return settingsProblem('settings_url_query');
  if (insecureForLive(mode, value)) {
    return settingsProblem('settings_url_live_https',
    );
  }
  return null;
}

const enterSecret = () => settingsProblem('settings_enter_secret');

/** In the order the form shows them, which is the order of a form's issues. */
const RULES: Rules = {
  mode: {
    check: (value) => (isMode(value) ? null : settingsProblem('settings_choose_mode')),
  },
  clientId: {
    check: (value) => {
      if (typeof value !== 'string' || value.trim() === '') return settingsProblem('settings_enter_client_id');
      if (value.trim().length > SETTINGS_LIMITS.clientIdMax) return tooLong(SETTINGS_LIMITS.clientIdMax);
      if (value.includes(':')) return settingsProblem('settings_client_id_colon');
      return null;
    },
    save: (value) => value.trim(),
    trimmed: true,
  },
  secret: {
    check: (value, form, context) => {
      if (typeof value !== 'string') return enterSecret();
      if (value === '') {
        if (!context.hasSavedSecret) return enterSecret();
        return isMode(form.mode) && typeof form.baseUrl === 'string' ? context.savedSecretRefused({ mode: form.mode, baseUrl: form.baseUrl }) : null;
      }
      // The SDK refuses a secret of only spaces; say so here, by the field.
      if (value.trim() === '') return settingsProblem('settings_secret_blank');
      return value.length > SETTINGS_LIMITS.secretMax ? tooLong(SETTINGS_LIMITS.secretMax) : null;
    },
    save: (value, saved) => (value === '' ? saved : value),
  },
  baseUrl: {
    check: (value, form) => {
      if (typeof value !== 'string') return settingsProblem('settings_enter_url');
      return value.trim() === '' ? null : baseUrlProblem(value.trim(), form.mode === 'live' ? 'live' : 'sandbox');
    },
    save: normalizeBaseUrl,
    trimmed: true,
  },
  timeoutSeconds: secondsRule('timeoutSeconds'),
  pollIntervalSeconds: secondsRule('pollIntervalSeconds'),
  notifications: {
    check: (value) => (typeof value === 'boolean' ? null : settingsProblem('settings_notifications_choice')),
  },
  sound: choiceRule([true, false], settingsProblem('settings_sound_choice')),
  customerLanguage: choiceRule(CUSTOMER_LANGUAGES, settingsProblem('settings_customer_language_choice')),
  // --- Close of day and receipts (issue 24 point 5) ---
  shopName: {
    check: (value) => {
      if (typeof value !== 'string') return settingsProblem('settings_shop_name_text');
      return value.trim().length > SETTINGS_LIMITS.shopNameMax ? tooLong(SETTINGS_LIMITS.shopNameMax) : null;
    },
    save: (value) => value.replace(/\s+/g, ' ').trim(),
    trimmed: true,
  },
  // ---- Till and cashier (issue 24) ----
  tillName: {
    // Required and blank may be saved (a profile prepared for any till): the popup then refuses to sell and says why.
    check: (value) => {
      if (typeof value !== 'string') return settingsProblem('settings_till_name_invalid');
      if (value.trim().length > TAG_VALUE_MAX) return tooLong(TAG_VALUE_MAX);
      return /[[\]\r\n]/.test(value) ? settingsProblem('settings_till_name_invalid') : null;
    },
    save: (value) => tagValue(value),
    trimmed: true,
  },
  tillNameRequired: choiceRule([true, false], settingsProblem('settings_till_name_invalid')),
  cashiers: {
    check: (value) => {
      if (!Array.isArray(value) || value.length > CASHIERS_MAX || !value.every((name) => typeof name === 'string')) {
        return settingsProblem('settings_cashiers_invalid', CASHIERS_MAX);
      }
      const names: readonly unknown[] = value;
      const long = names.some((name) => typeof name === 'string' && (name.trim().length > TAG_VALUE_MAX || /[[\]]/.test(name)));
      return long ? settingsProblem('settings_cashier_name_invalid', TAG_VALUE_MAX) : null;
    },
    save: (value) => cashierList(value),
  },
  cashierFreeText: choiceRule([true, false], settingsProblem('settings_cashiers_invalid', CASHIERS_MAX)),
  // ---- end till ----
  // ---- keypad (issue 25 point 4) ----
  keypad: choiceRule(KEYPAD_CHOICES, settingsProblem('settings_keypad_choice')),
  items: {
    check: (value) => {
      const problem = itemsListProblem(value);
      return problem ? settingsProblem(problem.key, ...problem.params) : null;
    },
    save: (value) => value.map((item) => itemFromTyped(typedFromItem(item))),
  },
  // ---- end keypad ----
};

const NAMES = Object.keys(RULES) as SettingName[];

/** A save must name these; any other setting a save leaves out keeps its saved value (older forms sent fewer). */
const REQUIRED_ON_SAVE = ['mode', 'clientId', 'secret', 'baseUrl', 'timeoutSeconds', 'pollIntervalSeconds', 'notifications'] as const satisfies readonly SettingName[];
type RequiredOnSave = (typeof REQUIRED_ON_SAVE)[number];
const keptWhenAbsent = (name: SettingName, value: unknown) => value === undefined && !(REQUIRED_ON_SAVE as readonly SettingName[]).includes(name);

/** Pages never see these: left out of the public settings, blank in a freshly shown form. */
const PRIVATE = ['secret'] as const satisfies readonly SettingName[];
type PrivateName = (typeof PRIVATE)[number];
const isPrivate = (name: SettingName) => (PRIVATE as readonly SettingName[]).includes(name);

/** What the options form submits (a blank secret keeps the stored one; see `RULES`). */
export type SettingsForm = Pick<SettingsValues, RequiredOnSave> & Partial<Omit<SettingsValues, RequiredOnSave>>;

/** The settings pages may see: every value but the secret. */
export type PublicValues = Omit<SettingsValues, PrivateName>;

export function publicValues(values: SettingsValues): PublicValues {
  const out: Partial<Record<SettingName, unknown>> = {};
  for (const name of NAMES) if (!isPrivate(name)) out[name] = values[name];
  return out as PublicValues;
}

/** Checks a submitted form: one issue per refused field, in the form's order. */
export function checkSettingsForm(form: unknown, context: SettingsCheckContext): SettingsIssue[] {
  const f: Partial<Record<SettingName, unknown>> = typeof form === 'object' && form !== null ? form : {};
  const issues: SettingsIssue[] = [];
  for (const field of NAMES) {
    const why = keptWhenAbsent(field, f[field]) ? null : RULES[field].check(f[field], f, context);
    if (why) issues.push({ field, ...why });
  }
  return issues;
}

/** The values to store from a form that passed `checkSettingsForm`. */
export function settingsFromForm(form: SettingsForm, saved: SettingsValues): SettingsValues {
  const out: Partial<Record<SettingName, unknown>> = {};
  for (const name of NAMES) {
    const rule = RULES[name] as Rule<unknown>;
    const value = (form as Partial<SettingsValues>)[name];
    out[name] = keptWhenAbsent(name, value) ? saved[name] : rule.save ? rule.save(value, saved[name]) : value;
  }
  return out as SettingsValues;
}

// ---- The options form: what a person types (numbers as text) ----

type AsTyped<T> = T extends number ? string : T;

/** The settings as the options form holds them while they are typed. */
export type SettingsFormValues = { [K in SettingName]: AsTyped<SettingsValues[K]> };

/** The form showing `values` (private settings start blank). */
export function formValuesOf(values: PublicValues): SettingsFormValues {
  const out: Partial<Record<SettingName, unknown>> = {};
  for (const name of NAMES) {
    const value = isPrivate(name) ? SETTINGS_DEFAULTS[name] : (values as Partial<SettingsValues>)[name];
    out[name] = typeof value === 'number' ? String(value) : value;
  }
  return out as SettingsFormValues;
}

export const FORM_DEFAULTS: Readonly<SettingsFormValues> = Object.freeze(formValuesOf(SETTINGS_DEFAULTS));

/** A number as typed; blank or garbage becomes NaN, which the worker refuses with the field named. */
function typedNumber(typed: string): number {
  return typed.trim() === '' ? Number.NaN : Number(typed.trim());
}

/** What the form sends: numbers read from their text, trimmed fields trimmed. */
export function formToSettings(values: SettingsFormValues): SettingsForm {
  const out: Partial<Record<SettingName, unknown>> = {};
  for (const name of NAMES) {
    const value = values[name];
    const numeric = typeof SETTINGS_DEFAULTS[name] === 'number';
    out[name] = numeric ? typedNumber(typeof value === 'string' ? value : '') : typeof value === 'string' && RULES[name].trimmed ? value.trim() : value;
  }
  return out as SettingsForm;
}
