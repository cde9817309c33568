/**
 * One refresh of a list from the API at a time per filter, shared by whoever asks
 * meanwhile: the New order tab's strip and the Orders tab both refresh "All" when they
 * open, and the second would only fetch the same first page again.
 */
import type { OrderListView, StatusFilter } from '../messaging/protocol';
import type { Result } from '../messaging/result';
import { send } from '../messaging/send';

const inFlight = new Map<StatusFilter, Promise<Result<OrderListView>>>();

export function refreshList(filter: StatusFilter): Promise<Result<OrderListView>> {
  let pending = inFlight.get(filter);
  if (!pending) {
    pending = send('orders.refresh', { filter }).finally(() => inFlight.delete(filter));
    inFlight.set(filter, pending);
  }
  return pending;
}
