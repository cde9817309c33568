import { randomInt, hex, type RandomSource } from './random';
import { receivedSats, type StoredOrder } from './order-model';
import type { BlockchainStatus, CallbackEvent, OrderStatus } from './wire-types';
import { CALLBACK_EVENTS } from './wire-types';

/** The merchant-facing status for each blockchain status (see README "State machine"). */
export const STATUS_OF: Record<BlockchainStatus, OrderStatus> = {
  pending: 'pending',
  partial: 'pending',
  mempool_unconfirmed: 'pending',
  unconfirmed: 'pending',
  paid: 'paid',
  possible_chargeback: 'paid',
  mempool_network_dispute: 'network_dispute',
  network_dispute: 'network_dispute',
  cancelled: 'cancelled',
  expired: 'expired',
  chargeback: 'chargeback',
};

export interface TransitionContext {
  now: number;
  random: RandomSource;
  /** A step to partial: the satoshi paid by this payment (default 40 % of the order, or half of what is missing). */
  amountSats?: number;
}

interface Edge {
  from: readonly BlockchainStatus[];
  to: BlockchainStatus;
  /** The callback sent when this edge is taken, if any. */
  event: CallbackEvent | null;
  /** 'callback': taken by PATCH /test/ with `event`; 'step': by POST /__sandbox/orders/{uuid}/step; 'both'. */
  via: 'callback' | 'step' | 'both';
  effect: (order: StoredOrder, ctx: TransitionContext) => void;
}

const OPEN: readonly BlockchainStatus[] = ['pending', 'partial', 'mempool_unconfirmed', 'unconfirmed'];
const EXPIRABLE: readonly BlockchainStatus[] = ['pending', 'partial'];
const DISPUTED: readonly BlockchainStatus[] = ['mempool_network_dispute', 'network_dispute'];

function addTransaction(
  order: StoredOrder,
  ctx: TransitionContext,
  amount: number,
  blockchainStatus: 'mempool' | 'unconfirmed' | 'confirmed',
): void {
  if (amount <= 0) return;
  order.transactions.push({
    txid: hex(ctx.random, 32),
    normalizedTxid: hex(ctx.random, 32),
    status: blockchainStatus === 'confirmed' ? 'confirmed' : 'unconfirmed',
    blockchainStatus,
    outs: [{ n: randomInt(ctx.random, 0, 1), amount }],
    createdAt: ctx.now,
  });
}

export function missingSats(order: StoredOrder): number {
  const { confirmed, inConfirmation } = receivedSats(order);
  return Math.max(0, order.btcAmount - confirmed - inConfirmation);
}

function confirmAll(order: StoredOrder): void {
  for (const tx of order.transactions) {
    if (tx.blockchainStatus === 'reverted') continue;
    tx.blockchainStatus = 'confirmed';
    tx.status = 'confirmed';
  }
}

function settle(order: StoredOrder, ctx: TransitionContext, extra: number): void {
  addTransaction(order, ctx, missingSats(order) + extra, 'confirmed');
  confirmAll(order);
  order.resolvedAt ??= ctx.now;
}

const EDGES: readonly Edge[] = [
  // Money arriving, step by step (admin steps) …
  {
    from: ['pending'],
    to: 'partial',
    event: null,
    via: 'step',
    effect: (o, ctx) => addTransaction(o, ctx, ctx.amountSats ?? Math.max(1, Math.floor(o.btcAmount * 0.4)), 'confirmed'),
  },
  {
    from: ['partial'],
    to: 'partial',
    event: null,
    via: 'step',
    effect: (o, ctx) => addTransaction(o, ctx, ctx.amountSats ?? Math.max(1, Math.floor(missingSats(o) / 2)), 'confirmed'),
  },
  {
    from: ['pending', 'partial'],
    to: 'mempool_unconfirmed',
    event: null,
    via: 'step',
    effect: (o, ctx) => addTransaction(o, ctx, missingSats(o), 'mempool'),
  },
  {
    from: ['mempool_unconfirmed'],
    to: 'unconfirmed',
    event: null,
    via: 'step',
    effect: (o) => {
      for (const tx of o.transactions) if (tx.blockchainStatus === 'mempool') tx.blockchainStatus = 'unconfirmed';
    },
  },
  // … or all at once (payment_update).
  { from: OPEN, to: 'paid', event: 'payment.completed', via: 'both', effect: (o, ctx) => settle(o, ctx, 0) },
  {
    from: OPEN,
    to: 'paid',
    event: 'payment.overpaid',
    via: 'callback',
    effect: (o, ctx) => settle(o, ctx, Math.max(1, Math.round(o.btcAmount * 0.1))),
  },
  {
    from: EXPIRABLE,
    to: 'expired',
    event: 'payment.expired',
    via: 'both',
    effect: (o, ctx) => {
      o.resolvedAt = Math.min(ctx.now, Math.max(o.expirationTime, o.createdAt));
    },
  },
  {
    from: ['pending'],
    to: 'cancelled',
    event: 'payment.cancelled',
    via: 'both',
    effect: (o, ctx) => {
      o.resolvedAt = ctx.now;
    },
  },
  // After payment: conflicts, disputes, chargebacks.
  { from: ['paid'], to: 'possible_chargeback', event: null, via: 'step', effect: () => undefined },
  { from: ['possible_chargeback'], to: 'paid', event: null, via: 'step', effect: () => undefined },
  {
    from: ['paid', 'possible_chargeback'],
    to: 'network_dispute',
    event: 'payment.dispute.start',
    via: 'callback',
    effect: (o, ctx) => {
      o.disputeStartDate = ctx.now;
    },
  },
  {
    from: ['paid', 'possible_chargeback'],
    to: 'mempool_network_dispute',
    event: 'payment.dispute.start',
    via: 'step',
    effect: (o, ctx) => {
      o.disputeStartDate = ctx.now;
    },
  },
  { from: ['mempool_network_dispute'], to: 'network_dispute', event: null, via: 'step', effect: () => undefined },
  { from: DISPUTED, to: 'paid', event: 'payment.dispute.end', via: 'both', effect: () => undefined },
  {
    from: ['paid', 'possible_chargeback', ...DISPUTED],
    to: 'chargeback',
    event: 'payment.chargeback',
    via: 'both',
    effect: (o, ctx) => {
      for (const tx of o.transactions) {
        tx.status = 'reverted';
        tx.blockchainStatus = 'reverted';
      }
      o.chargebackDate = ctx.now;
    },
  },
];

export interface TransitionResult {
  from: BlockchainStatus;
  to: BlockchainStatus;
  event: CallbackEvent | null;
}

function take(order: StoredOrder, edge: Edge, ctx: TransitionContext): TransitionResult {
  const from = order.blockchainStatus;
  edge.effect(order, ctx);
  order.blockchainStatus = edge.to;
  return { from, to: edge.to, event: edge.event };
}

/** Callbacks valid from the order's current state, in the protocol's order. */
export function availableCallbacks(order: StoredOrder): CallbackEvent[] {
  const events = new Set<CallbackEvent>();
  for (const edge of EDGES) {
    if (edge.via !== 'step' && edge.event && edge.from.includes(order.blockchainStatus)) events.add(edge.event);
  }
  return CALLBACK_EVENTS.filter((e) => events.has(e));
}

/** payment_update: null when `event` is not valid from the current state (→ 0013). */
export function applyCallback(order: StoredOrder, event: string, ctx: TransitionContext): TransitionResult | null {
  const edge = EDGES.find((e) => e.via !== 'step' && e.event === event && e.from.includes(order.blockchainStatus));
  return edge ? take(order, edge, ctx) : null;
}

/** Blockchain statuses reachable by one admin step from the current state. */
export function availableSteps(order: StoredOrder): BlockchainStatus[] {
  return EDGES.filter((e) => e.via !== 'callback' && e.from.includes(order.blockchainStatus)).map((e) => e.to);
}

/** An admin step to a neighbouring blockchain status; null when there is no such edge. */
export function applyStep(order: StoredOrder, to: BlockchainStatus, ctx: TransitionContext): TransitionResult | null {
  const edge = EDGES.find((e) => e.via !== 'callback' && e.to === to && e.from.includes(order.blockchainStatus));
  return edge ? take(order, edge, ctx) : null;
}

/** Expires the order if its expiration time has passed and no full payment is in flight. */
export function expireIfDue(order: StoredOrder, ctx: TransitionContext): TransitionResult | null {
  if (!EXPIRABLE.includes(order.blockchainStatus) || ctx.now < order.expirationTime) return null;
  return applyStep(order, 'expired', ctx);
}

export function isExpirable(order: StoredOrder): boolean {
  return EXPIRABLE.includes(order.blockchainStatus);
}

export function canCancel(order: StoredOrder): boolean {
  return order.blockchainStatus === 'pending';
}

/** payment_reset: back to pending with no transactions and a fresh expiration window. */
export function resetOrder(order: StoredOrder, now: number): void {
  order.blockchainStatus = 'pending';
  order.transactions = [];
  order.resolvedAt = null;
  order.chargebackDate = null;
  order.disputeStartDate = null;
  order.expirationTime = now + order.expiresIn * 1000;
}
