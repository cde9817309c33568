import type { Ref } from 'preact';
import { Field, describedBy } from '../../ui/Field';
import { MAX_TEXT_LENGTH } from '../../sdk/constants';
import { formatFiat } from '../../shared/format';
import { t } from '../../shared/i18n';
import { parseAmount } from '../amount';
import { MAX_REFERENCE, type OrderFormErrors, type OrderFormField, type OrderFormValues } from '../order-form';
import { useFirstPaintPresented } from '../hooks/useFirstPaintPresented';

export const FORM_IDS: Record<OrderFormField, string> = {
  amount: 'amount',
  details: 'details',
  reference: 'reference',
  continueUrl: 'continue-url',
  cancelUrl: 'cancel-url',
  callbackUrl: 'callback-url',
  requiredConfirmations: 'required-confirmations',
};
/** The fields under "More options". */
export const MORE_FIELDS: readonly OrderFormField[] = ['continueUrl', 'cancelUrl', 'callbackUrl', 'requiredConfirmations'];

interface FieldProps<F extends OrderFormField> {
  field: F;
  values: OrderFormValues;
  errors: OrderFormErrors;
  onInput: (field: F, value: string) => void;
}

interface AmountExtras {
  active: boolean;
  inputRef: Ref<HTMLInputElement>;
  /** The on-screen keypad is shown: the system's own keyboard stays down. */
  keypad?: boolean;
}

export function AmountField({ values, errors, onInput, active, inputRef, keypad = false }: FieldProps<'amount'> & AmountExtras) {
  const amount = parseAmount(values.amount);
  const sumHint = amount.ok && amount.isSum ? `= ${formatFiat(amount.value)}` : null;
  return (
    <Field id="amount" label={t('create_amount')} error={errors.amount} hint={sumHint ?? t('create_amount_hint')}>
      <input
        id="amount"
        ref={inputRef}
        autofocus={active}
        class="amount-input"
        inputMode={keypad ? 'none' : 'decimal'}
        autocomplete="off"
        value={values.amount}
        onInput={(e) => onInput('amount', e.currentTarget.value)}
        aria-invalid={Boolean(errors.amount)}
        aria-describedby={describedBy('amount', errors.amount, true)}
      />
    </Field>
  );
}

/** Details or Reference, with a count of characters against its limit. */
export function TextField({ field, values, errors, onInput, label, hint }: FieldProps<'details' | 'reference'> & { label: string; hint: string }) {
  const id = FORM_IDS[field];
  const max = field === 'reference' ? MAX_REFERENCE : MAX_TEXT_LENGTH;
  return (
    <Field
      id={id}
      label={label}
      error={errors[field]}
      hint={hint}
      aside={
        <span id={`${id}-count`} class={values[field].length > max ? 'over' : undefined}>
          {values[field].length}/{max}
        </span>
      }
    >
      <input
        id={id}
        value={values[field]}
        onInput={(e) => onInput(field, e.currentTarget.value)}
        aria-invalid={Boolean(errors[field])}
        aria-describedby={[`${id}-count`, describedBy(id, errors[field], true)].filter(Boolean).join(' ')}
        autocomplete="off"
        placeholder={t('common_optional')}
      />
    </Field>
  );
}

type UrlFormField = 'continueUrl' | 'cancelUrl' | 'callbackUrl';

function UrlField({ field, values, errors, onInput, label, hint }: FieldProps<UrlFormField> & { label: string; hint: string }) {
  const id = FORM_IDS[field];
  return (
    <Field id={id} label={label} error={errors[field]} hint={hint}>
      <input
        id={id}
        type="url"
        inputMode="url"
        value={values[field]}
        onInput={(e) => onInput(field, e.currentTarget.value)}
        aria-invalid={Boolean(errors[field])}
        aria-describedby={describedBy(id, errors[field], true)}
        placeholder="https://"
        autocomplete="off"
        spellcheck={false}
      />
    </Field>
  );
}

interface MoreFieldsProps {
  values: OrderFormValues;
  errors: OrderFormErrors;
  onInput: (field: OrderFormField, value: string) => void;
  open: boolean;
  onToggle: (open: boolean) => void;
  sandbox: boolean;
}

/** "More options": the URLs and confirmations most sales never need. */
export function MoreFields({ values, errors, onInput, open, onToggle, sandbox }: MoreFieldsProps) {
  const moreErrors = MORE_FIELDS.some((field) => errors[field]);
  const shown = open || moreErrors;
  // Closed, its fields show nothing: they are built after the popup's first frame (bench figure 1).
  const built = useFirstPaintPresented() || shown;
  return (
    <details class="more" open={shown} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>{moreErrors ? t('create_more_check', t('create_more_title')) : t('create_more_title')}</summary>
      {built ? <MoreFieldsInside values={values} errors={errors} onInput={onInput} sandbox={sandbox} /> : null}
    </details>
  );
}

function MoreFieldsInside({ values, errors, onInput, sandbox }: Omit<MoreFieldsProps, 'open' | 'onToggle'>) {
  const shared = { values, errors, onInput };
  const id = FORM_IDS.requiredConfirmations;
  return (
    <>
      <p class="field-hint more-intro">{t('create_more_intro')}</p>
      <UrlField {...shared} field="continueUrl" label={t('create_continue_url')} hint={t('create_continue_url_hint')} />
      <UrlField {...shared} field="cancelUrl" label={t('create_cancel_url')} hint={t('create_cancel_url_hint')} />
      <UrlField
        {...shared}
        field="callbackUrl"
        label={t('create_callback_url')}
        hint={`${t('create_callback_url_hint')}${sandbox ? ` ${t('create_callback_url_sandbox')}` : ''}`}
      />
      <Field id={id} label={t('create_confirmations')} error={errors.requiredConfirmations} hint={t('create_confirmations_hint')}>
        <input
          id={id}
          inputMode="numeric"
          value={values.requiredConfirmations}
          onInput={(e) => onInput('requiredConfirmations', e.currentTarget.value)}
          aria-invalid={Boolean(errors.requiredConfirmations)}
          aria-describedby={describedBy(id, errors.requiredConfirmations, true)}
          placeholder={t('create_confirmations_default')}
          autocomplete="off"
        />
      </Field>
    </>
  );
}
