import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { shortcutRows, type ShortcutRow } from './shortcuts';

/** The keyboard shortcuts as the browser has them now (the cashier may have changed them), and the way to change them. */
export function ShortcutCard() {
  const [rows, setRows] = useState<ShortcutRow[] | null>(null);
  useEffect(() => {
    const commands = (browser as { commands?: typeof browser.commands }).commands;
    void commands
      ?.getAll()
      .then((all) => setRows(shortcutRows(all)))
      .catch(() => setRows([]));
  }, []);
  if (!rows?.length) return null;
  return (
    <section class="card" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('options_shortcut_heading')}</h2>
      <dl class="shortcuts">
        {rows.map((row) => (
          <div key={row.name}>
            <dt>{row.what}</dt>
            <dd>{row.keys ? <kbd>{row.keys}</kbd> : t('options_shortcut_none')}</dd>
          </div>
        ))}
      </dl>
      <p class="muted small">{t('options_shortcut_where')}</p>
      {changeShortcuts() ? (
        <button type="button" onClick={() => void changeShortcuts()?.().catch(() => undefined)}>
          {t('options_shortcut_change')}
        </button>
      ) : null}
    </section>
  );
}

/** Opens the browser's own shortcut settings: Firefox has a call for it; Chromium a page a tab may open. */
function changeShortcuts(): (() => Promise<unknown>) | null {
  const commands = (browser as { commands?: { openShortcutSettings?: () => Promise<void> } }).commands;
  if (commands?.openShortcutSettings) return () => commands.openShortcutSettings?.() ?? Promise.resolve();
  if ((globalThis as { chrome?: unknown }).chrome && !navigator.userAgent.includes('Firefox')) {
    return () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  }
  return null;
}
