/** Which status change of an order deserves which sound. */
import type { BlockchainStatus } from '../../sdk';
import type { OrderRow } from '../../messaging/protocol';
import type { SoundName } from '../../shared/sound';

/**
 * The states that need the cashier's eyes: the customer did not pay (expired), paid too
 * little (partial), or the payment is in doubt (disputes, chargeback). A cancel is left
 * out: on this till it is the cashier's own act, and no one needs telling.
 */
const ALERT_STATUSES: ReadonlySet<BlockchainStatus> = new Set([
  'expired',
  'partial',
  'network_dispute',
  'mempool_network_dispute',
  'possible_chargeback',
  'chargeback',
]);

/** The sound for an order made here reaching a new state, or null (another till's order, no news). */
export function soundFor(before: OrderRow, after: OrderRow): SoundName | null {
  if (!after.createdHere || before.uuid !== after.uuid) return null;
  if (before.blockchain_status === after.blockchain_status) return null;
  if (after.blockchain_status === 'paid') return 'paid';
  return ALERT_STATUSES.has(after.blockchain_status) ? 'alert' : null;
}
