import { formatNumber } from '../shared/format';
import { plural } from '../shared/i18n';

/**
 * The line above the list saying how many orders it holds. The server's total is from the
 * last refresh; orders made or seen since are added to the list without it, and offline the
 * total cannot be known, so it never claims fewer orders than are shown ("7 of 5").
 */
export function ordersCountText(loaded: number, totalItems: number | null, offline: boolean, matching: number | null): string {
  if (matching !== null) return plural('orders_count_matching', matching, formatNumber(loaded));
  if (offline) return plural('orders_count_offline', loaded);
  if (totalItems === null || totalItems < loaded) return plural('orders_count', loaded);
  return plural('orders_count_of', totalItems, formatNumber(loaded));
}
