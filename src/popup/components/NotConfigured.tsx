import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { openOptions } from './Header';

/** First run: nothing works until the options page has a client id and secret. */
export function NotConfigured() {
  return (
    <section class="not-configured" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('popup_setup_title')}</h2>
      <p>{t('popup_setup_text')}</p>
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
        {t('popup_open_settings')}
      </a>
    </section>
  );
}
