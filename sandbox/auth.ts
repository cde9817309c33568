import { timingSafeEqual, createHash } from 'node:crypto';
import { ApiError } from './errors';
import type { SandboxCore } from './sandbox-core';

function sameText(a: string, b: string): boolean {
  // Hashing first gives equal lengths, so timingSafeEqual never throws.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** `Authorization: Basic base64(client_id:secret)`: 3007 when malformed, 1001 when wrong. */
export function checkBasic(header: string | undefined, core: SandboxCore): void {
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header ?? '');
  if (!match?.[1]) throw new ApiError('3007', 'Authorization header must be "Basic base64(client_id:secret)"');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new ApiError('3007', 'Authorization header must be "Basic base64(client_id:secret)"');
  const clientId = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const idOk = sameText(clientId, core.clientId);
  const secretOk = sameText(secret, core.secret);
  if (!idOk || !secretOk) throw new ApiError('1001', 'Unauthorized client: wrong client id or secret');
}

/** `Authorization: Bearer <token>`: 3007 when malformed, 1007 unknown, 1004 expired. */
export function checkBearer(header: string | undefined, core: SandboxCore): void {
  const match = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header ?? '');
  if (!match?.[1]) throw new ApiError('3007', 'Authorization header must be "Bearer <access_token>"');
  core.tokens.check(match[1], core.now());
}
