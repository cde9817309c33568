/**
 * The products a manager keeps for the touch counter (name, price, optional emoji): their
 * limits and how a typed one is checked. Prices are exact decimals ("2.50"), summed in
 * whole cents, never in floating point. Plain code: the worker and every page read it.
 */
import type { MessageKey } from './i18n';

export const ITEM_LIMITS = { maxItems: 24, nameMax: 32, maxPriceCents: 1_000_000 } as const;

export interface Item {
  name: string;
  /** Two decimals, dot: "2.50". */
  price: string;
  emoji?: string;
}

/** What a manager typed into the items card, before it is checked. */
export interface TypedItem {
  name: string;
  price: string;
  emoji: string;
}

export type ItemField = keyof TypedItem;

/** One refused field of one item: a catalogue key and its parameters. */
export interface ItemProblem {
  field: ItemField;
  key: MessageKey;
  params: (string | number)[];
}

const PRICE = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

/** "2,5", "2.50", "2" → cents; null when it is not a plain positive amount with at most two decimals. */
export function priceCents(typed: string): number | null {
  const match = PRICE.exec(typed.trim());
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > 0 && cents <= ITEM_LIMITS.maxPriceCents ? cents : null;
}

/** 250 → "2.50". */
export function centsToPrice(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function graphemes(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

/** Letters, digits and symbols count; an emoji is one picture, not text. */
const NOT_A_PICTURE = /[\p{L}\p{N}\p{P}\s]/u;

/** Why a typed item cannot be kept, field by field (empty when it can). */
export function itemProblems(item: TypedItem): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const name = item.name.trim();
  if (name === '') problems.push({ field: 'name', key: 'items_name_empty', params: [] });
  else if ([...name].length > ITEM_LIMITS.nameMax) problems.push({ field: 'name', key: 'items_name_too_long', params: [ITEM_LIMITS.nameMax] });
  if (priceCents(item.price) === null) problems.push({ field: 'price', key: 'items_price_invalid', params: [] });
  const emoji = item.emoji.trim();
  if (emoji !== '' && (graphemes(emoji) !== 1 || NOT_A_PICTURE.test(emoji.replace(/[\uFE0F\u200D]/g, '')))) {
    problems.push({ field: 'emoji', key: 'items_emoji_single', params: [] });
  }
  return problems;
}

/** The item to keep from a typed one that passed `itemProblems`. */
export function itemFromTyped(item: TypedItem): Item {
  const emoji = item.emoji.trim();
  const out: Item = { name: item.name.trim(), price: centsToPrice(priceCents(item.price) ?? 0) };
  return emoji ? { ...out, emoji } : out;
}

export function typedFromItem(item: Item): TypedItem {
  return { name: item.name, price: item.price, emoji: item.emoji ?? '' };
}

function isItemShape(value: unknown): value is { name: unknown; price: unknown; emoji?: unknown } {
  return typeof value === 'object' && value !== null && 'name' in value && 'price' in value;
}

/** Why a list of items (from a form or a policy: anything) cannot be stored, or null. */
export function itemsListProblem(value: unknown): { key: MessageKey; params: (string | number)[] } | null {
  if (!Array.isArray(value)) return { key: 'items_list_invalid', params: [] };
  if (value.length > ITEM_LIMITS.maxItems) return { key: 'items_over_limit', params: [ITEM_LIMITS.maxItems] };
  for (const [index, entry] of value.entries()) {
    if (!isItemShape(entry) || typeof entry.name !== 'string' || typeof entry.price !== 'string') return { key: 'items_list_invalid', params: [] };
    const emoji = typeof entry.emoji === 'string' ? entry.emoji : '';
    const first = itemProblems({ name: entry.name, price: entry.price, emoji })[0];
    if (first) return { key: 'items_item_invalid', params: [index + 1, entry.name.trim() || '—'] };
  }
  return null;
}
