import { buildOrder } from './order-factory';
import type { StoredOrder } from './order-model';
import { pick, randomInt, seededRandom, uuidFrom, type RandomSource } from './random';
import { applyCallback, applyStep } from './state-machine';
import { BLOCKCHAIN_STATUSES, type BlockchainStatus, type CallbackEvent } from './wire-types';

const DETAILS = [
  '2 espresso',
  '1 cappuccino, 1 croissant',
  '3 espresso, 2 brioche',
  'lunch menu',
  '1 bottle of wine',
  'gift card',
  '2 pizza margherita',
  'table 4',
  'books',
  'repair service',
];

/** After the first pass over every status, later orders follow a shop-like mix (mostly paid). */
const WEIGHTED: readonly BlockchainStatus[] = [
  ...Array<BlockchainStatus>(9).fill('paid'),
  ...Array<BlockchainStatus>(3).fill('expired'),
  'cancelled',
  'cancelled',
  'pending',
  'pending',
  'partial',
  'mempool_unconfirmed',
  'unconfirmed',
  'possible_chargeback',
  'network_dispute',
  'mempool_network_dispute',
  'chargeback',
];

const OPEN: readonly BlockchainStatus[] = ['pending', 'partial', 'mempool_unconfirmed', 'unconfirmed'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function shuffled<T>(random: RandomSource, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function amountCents(random: RandomSource): number {
  // 3.50 … 250.00 in 0.50 steps, skewed towards small tickets.
  const steps = (25_000 - 350) / 50;
  return 350 + 50 * Math.floor(random.next() ** 2 * (steps + 1));
}

function drive(order: Omit<StoredOrder, 'seq'>, target: BlockchainStatus, random: RandomSource, now: number): void {
  const o = order as StoredOrder;
  let t = o.createdAt + randomInt(random, 1, 10) * MINUTE;
  const step = (to: BlockchainStatus): void => {
    applyStep(o, to, { now: t, random });
  };
  const callback = (event: CallbackEvent): void => {
    applyCallback(o, event, { now: t, random });
  };
  const pay = (): void => callback(random.next() < 0.15 ? 'payment.overpaid' : 'payment.completed');
  const later = (): void => {
    t = Math.min(now, t + randomInt(random, 1, 48) * 60 * MINUTE);
  };
  switch (target) {
    case 'pending':
      return;
    case 'partial':
      t = o.createdAt + MINUTE;
      return step('partial');
    case 'mempool_unconfirmed':
      t = o.createdAt + MINUTE;
      return step('mempool_unconfirmed');
    case 'unconfirmed':
      t = o.createdAt + MINUTE;
      step('mempool_unconfirmed');
      return step('unconfirmed');
    case 'paid':
      return pay();
    case 'cancelled':
      t = o.createdAt + randomInt(random, 0, 14) * MINUTE;
      return callback('payment.cancelled');
    case 'expired':
      if (random.next() < 0.3) step('partial');
      t = o.expirationTime;
      return step('expired');
    case 'possible_chargeback':
      pay();
      later();
      return step('possible_chargeback');
    case 'mempool_network_dispute':
      pay();
      later();
      return step('mempool_network_dispute');
    case 'network_dispute':
      pay();
      later();
      return callback('payment.dispute.start');
    case 'chargeback':
      pay();
      later();
      callback('payment.dispute.start');
      later();
      return callback('payment.chargeback');
  }
}

/**
 * `count` demo orders, deterministic for `seed`: every blockchain status appears (once count ≥ 11),
 * resolved orders spread over the last 30 days, open ones created in the last 10 minutes so they
 * have not expired yet. Times are relative to `now`.
 */
export function seedOrders(count: number, seed: number, now: number, ttlSeconds: number): Omit<StoredOrder, 'seq'>[] {
  const random = seededRandom(seed);
  const firstPass = shuffled(random, BLOCKCHAIN_STATUSES);
  const orders: Omit<StoredOrder, 'seq'>[] = [];
  for (let i = 0; i < count; i++) {
    const status = firstPass[i] ?? pick(random, WEIGHTED);
    const open = OPEN.includes(status);
    const minClosedAge = Math.max(20 * MINUTE, ttlSeconds * 1000 + MINUTE);
    const age = open ? randomInt(random, 0, Math.min(10 * MINUTE, Math.floor((ttlSeconds * 1000) / 2))) : randomInt(random, minClosedAge, Math.max(minClosedAge, 30 * DAY));
    const order = buildOrder(
      {
        fiatCents: amountCents(random),
        details: pick(random, DETAILS),
        reference: `till-${randomInt(random, 1, 4)} #${1000 + i}`,
        continueUrl: null,
        cancelUrl: null,
        callbackUrl: null,
        requiredConfirmations: pick(random, [1, 3, 3, 6]),
      },
      uuidFrom(random),
      now - age,
      ttlSeconds,
    );
    drive(order, status, random, now);
    orders.push(order);
  }
  // Oldest first, so creation sequence numbers follow created_at.
  return orders.sort((a, b) => a.createdAt - b.createdAt);
}
