import { createHmac, randomBytes } from 'node:crypto';
import { ApiError } from './errors';
import type { ClientCredentialsLoginResponse } from './wire-types';

export interface StoredToken {
  /** Sandbox-clock milliseconds after which the token is refused with 1004. */
  expiresAt: number;
  issuedAt: number;
}

/** Expired tokens are remembered this long (to answer 1004 rather than 1007), then forgotten. */
const EXPIRED_TOKEN_MEMORY_MS = 24 * 3600 * 1000;

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export class TokenStore {
  private readonly tokens = new Map<string, StoredToken>();
  /** Every access token this sandbox ever issued (never pruned, kept across resets): tests look for them on disk. */
  private readonly everIssued: string[] = [];

  constructor(
    private readonly clientId: string,
    private readonly secret: string,
  ) {}

  /**
   * Issues an opaque access token advertising `advertisedTtl` seconds; `actualTtl` differs only
   * when the "tokens expiring early" fault is on.
   */
  issue(now: number, advertisedTtl: number, actualTtl: number, issuer: string): ClientCredentialsLoginResponse {
    this.prune(now);
    const accessToken = randomBytes(24).toString('base64url');
    this.tokens.set(accessToken, { issuedAt: now, expiresAt: now + actualTtl * 1000 });
    this.everIssued.push(accessToken);
    const iat = Math.floor(now / 1000);
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(
      JSON.stringify({ iss: issuer, sub: this.clientId, aud: this.clientId, iat, exp: iat + advertisedTtl, scope: '*' }),
    );
    const signature = createHmac('sha256', this.secret).update(`${header}.${payload}`).digest('base64url');
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: advertisedTtl,
      id_token: `${header}.${payload}.${signature}`,
      scope: '*',
    };
  }

  /** Throws 1007 for unknown tokens and 1004 for expired ones. */
  check(token: string, now: number): void {
    const stored = this.tokens.get(token);
    if (!stored) throw new ApiError('1007', 'Invalid access token');
    if (now >= stored.expiresAt) throw new ApiError('1004', 'Access token expired');
  }

  clear(): void {
    this.tokens.clear();
  }

  get size(): number {
    return this.tokens.size;
  }

  issued(): string[] {
    return [...this.everIssued];
  }

  entries(): [string, StoredToken][] {
    return [...this.tokens.entries()];
  }

  restore(entries: [string, StoredToken][]): void {
    for (const [token, stored] of entries) this.tokens.set(token, stored);
  }

  private prune(now: number): void {
    for (const [token, stored] of this.tokens) {
      if (stored.expiresAt + EXPIRED_TOKEN_MEMORY_MS < now) this.tokens.delete(token);
    }
  }
}
