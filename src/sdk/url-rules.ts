import * as v from 'valibot';
import { MAX_TEXT_LENGTH } from './constants';
import { rule } from './rules';

export const isHttpsUrl = (s: string): boolean => /^https:\/\/[^\s/?#]+\S*$/.test(s) && URL.canParse(s);

const LOOPBACK_HTTP = /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?(?:[/?#]\S*)?$/i;
/** Plain http to this machine, e.g. `http://127.0.0.1:4242/webhooks`. */
export const isLoopbackHttpUrl = (s: string): boolean => LOOPBACK_HTTP.test(s) && URL.canParse(s);

/**
 * The callback URL: https:// in live mode; sandbox mode also takes plain http on loopback
 * (127.0.0.1, localhost, [::1]), so a receiver on the developer's own machine gets callbacks.
 */
export function callbackUrl(mode: 'sandbox' | 'live') {
  const loopbackOk = mode === 'sandbox';
  const message = loopbackOk
    ? 'Must be an https:// URL, or http://127.0.0.1 or http://localhost (sandbox mode)'
    : 'Must be an https:// URL (http://127.0.0.1 and http://localhost work in sandbox mode only)';
  return v.pipe(
    v.string(),
    rule<string>('https_url', (s) => isHttpsUrl(s) || (loopbackOk && isLoopbackHttpUrl(s)), message),
    v.maxLength(MAX_TEXT_LENGTH, `Must be at most ${MAX_TEXT_LENGTH} characters`),
  );
}

