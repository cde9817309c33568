/**
 * Tags: who made a sale, carried to the server in the order's `details` so any till, the
 * day's close and a merchant's own server can tell (the API has no field for it).
 *
 * Format: the typed details (if any), then a trailing run of `[name:value]` tags, e.g.
 *   `Table 4 [till:Cassa 2][cashier:Anna][rest-of:#K7QX2M9P]`
 * Only the trailing run is read, so text a cashier types cannot pose as a tag: brackets in
 * typed details are turned into parentheses before the tags are appended. A tag value is
 * at most TAG_VALUE_MAX characters of anything but brackets and line breaks.
 */
import { isSaleCode } from './sale-code';

import { TAG_VALUE_MAX, tagValue } from '../shared/tag-value';

export { TAG_VALUE_MAX, tagValue };
/** The protocol's limit on `details`. */
export const DETAILS_MAX = 300;
const NAMES = ['till', 'cashier', 'rest-of'] as const;
type TagName = (typeof NAMES)[number];

export interface OrderTags {
  till?: string;
  cashier?: string;
  /** The sale code (without `#`) of the sale whose unpaid rest this order asks for. */
  restOf?: string;
}

const FIELD: Record<TagName, keyof OrderTags> = { till: 'till', cashier: 'cashier', 'rest-of': 'restOf' };
const TRAILING_TAGS = /(?:\s*\[(?:till|cashier|rest-of):[^[\]\r\n]{1,32}\])+\s*$/;
const ONE_TAG = /\[(till|cashier|rest-of):([^[\]\r\n]{1,32})\]/g;

function tagText(tags: OrderTags): string {
  let text = '';
  for (const name of NAMES) {
    const raw = tags[FIELD[name]];
    if (raw === undefined) continue;
    const value = name === 'rest-of' ? (isSaleCode(raw) ? `#${raw}` : '') : tagValue(raw);
    if (value !== '') text += `[${name}:${value}]`;
  }
  return text;
}

/**
 * The `details` to send: typed text (brackets neutralised) followed by the tags. The typed
 * text is shortened, never the tags, when both would pass the protocol's 300 characters.
 */
export function detailsWithTags(typed: string | null | undefined, tags: OrderTags): string | null {
  const tail = tagText(tags);
  let text = (typed ?? '').trim().replace(/\[/g, '(').replace(/\]/g, ')');
  const room = DETAILS_MAX - tail.length - (tail && text ? 1 : 0);
  if (text.length > room) text = text.slice(0, Math.max(0, room)).trimEnd();
  const joined = text && tail ? `${text} ${tail}` : text || tail;
  return joined === '' ? null : joined;
}

/** The tags an order's details carry (orders made elsewhere carry none). */
export function tagsOf(details: string | null | undefined): OrderTags {
  const tags: OrderTags = {};
  if (!details) return tags;
  const run = TRAILING_TAGS.exec(details)?.[0];
  if (!run) return tags;
  for (const [, name, value] of run.matchAll(ONE_TAG)) {
    const field = FIELD[name as TagName];
    const clean = value?.trim() ?? '';
    if (field === 'restOf') {
      const code = clean.startsWith('#') ? clean.slice(1) : '';
      if (isSaleCode(code)) tags.restOf = code;
    } else if (clean !== '') tags[field] = clean;
  }
  return tags;
}

/** The details as typed, without the tags. */
export function typedDetails(details: string | null | undefined): string | null {
  if (!details) return null;
  const text = details.replace(TRAILING_TAGS, '').trim();
  return text === '' ? null : text;
}
