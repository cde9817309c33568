/** How a till or cashier name is kept so an order's `details` can carry it as a tag (see `messaging/order-tags.ts`). */

export const TAG_VALUE_MAX = 32;

/** A value made safe to carry: trimmed, single-spaced, no brackets or line breaks, capped. */
export function tagValue(value: string): string {
  return value.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().slice(0, TAG_VALUE_MAX).trim();
}
