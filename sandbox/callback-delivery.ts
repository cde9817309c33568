import { signCallbackBody } from './signature';
import type { CallbackEvent } from './wire-types';

export interface DeliveryRecord {
  url: string;
  event: CallbackEvent;
  orderUuid: string;
  /** HTTP status of the receiver's answer; null when there was none (network error, timeout). */
  status: number | null;
  attempt: number;
  at: string;
  error?: string;
  /** Delay before the next attempt; null when this was the last one. */
  retryInMs: number | null;
}

export interface RetryPolicy {
  /** Total attempts per callback, first one included. */
  attempts: number;
  /** Delay before the 2nd attempt; doubles for each later one. */
  baseDelayMs: number;
  /** Per-attempt timeout. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, timeoutMs: 5000 };
const MAX_LOG = 5000;

/**
 * Signs and POSTs callback bodies, retrying non-2xx answers and network errors with exponential
 * backoff; every attempt is logged. Deliveries are independent of each other (no per-order queue).
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

  send(url: string, event: CallbackEvent, orderUuid: string, rawBody: string): void {
    if (this.closed) return;
    const signature = signCallbackBody(this.secret, rawBody);
    this.attempt({ url, event, orderUuid, rawBody, signature }, 1);
  }

  deliveries(): DeliveryRecord[] {
    return [...this.log];
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

  private attempt(job: { url: string; event: CallbackEvent; orderUuid: string; rawBody: string; signature: string }, n: number): void {
    void this.post(job.url, job.rawBody, job.signature).then((result) => {
      if (this.closed) return;
      const ok = result.status !== null && result.status >= 200 && result.status < 300;
      const retryInMs = !ok && n < this.policy.attempts ? this.policy.baseDelayMs * 2 ** (n - 1) : null;
      const record: DeliveryRecord = { url: job.url, event: job.event, orderUuid: job.orderUuid, status: result.status, attempt: n, at: this.now(), retryInMs };
      if (result.error) record.error = result.error;
      this.log.push(record);
      if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
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

  private async post(url: string, rawBody: string, signature: string): Promise<{ status: number | null; error?: string }> {
    const controller = new AbortController();
    this.controllers.add(controller);
    const timeout = setTimeout(() => controller.abort(new Error(`timed out after ${this.policy.timeoutMs} ms`)), this.policy.timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'chainside-signature': signature },
        body: rawBody,
        signal: controller.signal,
        redirect: 'manual',
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.ok ? { status: response.status } : { status: response.status, error: `receiver answered ${response.status}` };
    } catch (err: unknown) {
      const reason = controller.signal.aborted ? controller.signal.reason : err;
      return { status: null, error: reason instanceof Error ? reason.message : String(reason) };
    } finally {
      clearTimeout(timeout);
      this.controllers.delete(controller);
    }
  }
}
