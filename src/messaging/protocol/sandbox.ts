/** The local sandbox emulator only: its callback deliveries (devtools Events tab) and a part payment. */
import type { LocalText } from '../../shared/local-text';
import type { CachedOrder } from './orders';

/** Our own check of a sandbox delivery's signature, made in the worker with the saved secret. */
export type DeliveryVerdict = 'valid' | 'invalid' | 'rejected' | 'unchecked';

/** One attempt of the sandbox emulator to deliver a callback, as its delivery log has it. */
export interface SandboxDelivery {
  id: string;
  /** Where it went; `forward` is the sandbox's --forward-to URL. */
  url: string;
  target: 'order' | 'forward';
  event: string;
  orderUuid: string;
  /** The receiver's HTTP status; null when it did not answer. */
  status: number | null;
  attempt: number;
  at: string;
  error: string | null;
  retryInMs: number | null;
  /** The delivery this one re-sent by hand; null otherwise. */
  resendOf: string | null;
  /** Request headers as sent, the signature among them. */
  headers: Record<string, string>;
  signature: string;
  /** The exact body sent. */
  body: string;
  /** The first 2 KB of the receiver's answer. */
  answer: string;
  answerTruncated: boolean;
  verdict: DeliveryVerdict;
  /** One sentence on the verdict, formatted by the panel. */
  verdictMessage: LocalText;
}

export interface SandboxDeliveryList {
  /** The sandbox read, e.g. http://127.0.0.1:8787. */
  sandboxUrl: string;
  /** Newest first, at most `SANDBOX_DELIVERY_LIMIT`. */
  deliveries: SandboxDelivery[];
}

/** How many deliveries the Events tab shows (the newest). */
export const SANDBOX_DELIVERY_LIMIT = 50;

export interface SandboxMessages {
  /** Local sandbox only: the customer pays part of the amount (the sandbox's "partial" step). */
  'order.payPart': { request: { uuid: string }; response: CachedOrder };
  /** Sandbox mode with the local emulator only: its newest callback deliveries, each with our verdict. */
  'sandbox.deliveries': { request: null; response: SandboxDeliveryList };
  /** Sandbox mode with the local emulator only: the same bytes again; answers the new attempt. */
  'sandbox.resend': { request: { id: string }; response: SandboxDelivery };
}
