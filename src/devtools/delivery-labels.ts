/** Words for a sandbox delivery in the Events tab: plain functions, tested on their own. */
import type { DeliveryVerdict, SandboxDelivery } from '../messaging/protocol';

export const VERDICT_LABELS: Record<DeliveryVerdict, string> = {
  valid: 'Valid',
  invalid: 'Invalid',
  rejected: 'Rejected',
  unchecked: 'Not checked',
};

/** Badge tones of the shared stylesheet: green, red, amber, grey. */
export const VERDICT_TONES: Record<DeliveryVerdict, string> = {
  valid: 'paid',
  invalid: 'chargeback',
  rejected: 'progress',
  unchecked: 'expired',
};

/** "200", "500", or "No answer" when the receiver never answered. */
export function receiverStatus(delivery: Pick<SandboxDelivery, 'status'>): string {
  return delivery.status === null ? 'No answer' : String(delivery.status);
}

export function receiverOk(delivery: Pick<SandboxDelivery, 'status'>): boolean {
  return delivery.status !== null && delivery.status >= 200 && delivery.status < 300;
}

/** How this attempt came about: "attempt 2", "resent", "forwarded". */
export function attemptNote(delivery: Pick<SandboxDelivery, 'attempt' | 'resendOf' | 'target'>): string {
  const parts = [delivery.resendOf ? 'resent' : `attempt ${delivery.attempt}`];
  if (delivery.target === 'forward') parts.push('forwarded');
  return parts.join(' · ');
}

/** The request's headers as an HTTP request shows them, one per line. */
export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

export function shortId(uuid: string): string {
  return uuid.slice(0, 8);
}

/** Local clock time with seconds, e.g. 14:03:27. */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The host and path a delivery went to, without the scheme. */
export function destination(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host + parsed.pathname;
  } catch {
    return url;
  }
}

/** The body indented for reading, or null when it is not JSON. Never what was signed. */
export function prettyJson(body: string): string | null {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return null;
  }
}
