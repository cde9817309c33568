import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreatedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { Field, describedBy } from '../../ui/Field';
import { MAX_TEXT_LENGTH } from '../../sdk/constants';
import { formatFiat } from '../../shared/format';
import { t } from '../../shared/i18n';
import { formatText, text as localText } from '../../shared/local-text';
import { parseAmount } from '../amount';
import { CreateNotice } from '../components/CreateNotice';
import { useAttemptCheck, type CheckOutcome } from '../hooks/useAttemptCheck';
import { bootCache, type UnsureAttempt } from '../boot-cache';
import {
  EMPTY_FORM,
  FIELD_ORDER,
  MAX_REFERENCE,
  WIRE_FIELDS,
  buildOrder,
  type OrderFormErrors,
  type OrderFormField,
  type OrderFormValues,
} from '../order-form';

const IDS: Record<OrderFormField, string> = {
  amount: 'amount',
  details: 'details',
  reference: 'reference',
  continueUrl: 'continue-url',
  cancelUrl: 'cancel-url',
  callbackUrl: 'callback-url',
  requiredConfirmations: 'required-confirmations',
};
const maxOf = (field: 'details' | 'reference') => (field === 'reference' ? MAX_REFERENCE : MAX_TEXT_LENGTH);
const MORE_FIELDS: readonly OrderFormField[] = ['continueUrl', 'cancelUrl', 'callbackUrl', 'requiredConfirmations'];

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
  const [values, setValues] = useState<OrderFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<OrderFormErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<WireError | null>(null);
  /** The attempt whose outcome is unknown, checked until certain; never shown as "not created". */
  const [unsure, setUnsureState] = useState<UnsureAttempt | null>(() => bootCache().unsure());
  const setUnsure = (next: UnsureAttempt | null) => {
    bootCache().rememberUnsure(next);
    setUnsureState(next);
  };
  const [moreOpen, setMoreOpen] = useState(false);
  const sendingRef = useRef(false);
  // A retry of the same order after a failure reuses its attempt id, so the
  // worker can tell "send again" from "a second order".
  const attempt = useRef<{ key: string; id: string } | null>(null);
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

  const succeed = (created: CreatedOrder) => {
    attempt.current = null;
    setUnsure(null);
    setFailure(null);
    setValues(EMPTY_FORM);
    setSubmitted(false);
    setMoreOpen(false);
    onCreated(created);
  };

  useAttemptCheck(unsure?.attemptId ?? null, (outcome: CheckOutcome) => {
    if (outcome.state === 'made') return succeed(outcome.created);
    setUnsure(null);
    if (outcome.state === 'error') {
      if (outcome.error.code === 'create_ended') attempt.current = null;
      setFailure(outcome.error);
      return;
    }
    if (outcome.state === 'forgotten') {
      attempt.current = null;
      setFailure({
        code: 'create_forgotten',
        message: 'This till no longer knows that attempt (the account was changed, or it is over a day old). Look at the Orders list before making the sale again.',
        text: localText('error_create_forgotten'),
      });
      return;
    }
    setFailure({
      code: 'not_created',
      message: `WebPOS has no order with sale code #${outcome.saleCode}: none was made. Press Create order to try again.`,
      text: localText('error_not_created', `#${outcome.saleCode}`),
    });
  });

  const update = (field: OrderFormField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Once the cashier has tried to submit, reasons update as they type.
    if (submitted) {
      const result = buildOrder(next, { sandbox });
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const focusField = (field: OrderFormField) => {
    if (MORE_FIELDS.includes(field)) setMoreOpen(true);
    requestAnimationFrame(() => document.getElementById(IDS[field])?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sendingRef.current) return;
    setSubmitted(true);
    setFailure(null);
    setUnsure(null);
    const built = buildOrder(values, { sandbox });
    if (!built.ok) {
      setErrors(built.errors);
      const first = FIELD_ORDER.find((field) => built.errors[field]);
      if (first) focusField(first);
      return;
    }
    setErrors({});
    const key = JSON.stringify(built.order);
    if (attempt.current?.key !== key) attempt.current = { key, id: crypto.randomUUID() };

    sendingRef.current = true;
    setSending(true);
    const attemptId = attempt.current.id;
    const result = await send('order.create', { order: built.order, attemptId });
    sendingRef.current = false;
    setSending(false);
    if (result.ok) {
      succeed(result.data);
      return;
    }
    if (result.error.code === 'create_uncertain') {
      setUnsure({ attemptId, error: result.error });
      return;
    }
    setUnsure(null);
    // An order that ended before it was seen is forgotten by the worker: the next press is a new sale.
    if (result.error.code === 'create_ended') attempt.current = null;
    const fieldErrors: OrderFormErrors = {};
    for (const issue of result.error.fields ?? []) {
      const field = WIRE_FIELDS[issue.field];
      if (field) fieldErrors[field] = issue.text ? formatText(issue.text) : issue.message;
    }
    setErrors(fieldErrors);
    setFailure(result.error);
    const first = FIELD_ORDER.find((field) => fieldErrors[field]);
    if (first) focusField(first);
  };

  const amount = parseAmount(values.amount);
  const sumHint = amount.ok && amount.isSum ? `= ${formatFiat(amount.value)}` : null;
  const moreErrors = MORE_FIELDS.some((field) => errors[field]);

  const text = (field: 'details' | 'reference', label: string, hint: string) => (
    <Field
      id={IDS[field]}
      label={label}
      error={errors[field]}
      hint={hint}
      aside={
        <span id={`${IDS[field]}-count`} class={values[field].length > maxOf(field) ? 'over' : undefined}>
          {values[field].length}/{maxOf(field)}
        </span>
      }
    >
      <input
        id={IDS[field]}
        value={values[field]}
        onInput={(e) => update(field, e.currentTarget.value)}
        aria-invalid={Boolean(errors[field])}
        aria-describedby={[`${IDS[field]}-count`, describedBy(IDS[field], errors[field], true)].filter(Boolean).join(' ')}
        autocomplete="off"
        placeholder={t('common_optional')}
      />
    </Field>
  );

  const url = (field: 'continueUrl' | 'cancelUrl' | 'callbackUrl', label: string, hint: string) => (
    <Field id={IDS[field]} label={label} error={errors[field]} hint={hint}>
      <input
        id={IDS[field]}
        type="url"
        inputMode="url"
        value={values[field]}
        onInput={(e) => update(field, e.currentTarget.value)}
        aria-invalid={Boolean(errors[field])}
        aria-describedby={describedBy(IDS[field], errors[field], true)}
        placeholder="https://"
        autocomplete="off"
        spellcheck={false}
      />
    </Field>
  );

  return (
    <form class="create" onSubmit={submit} noValidate aria-label={t('create_title')}>
      <CreateNotice unsure={unsure?.error ?? null} failure={failure} onShowOrders={onShowOrders} />
      <Field id="amount" label={t('create_amount')} error={errors.amount} hint={sumHint ?? t('create_amount_hint')}>
        <input
          id="amount"
          ref={amountRef}
          autofocus={active}
          class="amount-input"
          inputMode="decimal"
          autocomplete="off"
          value={values.amount}
          onInput={(e) => update('amount', e.currentTarget.value)}
          aria-invalid={Boolean(errors.amount)}
          aria-describedby={describedBy('amount', errors.amount, true)}
        />
      </Field>
      {text('details', t('create_details'), t('create_details_hint'))}
      {text('reference', t('create_reference'), t('create_reference_hint'))}
      <details
        class="more"
        open={moreOpen || moreErrors}
        onToggle={(e) => setMoreOpen(e.currentTarget.open)}
      >
        <summary>{moreErrors ? t('create_more_check', t('create_more_title')) : t('create_more_title')}</summary>
        <p class="field-hint more-intro">{t('create_more_intro')}</p>
        {url('continueUrl', t('create_continue_url'), t('create_continue_url_hint'))}
        {url('cancelUrl', t('create_cancel_url'), t('create_cancel_url_hint'))}
        {url('callbackUrl', t('create_callback_url'), `${t('create_callback_url_hint')}${sandbox ? ` ${t('create_callback_url_sandbox')}` : ''}`)}
        <Field
          id={IDS.requiredConfirmations}
          label={t('create_confirmations')}
          error={errors.requiredConfirmations}
          hint={t('create_confirmations_hint')}
        >
          <input
            id={IDS.requiredConfirmations}
            inputMode="numeric"
            value={values.requiredConfirmations}
            onInput={(e) => update('requiredConfirmations', e.currentTarget.value)}
            aria-invalid={Boolean(errors.requiredConfirmations)}
            aria-describedby={describedBy(IDS.requiredConfirmations, errors.requiredConfirmations, true)}
            placeholder={t('create_confirmations_default')}
            autocomplete="off"
          />
        </Field>
      </details>
      <button type="submit" class="primary create-button" disabled={sending}>
        {sending ? t('create_sending') : t('create_submit')}
      </button>
    </form>
  );
}
