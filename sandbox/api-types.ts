import type { IncomingMessage } from 'node:http';
import type { SandboxCore } from './sandbox-core';

export interface ApiRequest {
  req: IncomingMessage;
  url: URL;
  /** Path parameters captured by the route pattern (the order uuid). */
  params: string[];
  /** Parsed JSON body for 'json' routes, the raw body otherwise. */
  body: unknown;
  rawBody: Buffer;
  core: SandboxCore;
}

export type Reply =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'empty'; status: number }
  /** A non-JSON body, e.g. a proxy's error page. */
  | { kind: 'html'; status: number; body: string }
  /** The handler already cut the connection (commit-then-drop). */
  | { kind: 'dropped' };

export interface RouteSpec {
  auth: 'basic' | 'bearer';
  /** 'json': Content-Type must be application/json; 'token': JSON or form-urlencoded; 'none': body ignored. */
  body: 'json' | 'token' | 'none';
  handle(request: ApiRequest): Reply;
}

export interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, RouteSpec>>;
}
