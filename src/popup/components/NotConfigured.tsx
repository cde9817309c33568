import browser from 'webextension-polyfill';
import { openOptions } from './Header';

/** First run: nothing works until the options page has a client id and secret. */
export function NotConfigured() {
  return (
    <section class="not-configured" aria-labelledby="setup-title">
      <h2 id="setup-title">Connect your WebPOS account</h2>
      <p>
        WebPOS Counter needs your Chainside Pay WebPOS client id and secret before it can create orders. Enter them
        once on the settings page; the secret stays in this browser.
      </p>
      <a
        class="button primary"
        href={browser.runtime.getURL('src/options/index.html')}
        target="_blank"
        rel="noopener"
        onClick={(e) => {
          e.preventDefault();
          openOptions();
        }}
      >
        Open settings
      </a>
    </section>
  );
}
