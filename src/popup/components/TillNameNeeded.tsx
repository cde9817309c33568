import { t } from '../../shared/i18n';
import { openOptions } from './Header';

/** The manager requires a till name and this till has none: the worker refuses to create, and this says where to fix it. */
export function TillNameNeeded() {
  return (
    <div class="error-box till-needed" role="alert">
      <p>{t('till_name_missing')}</p>
      <button type="button" class="link" onClick={openOptions}>
        {t('popup_open_settings')}
      </button>
    </div>
  );
}
