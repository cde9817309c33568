import type { Faults } from './faults';
import { checkForwardTo } from './forward-to';
import type { SandboxOptions } from './server';

export const USAGE = `Usage: npm run sandbox -- [options]

  --port N                   port to listen on (default 8787; 0 = random)
  --host HOST                interface to bind (default 127.0.0.1)
  --client-id ID             client id to accept (default demo-merchant)
  --secret S                 client secret to accept and sign callbacks with (default sandbox-demo-secret)
  --seed N                   create N demo orders at start (default 0)
  --seed-random N            PRNG seed for the demo orders (default 1)
  --token-ttl SECONDS        access token lifetime (default 3600)
  --order-ttl SECONDS        payment order lifetime (default 900)
  --data FILE                keep orders and tokens in FILE across restarts
  --forward-to URL           also deliver every callback to URL, signed the same way
  --latency MS               fault: added latency on every API response
  --error-rate X             fault: share 0..1 of API requests answered with 4000
  --too-many-requests-rate X fault: share 0..1 answered with 2000 + Retry-After
  --retry-after SECONDS      Retry-After sent with 2000 (default 1)
  --early-token-expiry S     fault: new tokens really expire after S seconds
  --hang                     fault: API requests are never answered
  --commit-then-drop         fault: POST /payment-order creates, then cuts the connection
  --commit-then-hang         fault: POST /payment-order creates, then never answers
  --error-after-commit STATUS fault: POST /payment-order creates, then answers this 5xx
  --quiet                    print nothing but errors
  --help                     show this help`;

export type CliResult = { kind: 'help' } | { kind: 'run'; options: SandboxOptions & { port: number } };

const VALUE_FLAGS = new Set([
  'port', 'host', 'client-id', 'secret', 'seed', 'seed-random', 'token-ttl', 'order-ttl', 'data', 'forward-to',
  'latency', 'error-rate', 'too-many-requests-rate', 'retry-after', 'early-token-expiry', 'error-after-commit',
]);
const BOOLEAN_FLAGS = new Set(['hang', 'commit-then-drop', 'commit-then-hang', 'quiet', 'help']);

function number(flag: string, raw: string, min: number, max: number, integer: boolean): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`--${flag} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Parses CLI arguments (without node and script); throws Error with a readable message. */
export function parseCliArgs(argv: readonly string[]): CliResult {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (BOOLEAN_FLAGS.has(name)) {
      if (eq >= 0) throw new Error(`--${name} takes no value`);
      flags.add(name);
    } else if (VALUE_FLAGS.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      values.set(name, value);
    } else {
      throw new Error(`unknown option --${name}`);
    }
  }
  if (flags.has('help')) return { kind: 'help' };

  const options: SandboxOptions & { port: number } = { port: 8787 };
  const faults: Partial<Faults> = {};
  for (const [name, raw] of values) {
    switch (name) {
      case 'port': options.port = number(name, raw, 0, 65535, true); break;
      case 'host': options.host = raw; break;
      case 'client-id': options.clientId = raw; break;
      case 'secret': options.secret = raw; break;
      case 'seed': options.seed = number(name, raw, 0, 100_000, true); break;
      case 'seed-random': options.seedRandom = number(name, raw, 0, 2 ** 32 - 1, true); break;
      case 'token-ttl': options.tokenTtlSeconds = number(name, raw, 1, 31_536_000, true); break;
      case 'order-ttl': options.orderTtlSeconds = number(name, raw, 1, 31_536_000, true); break;
      case 'data': options.dataFile = raw; break;
      case 'forward-to': options.forwardTo = checkForwardTo(raw); break;
      case 'latency': faults.latencyMs = number(name, raw, 0, 600_000, false); break;
      case 'error-rate': faults.errorRate = number(name, raw, 0, 1, false); break;
      case 'too-many-requests-rate': faults.tooManyRequestsRate = number(name, raw, 0, 1, false); break;
      case 'retry-after': faults.retryAfterSeconds = number(name, raw, 0, 86_400, false); break;
      case 'early-token-expiry': faults.tokenTtlSeconds = number(name, raw, 0, 31_536_000, false); break;
      case 'error-after-commit': faults.errorAfterCommit = number(name, raw, 500, 599, true); break;
    }
  }
  if (options.clientId === '') throw new Error('--client-id must not be empty');
  if (options.secret === '') throw new Error('--secret must not be empty');
  if (flags.has('hang')) faults.hang = true;
  if (flags.has('commit-then-drop')) faults.commitThenDrop = true;
  if (flags.has('commit-then-hang')) faults.commitThenHang = true;
  if (flags.has('quiet')) options.quiet = true;
  if (Object.keys(faults).length > 0) options.faults = faults;
  return { kind: 'run', options };
}
