/** The parts of /__sandbox/deliveries that need more than one line: the limit and resend. */
import { ApiError, validationError } from './errors';
import type { DeliveryRecord } from './callback-delivery';
import type { SandboxCore } from './sandbox-core';
import { validateUuid } from './validation';

/** `GET /__sandbox/deliveries?limit=N`: the newest N; no limit means the whole log. */
export function deliveryLimit(query: URLSearchParams): number | undefined {
  const raw = query.get('limit');
  if (raw === null) return undefined;
  const limit = Number(raw);
  if (!/^\d{1,6}$/.test(raw) || limit < 1) throw validationError([{ field: 'limit', message: 'must be a whole number ≥ 1' }]);
  return limit;
}

/** `POST /__sandbox/deliveries/{id}/resend`: the same bytes and signature to the same URL, once. */
export async function resendDelivery(core: SandboxCore, id: string): Promise<{ delivery: DeliveryRecord }> {
  try {
    validateUuid(id);
  } catch {
    throw validationError([{ field: 'id', message: 'must be a delivery id (a UUID) from GET /__sandbox/deliveries' }]);
  }
  const delivery = await core.delivery.resend(id.toLowerCase());
  if (!delivery) throw new ApiError('3001', `No delivery ${id} in the log (it may have been cleared)`);
  return { delivery };
}
