import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fastCheckFor, INVALID } from './fast-parse';
import { creationResponse, ORDER_UUID, paymentOrder } from './fixtures.test-util';
import * as schemas from './schemas';

const ALL_SCHEMAS: [string, v.GenericSchema][] = Object.entries(schemas as Record<string, unknown>).flatMap(([name, value]) =>
  typeof value === 'object' && value !== null && '~run' in value ? [[name, value as v.GenericSchema] as [string, v.GenericSchema]] : [],
);

/** Well-formed inputs of every shape the schemas read; the mutations below break them one spot at a time. */
const SEEDS: unknown[] = [
  paymentOrder(),
  paymentOrder({ transactions: null, reference: null, details: undefined }),
  creationResponse(),
  { paymentorders: [paymentOrder(), paymentOrder({ state: { ...paymentOrder().state, status: 'paid', blockchain_status: 'paid' } })], total_items: 2, total_pages: 1 },
  { cancel_url: null },
  {},
  { callbacks: [{ name: 'payment.completed' }] },
  { access_token: 'tok', token_type: 'Bearer', expires_in: 3600, id_token: null, scope: '*' },
  { access_token: 'tok', token_type: 'Bearer', expires_in: 3600 },
  { amount: '10.00', details: 'x', reference: 'y', continue_url: 'https://a.example/ok', callback_url: 'https://a.example/cb', required_confirmations: 2 },
  { status: 'paid', page: 0, pageSize: 40, sortBy: 'amount', sortOrder: 'asc' },
  { callback: 'payment.completed' },
  { grant_type: 'client_credentials', scope: '*' },
  { event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: paymentOrder() },
  ORDER_UUID,
];

const REPLACEMENTS: unknown[] = [undefined, null, '', 'x', 'x'.repeat(300), 'x'.repeat(301), 0, -1, 1, 1.5, Number.NaN, 40, 41, true, [], {}, ['a'], 'paid', '10.001', 'http://a.example', ORDER_UUID];

/** The seed itself, then the seed with each nested value in turn deleted or replaced. */
function* variants(seed: unknown): Generator<unknown> {
  yield seed;
  yield* mutate(seed, (value) => value);
}

function* mutate(value: unknown, rebuild: (replaced: unknown) => unknown): Generator<unknown> {
  for (const replacement of REPLACEMENTS) yield rebuild(replacement);
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    for (let i = 0; i < items.length; i++) {
      yield* mutate(items[i], (replaced) => rebuild(items.map((item, j) => (j === i ? replaced : item))));
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const { [key]: _removed, ...rest } = record;
      yield rebuild(rest);
      yield* mutate(record[key], (replaced) => rebuild({ ...record, [key]: replaced }));
    }
  }
}

describe('fast parse', () => {
  it('compiles every schema the SDK defines (none falls back to valibot on valid input)', () => {
    const missing = ALL_SCHEMAS.filter(([, schema]) => fastCheckFor(schema) === null).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('accepts exactly what valibot accepts, with the same output, on thousands of variants', () => {
    let compared = 0;
    let accepted = 0;
    const disagreements: string[] = [];
    for (const [name, schema] of ALL_SCHEMAS) {
      const fast = fastCheckFor(schema)!;
      for (const seed of SEEDS) {
        for (const input of variants(seed)) {
          const slow = v.safeParse(schema, input, { abortEarly: false });
          const quick = fast(input);
          const agree = slow.success ? quick !== INVALID && isDeepStrictEqual(quick, slow.output) : quick === INVALID;
          if (!agree) disagreements.push(`${name} on ${JSON.stringify(input)?.slice(0, 200)}`);
          if (slow.success) accepted++;
          compared++;
        }
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    // Both answers occur often: the comparison is not decided by one side alone.
    expect(compared).toBeGreaterThan(10_000);
    expect(accepted).toBeGreaterThan(500);
    expect(compared - accepted).toBeGreaterThan(5_000);
  });

  it('drops unknown keys and fills defaults as valibot does', () => {
    const fast = fastCheckFor(schemas.PaymentOrderCreationResponseSchema)!;
    const { created_at: _c, redirect_url: _r, ...withoutOptional } = creationResponse();
    const out = fast(withoutOptional) as Record<string, unknown>;
    expect(out).not.toHaveProperty('an_undocumented_field');
    expect(out.created_at).toBeNull();
    expect(out.redirect_url).toBeNull();
  });

  it('leaves a schema with a piece it does not know to valibot', () => {
    expect(fastCheckFor(v.object({ at: v.date() }))).toBeNull();
    expect(fastCheckFor(v.pipe(v.string(), v.transform((s) => s.length)))).toBeNull();
    expect(fastCheckFor(v.optional(v.string(), () => 'computed'))).toBeNull();
  });
});
