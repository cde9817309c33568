import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdminRequest } from './admin-routes';
import { handleApiRequest } from './api-router';
import { DEFAULT_RETRY, type RetryPolicy } from './callback-delivery';
import { DEMO_CLIENT_ID, DEMO_SECRET } from './demo-credentials';
import { defaultFaults, mergeFaults, type Faults } from './faults';
import { checkForwardTo } from './forward-to';
import { SandboxCore } from './sandbox-core';

export type { Faults } from './faults';

export interface SandboxOptions {
  /** 0 = a random free port (the default when imported; the CLI defaults to 8787). */
  port?: number;
  host?: string;
  clientId?: string;
  secret?: string;
  /** Number of demo orders to create at start. */
  seed?: number;
  /** PRNG seed for the demo orders. */
  seedRandom?: number;
  tokenTtlSeconds?: number;
  orderTtlSeconds?: number;
  /** Keep orders and tokens in this JSON file across restarts. */
  dataFile?: string;
  faults?: Partial<Faults>;
  quiet?: boolean;
  /** Also deliver every callback to this URL, signed the same way (like `stripe listen --forward-to`). */
  forwardTo?: string;
  /** Callback delivery retries (mostly for tests: small delays). */
  callbackRetry?: Partial<RetryPolicy>;
}

export interface Sandbox {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:8787 */
  url: string;
  clientId: string;
  secret: string;
  /** Every access token issued since this sandbox started, expired or reset ones included. */
  issuedTokens(): string[];
  close(): Promise<void>;
}

const ADMIN_PREFIX = '/__sandbox';

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const core = new SandboxCore({
    clientId: options.clientId ?? DEMO_CLIENT_ID,
    secret: options.secret ?? DEMO_SECRET,
    orderTtlSeconds: options.orderTtlSeconds ?? 900,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    seedCount: options.seed ?? 0,
    seedRandom: options.seedRandom ?? 1,
    faults: mergeFaults(defaultFaults(), options.faults ?? {}),
    dataFile: options.dataFile,
    retry: { ...DEFAULT_RETRY, ...options.callbackRetry },
    forwardTo: options.forwardTo === undefined ? undefined : checkForwardTo(options.forwardTo),
  });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    } catch {
      url = new URL('http://sandbox.invalid/');
    }
    const path = url.pathname;
    const handling =
      path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)
        ? handleAdminRequest(core, req, res, path.slice(ADMIN_PREFIX.length), url.searchParams)
        : handleApiRequest(core, req, res, url);
    handling.catch((err: unknown) => {
      console.error('sandbox: request failed', err);
      if (!res.headersSent) res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await core.close();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${formatHost(host)}:${port}`;
  core.baseUrl = url;

  let closing: Promise<void> | undefined;
  return {
    url,
    clientId: core.clientId,
    secret: core.secret,
    issuedTokens: () => core.tokens.issued(),
    close: () => {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await core.close();
      })();
      return closing;
    },
  };
}
