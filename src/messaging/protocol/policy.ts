/** What the shop's IT set through the browser's managed policy, as the options page shows it. */
import type { LocalText } from '../../shared/local-text';
import type { SettingName } from '../../shared/settings-schema';

/** A policy value the till ignored, and why. */
export interface PolicyProblem {
  /** The policy key as written in the policy file. */
  key: string;
  text: LocalText;
}

export interface PolicyState {
  /** Settings whose value comes from the policy (read-only on the options page). */
  managed: SettingName[];
  /** "Lock settings": every setting is read-only; only the secret (and the passphrase) can be entered. */
  locked: boolean;
  /** The manager PIN comes from the policy. */
  pinManaged: boolean;
  problems: PolicyProblem[];
}

export interface PolicyMessages {
  'policy.get': { request: null; response: PolicyState };
}
