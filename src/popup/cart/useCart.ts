import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { decimalMark } from '../../ui/decimal-mark';
import type { Item } from '../../shared/items';
import type { OrderForm } from '../hooks/useOrderForm';
import { addItem, cartCents, changeQuantity, removeLine, type CartLine } from './cart';

/** 550 → "5.50" or "5,50", as the cashier would type it (the Amount field reads both). */
export function typedAmount(cents: number, mark = decimalMark()): string {
  return `${Math.floor(cents / 100)}${mark}${String(cents % 100).padStart(2, '0')}`;
}

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | 'mark' | 'back';

export interface Cart {
  lines: CartLine[];
  /** Said once when typing emptied the cart. */
  note: string;
  add: (item: Item) => void;
  change: (key: string, delta: number) => void;
  remove: (key: string) => void;
  /** Empties the cart and the amount it put there. */
  clear: () => void;
  /** Empties the cart alone (the form was reset after a sale). */
  forget: () => void;
  /** The Amount field as typed: a typed sum wins, so typing empties the cart. */
  type: (value: string) => void;
  press: (key: KeypadKey) => void;
}

/**
 * The cart beside the Amount field. While the cart has lines, Amount shows its total; typing
 * an amount (keyboard or keypad) empties the cart and says so, so the order is always
 * for exactly what the Amount field shows.
 */
export function useCart(form: OrderForm): Cart {
  const [lines, setLines] = useState<CartLine[]>([]);
  const [note, setNote] = useState('');

  const show = (next: CartLine[]) => {
    setLines(next);
    setNote('');
    form.update('amount', next.length ? typedAmount(cartCents(next)) : '');
  };
  const type = (value: string) => {
    if (lines.length) {
      setLines([]);
      setNote(t('cart_cleared_by_typing'));
    }
    form.update('amount', value);
  };
  return {
    lines,
    note,
    add: (item) => show(addItem(lines, item)),
    change: (key, delta) => show(changeQuantity(lines, key, delta)),
    remove: (key) => show(removeLine(lines, key)),
    clear: () => show([]),
    forget: () => {
      setLines([]);
      setNote('');
    },
    type,
    press: (key) => {
      // A key pressed over a cart's total starts a new amount rather than editing the total.
      const current = lines.length ? '' : form.values.amount;
      if (key === 'back') return type(current.slice(0, -1));
      type(current + (key === 'mark' ? decimalMark() : key));
    },
  };
}
