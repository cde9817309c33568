import { useEffect, useRef } from 'preact/hooks';
import type { CreatedOrder } from '../../messaging/protocol';
import { t } from '../../shared/i18n';
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
}

/** New order: an amount and Enter are enough; the rest is optional. */
export function CreateView({ active, onCreated, focusToken, sandbox, onShowOrders }: CreateViewProps) {
  const form = useOrderForm(sandbox);
  const attempt = useCreateAttempt((created) => {
    form.reset();
    onCreated(created);
  });
  const amountRef = useRef<HTMLInputElement>(null);

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
    if (order) form.showIssues(await attempt.create(order));
  };

  const fields = { values: form.values, errors: form.errors, onInput: form.update };
  return (
    <form class="create" onSubmit={submit} noValidate aria-label={t('create_title')}>
      <CreateNotice unsure={attempt.unsure} failure={attempt.failure} onShowOrders={onShowOrders} />
      <AmountField {...fields} field="amount" active={active} inputRef={amountRef} />
      <TextField {...fields} field="details" label={t('create_details')} hint={t('create_details_hint')} />
      <TextField {...fields} field="reference" label={t('create_reference')} hint={t('create_reference_hint')} />
      <MoreFields {...fields} open={form.moreOpen} onToggle={form.setMoreOpen} sandbox={sandbox} />
      <button type="submit" class="primary create-button" disabled={attempt.sending}>
        {attempt.sending ? t('create_sending') : t('create_submit')}
      </button>
    </form>
  );
}
