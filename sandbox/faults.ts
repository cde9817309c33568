import { validationError, type FieldError } from './errors';

export interface Faults {
  /** Added delay before every API response. */
  latencyMs: number;
  /** Share (0..1) of API requests answered with 4000. */
  errorRate: number;
  /** Share (0..1) of API requests answered with 2000 and Retry-After. */
  tooManyRequestsRate: number;
  retryAfterSeconds: number;
  /** When set, newly issued tokens really expire after this many seconds (expires_in still advertises the normal TTL). */
  tokenTtlSeconds: number | null;
  /** API requests are never answered while true. */
  hang: boolean;
  /** POST /payment-order creates the order, then destroys the socket without answering. */
  commitThenDrop: boolean;
  /** POST /payment-order creates the order, then never answers (the connection stays open until the client gives up). */
  commitThenHang: boolean;
  /**
   * POST /payment-order creates the order, then answers with this 5xx status instead of 201
   * (500: the 4000 envelope; 502, 503, 504: a proxy's HTML page without an error code).
   */
  errorAfterCommit: number | null;
}

export function defaultFaults(): Faults {
  return {
    latencyMs: 0,
    errorRate: 0,
    tooManyRequestsRate: 0,
    retryAfterSeconds: 1,
    tokenTtlSeconds: null,
    hang: false,
    commitThenDrop: false,
    commitThenHang: false,
    errorAfterCommit: null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a partial Faults object (from JSON) and merges it over `current`. */
export function mergeFaults(current: Faults, patch: unknown): Faults {
  if (!isRecord(patch)) throw validationError([{ field: 'body', message: 'must be a JSON object' }]);
  const next: Faults = { ...current };
  const fields: FieldError[] = [];
  const num = (key: 'latencyMs' | 'retryAfterSeconds' | 'errorRate' | 'tooManyRequestsRate', max: number): void => {
    const v = patch[key];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) {
      fields.push({ field: key, message: `must be a number from 0 to ${max}` });
    } else next[key] = v;
  };
  num('latencyMs', 600_000);
  num('retryAfterSeconds', 86_400);
  num('errorRate', 1);
  num('tooManyRequestsRate', 1);
  const ttl = patch.tokenTtlSeconds;
  if (ttl !== undefined) {
    if (ttl === null || (typeof ttl === 'number' && Number.isFinite(ttl) && ttl >= 0)) next.tokenTtlSeconds = ttl;
    else fields.push({ field: 'tokenTtlSeconds', message: 'must be a number ≥ 0 or null' });
  }
  for (const key of ['hang', 'commitThenDrop', 'commitThenHang'] as const) {
    const v = patch[key];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') fields.push({ field: key, message: 'must be a boolean' });
    else next[key] = v;
  }
  const after = patch.errorAfterCommit;
  if (after !== undefined) {
    if (after === null || (typeof after === 'number' && Number.isInteger(after) && after >= 500 && after <= 599)) next.errorAfterCommit = after;
    else fields.push({ field: 'errorAfterCommit', message: 'must be an HTTP status from 500 to 599, or null' });
  }
  const known = new Set(Object.keys(defaultFaults()));
  for (const key of Object.keys(patch)) if (!known.has(key)) fields.push({ field: key, message: 'is not a fault' });
  if (fields.length > 0) throw validationError(fields, 'Invalid faults');
  return next;
}
