import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

describe('CLI arguments', () => {
  it('defaults to port 8787', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'run', options: { port: 8787 } });
  });

  it('parses every option, with spaces or =', () => {
    const result = parseCliArgs([
      '--port', '9000', '--host=0.0.0.0', '--client-id', 'me', '--secret', 's3', '--seed', '40', '--seed-random=9',
      '--token-ttl', '120', '--order-ttl', '60', '--data', 'x.json', '--forward-to', 'http://localhost:4242/webhooks', '--latency', '50', '--error-rate', '0.1',
      '--too-many-requests-rate', '0.2', '--retry-after', '3', '--early-token-expiry', '5', '--hang', '--commit-then-drop', '--commit-then-hang', '--quiet',
      '--error-after-commit', '502',
    ]);
    expect(result).toEqual({
      kind: 'run',
      options: {
        port: 9000, host: '0.0.0.0', clientId: 'me', secret: 's3', seed: 40, seedRandom: 9, tokenTtlSeconds: 120,
        orderTtlSeconds: 60, dataFile: 'x.json', forwardTo: 'http://localhost:4242/webhooks', quiet: true,
        faults: { latencyMs: 50, errorRate: 0.1, tooManyRequestsRate: 0.2, retryAfterSeconds: 3, tokenTtlSeconds: 5, hang: true, commitThenDrop: true, commitThenHang: true, errorAfterCommit: 502 },
      },
    });
  });

  it('shows help', () => {
    expect(parseCliArgs(['--port', '1', '--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port'], /needs a value/],
    [['--port', 'x'], /--port must be an integer/],
    [['--port', '70000'], /--port/],
    [['--error-rate', '2'], /--error-rate/],
    [['--seed', '1.5'], /--seed/],
    [['--error-after-commit', '404'], /--error-after-commit must be an integer from 500 to 599/],
    [['--nope'], /unknown option --nope/],
    [['stray'], /unexpected argument/],
    [['--hang=yes'], /takes no value/],
    [['--secret='], /must not be empty/],
    [['--forward-to', 'localhost:4242'], /--forward-to must be an http/],
    [['--forward-to', 'not a url'], /--forward-to must be a full/],
    [['--forward-to', 'http://me:pw@127.0.0.1/'], /user name or password/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
