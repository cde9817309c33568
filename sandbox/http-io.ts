import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this much, an oversized body is no longer drained politely: the socket is cut. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

export class BodyTooLarge extends ApiError {
  constructor() {
    super('0001', 'Request body is larger than 1 MiB', {
      status: 413,
      fields: [{ field: 'body', message: 'must be at most 1 MiB (1048576 bytes)' }],
    });
  }
}

/**
 * Reads the whole body. Oversized bodies are drained and discarded (so the client can still read
 * the 413 answer) and reported with BodyTooLarge.
 */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAIN_BYTES) {
        req.socket.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('client went away'));
    });
  });
}

export const COMMON_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'X-Request-Id, Retry-After, Date',
  'Cache-Control': 'no-store',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const data = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(data)),
  });
  res.end(data);
}

export function sendText(res: ServerResponse, status: number, body: string, type: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...COMMON_HEADERS, ...headers });
  res.end();
}

/** The media type without parameters, lower-cased ('' when absent). */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** True when the Accept header lists application/json (parameters and q-values ignored). */
export function acceptsJson(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => mediaType(part) === 'application/json');
}

export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ApiError('0001', 'Request body is not valid JSON', { fields: [{ field: 'body', message: 'must be valid JSON' }] });
  }
}
