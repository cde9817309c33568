/** The passphrase's messages; each answers the settings as pages see them. */
import type { PublicSettings } from './settings';

export interface VaultMessages {
  'vault.unlock': { request: { passphrase: string }; response: PublicSettings };
  'vault.lock': { request: null; response: PublicSettings };
  'vault.change': { request: { current: string; next: string }; response: PublicSettings };
  'vault.remove': { request: { current: string }; response: PublicSettings };
}
