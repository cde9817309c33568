/**
 * The secret without a passphrase: sealed by the device sealer, in its own `storage.local`
 * item (`local:secretSeal`), bound like a passphrase seal to the client id and the
 * mode|origin it may be sent to. The settings item itself only ever holds `secret: ''`.
 */
import { asDeviceSealed, deviceSealer, type DeviceSealed, type DeviceSealer } from './device-sealer';
import type { StoredItem } from '../platform/storage-items';
import type { SealContext } from './sealed-secret';

const purpose = ({ clientId, secretFor }: SealContext) => `webpos-counter/secret/device/v1\u0000${clientId}\u0000${secretFor}`;

export class SecretAtRest {
  readonly #item: StoredItem<DeviceSealed | null>;
  readonly #sealer: DeviceSealer;

  constructor(item: StoredItem<DeviceSealed | null>, sealer: DeviceSealer = deviceSealer()) {
    this.#item = item;
    this.#sealer = sealer;
  }

  /** The secret, or null when none is kept or it does not open for `context` (edited storage, another profile). */
  async read(context: SealContext): Promise<string | null> {
    const sealed = asDeviceSealed(await this.#item.getValue());
    return sealed ? this.#sealer.open(sealed, purpose(context)) : null;
  }

  async has(): Promise<boolean> {
    return (await this.#item.getValue()) != null;
  }

  /** Keeps `secret` sealed for `context` ('' keeps none). */
  async write(secret: string, context: SealContext): Promise<void> {
    if (secret === '') return this.remove();
    await this.#item.setValue(await this.#sealer.seal(secret, purpose(context)));
  }

  async remove(): Promise<void> {
    await this.#item.removeValue();
  }
}
