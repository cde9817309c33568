import browser from 'webextension-polyfill';
import { formatText } from '../../shared/local-text';
import type { Health, PublicSettings } from '../../messaging/protocol';
import { formatDateTime } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { Layout } from '../layout';
import { SidePanelButton } from './SidePanelButton';

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

function healthText(health: Health): { word: string; tone: string; title: string } | null {
  switch (health.state) {
    case 'ok':
      return { word: t('popup_health_online'), tone: 'ok', title: t('popup_health_online_title') };
    case 'unreachable': {
      const since = health.since ? t('popup_health_unreachable_since', formatDateTime(new Date(health.since).toISOString())) : t('popup_health_unreachable');
      return { word: t('popup_health_offline'), tone: 'bad', title: `${since} ${health.message ? formatText(health.message) : ''}`.trim() };
    }
    case 'unauthorized':
      return { word: t('popup_health_unauthorized'), tone: 'bad', title: health.message ? formatText(health.message) : t('popup_health_unauthorized_title') };
    default:
      return null;
  }
}

/** Who is at the till: one click opens the chooser. Null when the shop keeps no cashiers. */
export interface HeaderCashier {
  name: string | null;
  onChange: () => void;
}

interface HeaderProps {
  settings: PublicSettings | null;
  health: Health | null;
  layout: Layout;
  onLock?: () => void;
  cashier?: HeaderCashier | null;
}

/** Title, mode, connection health, the cashier and the way to the settings, on one line. */
export function Header({ settings, health, layout, onLock, cashier }: HeaderProps) {
  const state = health ? healthText(health) : null;
  const cashierTitle = cashier?.name ? t('cashier_title', cashier.name) : t('cashier_choose_title');
  return (
    <header class="top">
      <h1 title={t('ext_name')}>{t('ext_name')}</h1>
      {settings?.configured && settings.mode === 'sandbox' ? (
        <span class="mode" title={t('popup_mode_sandbox_title')}>
          {t('popup_mode_sandbox')}
        </span>
      ) : null}
      {state ? (
        <span class="health" data-tone={state.tone} title={state.title}>
          <span class="dot" aria-hidden="true" />
          {state.word}
          <span class="visually-hidden">: {state.title}</span>
        </span>
      ) : null}
      {cashier ? (
        <button type="button" class="cashier" title={cashierTitle} aria-label={cashierTitle} onClick={cashier.onChange}>
          {cashier.name ?? t('cashier_choose')}
        </button>
      ) : null}
      {settings?.vault === 'unlocked' && onLock ? (
        <button type="button" class="icon" aria-label={t('popup_lock')} title={t('popup_lock_title')} onClick={onLock}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 0 1 6 0v3H9z" />
          </svg>
        </button>
      ) : null}
      {layout === 'popup' ? <SidePanelButton /> : null}
      <button type="button" class="icon" aria-label={t('common_settings')} title={t('common_settings')} onClick={openOptions}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M19.14 12.94a7.07 7.07 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2h-3.84a.5.5 0 0 0-.5.42l-.36 2.54a7 7 0 0 0-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.66 8.48a.5.5 0 0 0 .12.64l2.03 1.58a7.07 7.07 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32a.5.5 0 0 0 .6.22l2.39-.96c.5.39 1.05.71 1.63.94l.36 2.54a.5.5 0 0 0 .5.42h3.84a.5.5 0 0 0 .5-.42l.36-2.54a7 7 0 0 0 1.63-.94l2.39.96a.5.5 0 0 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z"
          />
        </svg>
      </button>
    </header>
  );
}
