import { useRef, useState } from 'preact/hooks';
import type { PaymentOrderCreation } from '../../sdk';
import type { CreatedOrder } from '../../messaging/protocol';
import type { FieldIssue, WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { text as localText } from '../../shared/local-text';
import { bootCache, type UnsureAttempt } from '../boot-cache';
import { useAttemptCheck, type CheckOutcome } from './useAttemptCheck';

/** The page lost the worker's answer (stopped, reloaded, the popup closed): WebPOS may have made the order. */
export function replyLost(cause?: string): WireError {
  return {
    code: 'create_uncertain',
    message: `The answer to this create was lost${cause ? ` (${cause})` : ''}. WebPOS is asked whether the order was made; no second order will be made.`,
    text: localText('error_create_reply_lost'),
  };
}

const FORGOTTEN: WireError = {
  code: 'create_forgotten',
  message: 'This till no longer knows that attempt (the account was changed, or it is over a day old). Look at the Orders list before making the sale again.',
  text: localText('error_create_forgotten'),
};

export interface CreateAttempt {
  sending: boolean;
  /** The press whose outcome is unknown, checked until certain; never shown as "not created". */
  unsure: WireError | null;
  failure: WireError | null;
  /**
   * Sends `order` once. The same order pressed again after an unsure or failed press reuses
   * that attempt (and its sale code), so the worker tells "send again" from "a second order".
   * Resolves to the per-field issues of a refusal (none otherwise).
   */
  create: (order: PaymentOrderCreation) => Promise<readonly FieldIssue[]>;
  /** Hides the last failure (a new press is being checked). */
  clearFailure: () => void;
}

function attemptOf(unsure: UnsureAttempt | null): { key: string; id: string } | null {
  return unsure?.orderKey ? { key: unsure.orderKey, id: unsure.attemptId } : null;
}

/**
 * The create protocol of one page: one attempt id per sale, kept in the boot cache from
 * before it is sent until its outcome is certain, so a popup closed or a worker stopped
 * mid-create comes back as "not sure — checking", and the next press reuses the attempt.
 */
export function useCreateAttempt(onCreated: (created: CreatedOrder) => void): CreateAttempt {
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<WireError | null>(null);
  const [unsure, setUnsureState] = useState<UnsureAttempt | null>(() => bootCache().unsure());
  const sendingRef = useRef(false);
  const attempt = useRef<{ key: string; id: string } | null>(attemptOf(unsure));

  const setUnsure = (next: UnsureAttempt | null) => {
    bootCache().rememberUnsure(next);
    setUnsureState(next);
  };

  const succeed = (created: CreatedOrder) => {
    attempt.current = null;
    setUnsure(null);
    setFailure(null);
    onCreated(created);
  };

  useAttemptCheck(unsure?.attemptId ?? null, (outcome: CheckOutcome) => {
    if (outcome.state === 'made') return succeed(outcome.created);
    setUnsure(null);
    if (outcome.state === 'error') {
      if (outcome.error.code === 'create_ended') attempt.current = null;
      return setFailure(outcome.error);
    }
    if (outcome.state === 'forgotten') {
      attempt.current = null;
      return setFailure(FORGOTTEN);
    }
    setFailure({
      code: 'not_created',
      message: `WebPOS has no order with sale code #${outcome.saleCode}: none was made. Press Create order to try again.`,
      text: localText('error_not_created', `#${outcome.saleCode}`),
    });
  });

  const create = async (order: PaymentOrderCreation): Promise<readonly FieldIssue[]> => {
    if (sendingRef.current) return [];
    setFailure(null);
    const key = JSON.stringify(order);
    if (attempt.current?.key !== key) attempt.current = { key, id: crypto.randomUUID() };
    const attemptId = attempt.current.id;
    // Kept before sending: a popup closed meanwhile, or a worker stopped, finds it again as unsure.
    bootCache().rememberUnsure({ attemptId, orderKey: key, error: replyLost() });
    setUnsureState(null);

    sendingRef.current = true;
    setSending(true);
    const result = await send('order.create', { order, attemptId });
    sendingRef.current = false;
    setSending(false);
    if (result.ok) {
      succeed(result.data);
      return [];
    }
    // No reply at all: the worker stopped (or was reloaded) mid-create, after WebPOS may have made the order.
    const lost = result.error.code === 'no_reply';
    if (lost || result.error.code === 'create_uncertain') {
      setUnsure({ attemptId, orderKey: key, error: lost ? replyLost(result.error.message) : result.error });
      return [];
    }
    setUnsure(null);
    // An order that ended before it was seen is forgotten by the worker: the next press is a new sale.
    if (result.error.code === 'create_ended') attempt.current = null;
    setFailure(result.error);
    return result.error.fields ?? [];
  };

  return { sending, unsure: unsure?.error ?? null, failure, create, clearFailure: () => setFailure(null) };
}
