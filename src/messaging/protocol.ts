/**
 * The one map of every message a page may send to the background:
 * message type → request payload → response data. Pages call `send()`,
 * the worker registers one handler per key; both are typed from this map.
 * Each domain declares its messages and types in `protocol/<domain>.ts`;
 * a message type declared twice with different shapes does not compile.
 */
import type { WireError } from './result';
import type { CreateMessages } from './protocol/create';
import type { DayMessages } from './protocol/day';
import type { OrderMessages } from './protocol/orders';
import type { PlatformMessages } from './protocol/platform';
import type { PolicyMessages } from './protocol/policy';
import type { RoleMessages } from './protocol/roles';
import type { SandboxMessages } from './protocol/sandbox';
import type { SettingsMessages } from './protocol/settings';
import type { TillMessages } from './protocol/till';
import type { VaultMessages } from './protocol/vault';
import type { WebhookMessages } from './protocol/webhook';

export * from './protocol/create';
export * from './protocol/day';
export * from './protocol/orders';
export * from './protocol/platform';
export * from './protocol/policy';
export * from './protocol/roles';
export * from './protocol/sandbox';
export * from './protocol/settings';
export * from './protocol/till';
export * from './protocol/vault';
export * from './protocol/webhook';

export interface MessageMap
  extends PlatformMessages,
    SettingsMessages,
    VaultMessages,
    RoleMessages,
    OrderMessages,
    CreateMessages,
    WebhookMessages,
    SandboxMessages,
    PolicyMessages,
    DayMessages,
    TillMessages {}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type { WireError };
