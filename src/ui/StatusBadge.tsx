import type { PaymentOrderState } from '../sdk';
import { statusLabel } from '../shared/status';

export function StatusBadge({ state }: { state: Pick<PaymentOrderState, 'blockchain_status'> }) {
  return statusBadge(state);
}

/** The badge as plain markup, for lists that draw many at once without a component each. */
export function statusBadge(state: Pick<PaymentOrderState, 'blockchain_status'>) {
  const label = statusLabel(state);
  return (
    <span class="badge" data-tone={label.tone} title={label.description}>
      {label.word}
    </span>
  );
}
