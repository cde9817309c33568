import { useEffect, useRef } from 'preact/hooks';
import type { CreatedOrder } from '../../messaging/protocol';
import { t } from '../../shared/i18n';
import { centsToPrice, type Item } from '../../shared/items';
import type { KeypadChoice } from '../../shared/settings-schema';
import { cartCents, cartReference } from '../cart/cart';
import { ItemsCart } from '../cart/ItemsCart';
import { Keypad } from '../cart/Keypad';
import { useCart } from '../cart/useCart';
import { useKeypadShown } from '../cart/useKeypadShown';
import { MAX_REFERENCE } from '../order-form';
import { CreateNotice } from '../components/CreateNotice';
import { AmountField, MoreFields, TextField } from '../components/OrderFields';
import { useCreateAttempt } from '../hooks/useCreateAttempt';
import { useOrderForm } from '../hooks/useOrderForm';

interface CreateViewProps {
  active: boolean;
  onCreated: (created: CreatedOrder) => void;
  /** Bumped by the app to put the cursor back into Amount. */
  focusToken: number;
  /** Sandbox mode: the Callback URL may be http://127.0.0.1 or http://localhost. */
  sandbox: boolean;
  onShowOrders: () => void;
  /** The touch counter: when the keypad shows, and the items a cart is built from. */
  counter: { keypad: KeypadChoice; items: readonly Item[] };
}

/** New order: an amount and Enter are enough; the rest is optional. */
export function CreateView({ active, onCreated, focusToken, sandbox, onShowOrders, counter }: CreateViewProps) {
  const form = useOrderForm(sandbox);
  const cart = useCart(form);
  const keypad = useKeypadShown(counter.keypad);
  const attempt = useCreateAttempt((created) => {
    form.reset();
    cart.forget();
    onCreated(created);
  });
  const amountRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // On opening, the input's `autofocus` focuses it within the first frame. focus() from an
  // effect forces a layout of its own, and one of a form already hidden when the Orders
  // tab is chosen before that frame.
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    if (active) amountRef.current?.focus();
  }, [active, focusToken]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (attempt.sending) return;
    attempt.clearFailure();
    const order = form.submit();
    if (!order) return;
    if (cart.lines.length) {
      // The cart's total is what Amount shows (typing empties the cart); its lines name the sale.
      order.amount = centsToPrice(cartCents(cart.lines));
      order.reference = cartReference(cart.lines, order.reference ?? '', MAX_REFERENCE);
    }
    form.showIssues(await attempt.create(order));
  };

  const fields = { values: form.values, errors: form.errors, onInput: form.update };
  return (
    <form ref={formRef} class="create" onSubmit={submit} noValidate aria-label={t('create_title')}>
      <CreateNotice unsure={attempt.unsure} failure={attempt.failure} onShowOrders={onShowOrders} />
      <AmountField {...fields} onInput={(_, value) => cart.type(value)} field="amount" active={active} inputRef={amountRef} keypad={keypad} />
      {counter.items.length ? <ItemsCart items={counter.items} cart={cart} typedReference={form.values.reference} /> : null}
      {keypad ? <Keypad onKey={cart.press} onEnter={() => formRef.current?.requestSubmit()} disabled={attempt.sending} /> : null}
      <TextField {...fields} field="details" label={t('create_details')} hint={t('create_details_hint')} />
      <TextField {...fields} field="reference" label={t('create_reference')} hint={t('create_reference_hint')} />
      <MoreFields {...fields} open={form.moreOpen} onToggle={form.setMoreOpen} sandbox={sandbox} />
      <button type="submit" class="primary create-button" disabled={attempt.sending}>
        {attempt.sending ? t('create_sending') : t('create_submit')}
      </button>
    </form>
  );
}
