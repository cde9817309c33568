/** This till's name from the settings (the `tillName` setting of the till names), or null. */
import { tagValue } from '../../messaging/order-tags';

export function tillNameOf(settings: object): string | null {
  const name = (settings as { tillName?: unknown }).tillName;
  if (typeof name !== 'string') return null;
  const value = tagValue(name);
  return value === '' ? null : value;
}
