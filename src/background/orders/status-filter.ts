import type { BlockchainStatus } from '../../sdk';
import type { StatusFilter } from '../../messaging/protocol';

/**
 * The popup's filters as the API's blockchain statuses. `null` means no status
 * parameter (every order). A filter of several statuses is queried once per status
 * and the pages merged newest first (see orders-service.ts).
 */
export const FILTER_STATUSES: Readonly<Record<StatusFilter, readonly BlockchainStatus[] | null>> = {
  all: null,
  pending: ['pending', 'partial', 'mempool_unconfirmed', 'unconfirmed'],
  paid: ['paid'],
  expired: ['expired'],
  cancelled: ['cancelled'],
  dispute: ['network_dispute', 'mempool_network_dispute', 'possible_chargeback'],
  chargeback: ['chargeback'],
};

export function matchesFilter(filter: StatusFilter, status: BlockchainStatus): boolean {
  const statuses = FILTER_STATUSES[filter];
  return statuses === null || statuses.includes(status);
}
