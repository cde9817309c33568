import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { PopupDayProps } from '../day/PopupDay';

/**
 * Close the day, fetched when the cashier first opens it: a dynamic import, so the
 * popup's first load carries none of it (the build keeps it a chunk of its own).
 */
export function DayLoader({ hidden, ...props }: PopupDayProps & { hidden: boolean }) {
  const [View, setView] = useState<ComponentType<PopupDayProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('../day/PopupDay').then((module) => setView(() => module.PopupDay), () => setFailed(true));
  }, []);
  return (
    <div hidden={hidden}>
      {View ? <View {...props} /> : failed ? <p role="alert">{t('day_load_failed')}</p> : <p role="status">{t('day_loading')}</p>}
    </div>
  );
}
