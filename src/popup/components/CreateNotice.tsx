import { errorText, type WireError } from '../../messaging/result';
import { t } from '../../shared/i18n';
import { ErrorBox } from '../../ui/ErrorBox';

/** The heading a failed create gets: "not created" only when that is certain. */
export function failureTitle(code: string): string {
  switch (code) {
    case 'create_held':
      return t('create_failure_held');
    case 'create_ended':
      return t('create_failure_ended');
    case 'created_not_loaded':
      return t('create_failure_not_loaded');
    case 'create_forgotten':
      return t('create_failure_forgotten');
    default:
      return t('create_failure_not_created');
  }
}

interface CreateNoticeProps {
  /** The create's outcome is unknown: it is being checked. */
  unsure: WireError | null;
  failure: WireError | null;
  onShowOrders: () => void;
}

/** What became of the last press of Create, above the form so it is seen without scrolling. */
export function CreateNotice({ unsure, failure, onShowOrders }: CreateNoticeProps) {
  if (unsure) {
    return (
      <section class="unsure" role="status" aria-labelledby="unsure-title">
        <h2 id="unsure-title" class="unsure-title">
          {t('create_unsure_title')}
        </h2>
        <p>{errorText(unsure)}</p>
        <p class="small">{t('create_unsure_hint')}</p>
        <button type="button" onClick={onShowOrders}>
          {t('create_look_at_orders')}
        </button>
      </section>
    );
  }
  if (!failure) return null;
  return (
    <>
      <ErrorBox error={failure} title={failureTitle(failure.code)} />
      {failure.code === 'create_held' || failure.code === 'create_forgotten' ? (
        <button type="button" onClick={onShowOrders}>
          {t('create_look_at_orders')}
        </button>
      ) : null}
    </>
  );
}
