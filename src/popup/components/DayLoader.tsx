import { t } from '../../shared/i18n';
import type { PopupDayProps } from '../day/PopupDay';
import { lazyPart } from '../lazy/lazy-part';

/**
 * Close the day, fetched when the cashier first opens it (not with the other parts after the
 * first frame): a dynamic import, so the popup's first load carries none of it.
 */
const dayView = lazyPart('close-of-day', () => import('../day/PopupDay').then((module) => module.PopupDay), {
  loading: () => <p role="status">{t('day_loading')}</p>,
  failed: () => <p role="alert">{t('day_load_failed')}</p>,
});

export function DayLoader({ hidden, ...props }: PopupDayProps & { hidden: boolean }) {
  return (
    <div hidden={hidden}>
      <dayView.View {...props} />
    </div>
  );
}
