/**
 * The settings store with the policy over it: `load()` gives the settings in force (managed >
 * local > default); `save()` writes this till's own values and never a managed one, so a value
 * later removed from the policy returns the local one.
 */
import { SettingsStore } from '../settings/settings-store';
import type { StoredSettings } from '../settings/settings';
import type { SettingName } from '../../shared/settings-schema';
import { resolvePolicy, type ResolvedPolicy } from './managed-policy';
import type { PolicySource } from './policy-source';

export class PolicySettingsStore extends SettingsStore {
  #source: PolicySource | undefined;

  /** Set once, right after construction (the base constructor's shape stays its own). */
  usePolicy(source: PolicySource): this {
    this.#source = source;
    return this;
  }

  /** The policy resolved against this till's own settings. */
  async policy(): Promise<ResolvedPolicy> {
    const local = await super.load();
    return resolvePolicy(await this.#source?.read(), local);
  }

  override async load(): Promise<StoredSettings> {
    const local = await super.load();
    const { values } = resolvePolicy(await this.#source?.read(), local);
    return { ...local, ...values };
  }

  /**
   * `next` is the settings in force after a change; managed values go back to the till's own
   * before writing. `secretFor` stays as computed: the secret is bound where it is really sent.
   */
  override async save(next: StoredSettings, options: { passphrase?: string } = {}): Promise<void> {
    const local = await super.load();
    const { managed } = resolvePolicy(await this.#source?.read(), local);
    const toWrite: Record<string, unknown> = { ...next };
    for (const name of managed) toWrite[name] = local[name satisfies SettingName];
    await super.save(toWrite as StoredSettings, options);
  }

  override invalidate(): void {
    this.#source?.invalidate();
    super.invalidate();
  }
}
