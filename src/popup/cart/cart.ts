/**
 * The cart the cashier builds by tapping items: lines, quantities, a total in whole cents
 * (never floating point) and the reference that lists what was sold.
 */
import { priceCents, type Item } from '../../shared/items';

export const MAX_QUANTITY = 999;

export interface CartLine {
  item: Item;
  quantity: number;
}

/** Items are told apart by everything the cashier sees of them. */
export function lineKey(item: Item): string {
  return JSON.stringify([item.name, item.price, item.emoji ?? '']);
}

export function addItem(lines: readonly CartLine[], item: Item): CartLine[] {
  const key = lineKey(item);
  if (!lines.some((line) => lineKey(line.item) === key)) return [...lines, { item, quantity: 1 }];
  return changeQuantity(lines, key, 1);
}

/** Adds `delta` to a line's quantity; a line that reaches 0 leaves the cart. */
export function changeQuantity(lines: readonly CartLine[], key: string, delta: number): CartLine[] {
  return lines
    .map((line) => (lineKey(line.item) === key ? { ...line, quantity: Math.min(MAX_QUANTITY, line.quantity + delta) } : line))
    .filter((line) => line.quantity > 0);
}

export function removeLine(lines: readonly CartLine[], key: string): CartLine[] {
  return lines.filter((line) => lineKey(line.item) !== key);
}

export function cartCents(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + (priceCents(line.item.price) ?? 0) * line.quantity, 0);
}

const lineText = (line: CartLine) => `${line.quantity}× ${line.item.name}`;

/**
 * "2× Caffè, 1× Cornetto" in at most `max` characters: lines that do not fit are left out
 * and counted at the end ("… +3"), so the reference never breaks a name in half.
 */
export function cartSummary(lines: readonly CartLine[], max: number): string {
  const full = lines.map(lineText).join(', ');
  if (full.length <= max) return full;
  for (let kept = lines.length - 1; kept >= 0; kept--) {
    const rest = `… +${lines.length - kept}`;
    const head = lines.slice(0, kept).map(lineText).join(', ');
    const text = head ? `${head}, ${rest}` : rest;
    if (text.length <= max) return text;
  }
  return '';
}

/** The order's reference: the cart's lines, then what the cashier typed, within `max`. */
export function cartReference(lines: readonly CartLine[], typed: string, max: number): string {
  const separator = ' · ';
  if (typed === '') return cartSummary(lines, max);
  const room = max - typed.length - separator.length;
  const summary = room > 0 ? cartSummary(lines, room) : '';
  return summary ? `${summary}${separator}${typed}` : typed.slice(0, max);
}
