import { useState } from 'preact/hooks';
import type { PaymentOrderCreation } from '../../sdk';
import type { FieldIssue } from '../../messaging/result';
import { formatText } from '../../shared/local-text';
import { EMPTY_FORM, FIELD_ORDER, WIRE_FIELDS, buildOrder, type OrderFormErrors, type OrderFormField, type OrderFormValues } from '../order-form';
import { FORM_IDS, MORE_FIELDS } from '../components/OrderFields';

export interface OrderForm {
  values: OrderFormValues;
  errors: OrderFormErrors;
  moreOpen: boolean;
  setMoreOpen: (open: boolean) => void;
  update: (field: OrderFormField, value: string) => void;
  /** The order to send, or null after showing why not (the first wrong field focused). */
  submit: () => PaymentOrderCreation | null;
  /** Shows the reasons the worker gave per field (the first one focused). */
  showIssues: (issues: readonly FieldIssue[]) => void;
  reset: () => void;
}

/** What the cashier typed into New order, and why it cannot be sent yet. */
export function useOrderForm(sandbox: boolean): OrderForm {
  const [values, setValues] = useState<OrderFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<OrderFormErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);

  const focusFirst = (found: OrderFormErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (!first) return;
    if (MORE_FIELDS.includes(first)) setMoreOpen(true);
    requestAnimationFrame(() => document.getElementById(FORM_IDS[first])?.focus());
  };

  return {
    values,
    errors,
    moreOpen,
    setMoreOpen,
    update: (field, value) => {
      const next = { ...values, [field]: value };
      setValues(next);
      // Once the cashier has tried to submit, reasons update as they type.
      if (submitted) {
        const result = buildOrder(next, { sandbox });
        setErrors(result.ok ? {} : result.errors);
      }
    },
    submit: () => {
      setSubmitted(true);
      const built = buildOrder(values, { sandbox });
      setErrors(built.ok ? {} : built.errors);
      if (built.ok) return built.order;
      focusFirst(built.errors);
      return null;
    },
    showIssues: (issues) => {
      const found: OrderFormErrors = {};
      for (const issue of issues) {
        const field = WIRE_FIELDS[issue.field];
        if (field) found[field] = issue.text ? formatText(issue.text) : issue.message;
      }
      setErrors(found);
      focusFirst(found);
    },
    reset: () => {
      setValues(EMPTY_FORM);
      setSubmitted(false);
      setMoreOpen(false);
    },
  };
}
