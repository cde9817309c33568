import { randomUUID } from 'node:crypto';
import { postCallback, type PostResult } from './delivery-post';
import { signCallbackBody } from './signature';
import type { CallbackEvent } from './wire-types';

/** Where a callback goes: the order's own callback_url, or the --forward-to URL. */
export type DeliveryTarget = 'order' | 'forward';

export interface DeliveryRecord {
  /** Unique per attempt; `POST /__sandbox/deliveries/{id}/resend` sends the same bytes again. */
  id: string;
  url: string;
  target: DeliveryTarget;
  event: CallbackEvent;
  orderUuid: string;
  /** HTTP status of the receiver's answer; null when there was none (network error, timeout). */
  status: number | null;
  attempt: number;
  at: string;
  error?: string;
  /** Delay before the next attempt; null when this was the last one. */
  retryInMs: number | null;
  /** The delivery this attempt re-sends (by hand); null for first attempts and automatic retries. */
  resendOf: string | null;
  /** The request headers exactly as sent, the signature among them. */
  headers: Record<string, string>;
  signature: string;
  /** The exact body sent, byte for byte (UTF-8). */
  body: string;
  /** The first 2 KB of the receiver's answer. */
  answer: string;
  answerTruncated: boolean;
}

export interface RetryPolicy {
  /** Total attempts per callback, first one included. */
  attempts: number;
  /** Delay before the 2nd attempt; doubles for each later one. */
  baseDelayMs: number;
  /** Per-attempt timeout. */
  timeoutMs: number;
}

interface Job {
  url: string;
  target: DeliveryTarget;
  event: CallbackEvent;
  orderUuid: string;
  rawBody: string;
  signature: string;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, timeoutMs: 5000 };
/** Each record holds a body and up to 2 KB of answer: a few MB at most. */
const MAX_LOG = 2000;

/**
 * Signs and POSTs callback bodies, retrying non-2xx answers and network errors with exponential
 * backoff; every attempt is logged with what was sent and what came back. Deliveries are
 * independent of each other (no per-order queue).
 */
export class CallbackDelivery {
  private readonly log: DeliveryRecord[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly controllers = new Set<AbortController>();
  private closed = false;

  constructor(
    private readonly secret: string,
    private readonly policy: RetryPolicy,
    private readonly now: () => string,
  ) {}

  /** Delivers one callback body to each target; the same bytes and signature go to all of them. */
  send(targets: readonly { url: string; target: DeliveryTarget }[], event: CallbackEvent, orderUuid: string, rawBody: string): void {
    if (this.closed) return;
    const signature = signCallbackBody(this.secret, rawBody);
    for (const { url, target } of targets) this.attempt({ url, target, event, orderUuid, rawBody, signature }, 1);
  }

  /** One more attempt with the logged bytes and signature, made now, no retries; null when the id is unknown. */
  async resend(id: string): Promise<DeliveryRecord | null> {
    const original = this.log.find((record) => record.id === id);
    if (!original || this.closed) return null;
    const job: Job = { url: original.url, target: original.target, event: original.event, orderUuid: original.orderUuid, rawBody: original.body, signature: original.signature };
    const result = await this.post(job);
    return this.record(job, result, 1, null, id);
  }

  /** The log, oldest first; `limit` keeps only the newest ones. */
  deliveries(limit?: number): DeliveryRecord[] {
    return limit === undefined ? [...this.log] : this.log.slice(Math.max(0, this.log.length - limit));
  }

  clearLog(): void {
    this.log.length = 0;
  }

  /** Cancels scheduled retries and aborts running deliveries. */
  cancelAll(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const c of this.controllers) c.abort();
  }

  close(): void {
    this.closed = true;
    this.cancelAll();
  }

  private attempt(job: Job, n: number): void {
    void this.post(job).then((result) => {
      if (this.closed) return;
      const ok = result.status !== null && result.status >= 200 && result.status < 300;
      const retryInMs = !ok && n < this.policy.attempts ? this.policy.baseDelayMs * 2 ** (n - 1) : null;
      this.record(job, result, n, retryInMs, null);
      if (retryInMs !== null) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.attempt(job, n + 1);
        }, retryInMs);
        timer.unref();
        this.timers.add(timer);
      }
    });
  }

  private record(job: Job, result: PostResult, attempt: number, retryInMs: number | null, resendOf: string | null): DeliveryRecord {
    const record: DeliveryRecord = {
      id: randomUUID(),
      url: job.url,
      target: job.target,
      event: job.event,
      orderUuid: job.orderUuid,
      status: result.status,
      attempt,
      at: this.now(),
      retryInMs,
      resendOf,
      headers: headersFor(job.signature),
      signature: job.signature,
      body: job.rawBody,
      answer: result.answer,
      answerTruncated: result.answerTruncated,
    };
    if (result.error) record.error = result.error;
    this.log.push(record);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    return record;
  }

  private post(job: Job): Promise<PostResult> {
    return postCallback(job.url, headersFor(job.signature), job.rawBody, this.policy.timeoutMs, (controller) => {
      this.controllers.add(controller);
      return () => this.controllers.delete(controller);
    });
  }
}

function headersFor(signature: string): Record<string, string> {
  return { 'content-type': 'application/json', 'chainside-signature': signature };
}
