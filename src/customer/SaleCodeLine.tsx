import { saleCodeOf } from '../messaging/sale-code';
import type { Translate } from '../shared/catalogue';

/** "Sale #K7QX2M9P", as the cashier's popup shows it: customer and cashier talk about the same sale. Orders made elsewhere have none. */
export function SaleCodeLine({ reference, say }: { reference: string | null | undefined; say: Translate }) {
  const code = saleCodeOf(reference);
  return code ? <p class="sale-code">{say('order_sale_code', code)}</p> : null;
}
