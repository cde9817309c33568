import { formatFiat } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { Item } from '../../shared/items';
import { MAX_REFERENCE } from '../order-form';
import { cartCents, cartReference, lineKey, MAX_QUANTITY } from './cart';
import type { Cart } from './useCart';

const priceOf = (cents: number) => formatFiat(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);

/** The manager's items as buttons, and the cart they build with its running total. */
export function ItemsCart({ items, cart, typedReference }: { items: readonly Item[]; cart: Cart; typedReference: string }) {
  return (
    <div class="items-cart">
      <div class="items" role="group" aria-label={t('cart_items_label')}>
        {items.map((item) => (
          <button key={lineKey(item)} type="button" class="item-button" onClick={() => cart.add(item)}>
            <span class="item-name">
              {item.emoji ? <span aria-hidden="true">{item.emoji} </span> : null}
              {item.name}
            </span>
            <span class="item-price">{formatFiat(item.price)}</span>
          </button>
        ))}
      </div>
      {cart.lines.length ? <CartLines cart={cart} typedReference={typedReference} /> : null}
      <p class="field-hint" role="status">
        {cart.note}
      </p>
    </div>
  );
}

function CartLines({ cart, typedReference }: { cart: Cart; typedReference: string }) {
  return (
    <section class="cart" aria-labelledby="cart-heading">
      <div class="cart-head">
        <h2 id="cart-heading">{t('cart_heading')}</h2>
        <strong class="cart-total">{t('cart_total', priceOf(cartCents(cart.lines)))}</strong>
      </div>
      <ul class="cart-lines">
        {cart.lines.map((line) => {
          const key = lineKey(line.item);
          const name = line.item.name;
          return (
            <li key={key}>
              <span class="cart-line-name">
                {line.quantity}× {name}
              </span>
              <button type="button" class="cart-step" aria-label={t('cart_decrease', name)} onClick={() => cart.change(key, -1)}>
                −
              </button>
              <button type="button" class="cart-step" aria-label={t('cart_increase', name)} onClick={() => cart.change(key, 1)} disabled={line.quantity >= MAX_QUANTITY}>
                +
              </button>
              <button type="button" class="cart-step" aria-label={t('cart_remove', name)} onClick={() => cart.remove(key)}>
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <p class="field-hint cart-reference">{t('cart_reference', cartReference(cart.lines, typedReference.trim(), MAX_REFERENCE))}</p>
      <p class="field-hint">{t('cart_typing_hint')}</p>
      <button type="button" class="link" onClick={cart.clear}>
        {t('cart_clear')}
      </button>
    </section>
  );
}
