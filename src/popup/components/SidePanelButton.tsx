import { useMemo } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sidePanelAvailable, sidePanelOpener } from '../side-panel';

/** "Keep open in the side panel": the counter moves beside the page and stays while the cashier works. */
export function SidePanelButton() {
  const open = useMemo(() => (sidePanelAvailable() ? sidePanelOpener() : null), []);
  if (!open) return null;
  const label = t('popup_keep_open_side_panel');
  return (
    <button type="button" class="icon" aria-label={label} title={label} onClick={() => void open().catch(() => undefined)}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 2v12h10V6H4zm12 0v12h4V6h-4z" />
      </svg>
    </button>
  );
}
