import { useAnnouncement } from '../announcer';

/** Present from the first paint, so assistive technology is already listening when an order turns Paid. */
export function LiveRegion() {
  const text = useAnnouncement();
  return (
    <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
