import type { WireError } from '../../messaging/result';
import { ErrorBox } from '../../ui/ErrorBox';

/** The heading a failed create gets: "not created" only when that is certain. */
export function failureTitle(code: string): string {
  switch (code) {
    case 'create_held':
      return 'Do not take payment yet: check this sale’s order';
    case 'create_ended':
      return 'The order was made, but has already ended';
    case 'created_not_loaded':
      return 'The order was made, but could not be shown';
    case 'create_forgotten':
      return 'Not known whether the order was made';
    default:
      return 'The order was not created';
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
          Not sure the order was made — checking…
        </h2>
        <p>{unsure.message}</p>
        <p class="small">Do not take a payment until this is settled. It updates by itself when WebPOS answers.</p>
        <button type="button" onClick={onShowOrders}>
          Look at the Orders list
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
          Look at the Orders list
        </button>
      ) : null}
    </>
  );
}
