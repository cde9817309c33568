/**
 * Finds English catalogue text in a page rendered in another language: the "no English in
 * Italian" check of the screens e2e pass. Pure: the catalogues and the page's text come in.
 */

export type Messages = Record<string, { message: string }>;

/** One piece of English the translated page must not show. */
export interface Probe {
  key: string;
  /** The literal English text looked for (a whole message, or a fragment between placeholders). */
  text: string;
}

export interface Leak extends Probe {
  /** The page text around the match, for the failure message. */
  seenIn: string;
}

/** Fragments between placeholders shorter than this are too common to prove a leak. */
export const MIN_FRAGMENT_WORDS = 3;

/**
 * Words that are the same in every language (brand and technical names): a message made of
 * these alone is never a leak, whatever its translation says.
 */
const TECHNICAL_WORDS = new Set(
  [
    'WebPOS', 'Counter', 'Chainside', 'Pay', 'BTC', 'EUR', 'PIN', 'ID', 'URL', 'API', 'CSV', 'JSON', 'QR', 'HMAC',
    'SHA', 'curl', 'txid', 'uuid', 'Webhook', 'chainside-signature', 'Content-Type', 'Authorization', 'X-Request-Id',
  ].map((word) => word.toLowerCase()),
);

const PLACEHOLDER = /\$(?:[1-9]|[A-Za-z_][A-Za-z0-9_]*\$)/g;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const words = (text: string) => text.split(' ').filter((word) => /\p{L}/u.test(word));
const trimPunctuation = (text: string) => text.replace(/^[\s\p{P}\p{S}]+|[\s.,:;!?…—–-]+$/gu, '');

function isTechnical(text: string): boolean {
  return words(text).every((word) => TECHNICAL_WORDS.has(word.replace(/[^\p{L}\p{N}-]/gu, '').toLowerCase()));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text as a case-sensitive pattern that matches only whole words, spaces loosened. */
function wholeWords(text: string): RegExp {
  const body = text.split(' ').map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * What to look for: each English message that differs from its translation, whole when it has
 * no placeholders, else its literal fragments of at least MIN_FRAGMENT_WORDS words. Left out:
 * messages identical in both languages, purely technical ones, `ignoreKeys`, and any English
 * text the translated catalogue itself contains ("Sandbox" inside "Sandbox (prova)").
 */
export function englishProbes(english: Messages, translated: Messages, ignoreKeys: readonly string[] = []): Probe[] {
  const translatedTexts = Object.values(translated).map((entry) => normalise(entry.message));
  const probes: Probe[] = [];
  for (const [key, entry] of Object.entries(english)) {
    if (ignoreKeys.includes(key)) continue;
    const message = normalise(entry.message);
    if (message === normalise(translated[key]?.message ?? '')) continue;
    const pieces = message.split(PLACEHOLDER).map((piece) => trimPunctuation(normalise(piece)));
    const hasPlaceholders = pieces.length > 1;
    for (const text of pieces) {
      if (!/\p{L}/u.test(text) || isTechnical(text)) continue;
      if (hasPlaceholders && words(text).length < MIN_FRAGMENT_WORDS) continue;
      const pattern = wholeWords(text);
      if (translatedTexts.some((own) => pattern.test(own))) continue;
      probes.push({ key, text });
    }
  }
  return probes;
}

/** Every probe found in `pageText`, once per key and text, with where it was seen. */
export function findEnglishLeaks(pageText: string, probes: readonly Probe[]): Leak[] {
  const text = normalise(pageText);
  const leaks: Leak[] = [];
  for (const probe of probes) {
    const match = wholeWords(probe.text).exec(text);
    if (!match) continue;
    const from = Math.max(0, match.index - 30);
    const to = Math.min(text.length, match.index + match[0].length + 30);
    leaks.push({ ...probe, seenIn: `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}` });
  }
  return leaks;
}

/** One line per leak, naming the key to translate. */
export function describeLeaks(leaks: readonly Leak[]): string {
  return leaks.map((leak) => `${leak.key}: "${leak.text}" (seen in "${leak.seenIn}")`).join('\n');
}
