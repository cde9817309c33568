import { describe, expect, it } from 'vitest';
import { SecretRegistry } from './secrets';

describe('SecretRegistry', () => {
  it('scrubs every remembered secret from error messages and log lines', () => {
    const secrets = new SecretRegistry();
    secrets.remember('stored-secret-1');
    secrets.remember('typed-secret-2');
    secrets.remember('');
    secrets.remember(undefined);
    expect(secrets.list()).toEqual(['stored-secret-1', 'typed-secret-2']);
    const wire = secrets.toWireError(new Error('login with stored-secret-1 and typed-secret-2 failed'));
    expect(wire.details).toContain('login with');
    expect(JSON.stringify(wire)).not.toContain('stored-secret-1');
    expect(JSON.stringify(wire)).not.toContain('typed-secret-2');

    const lines: unknown[][] = [];
    secrets.warn('polling', new Error('typed-secret-2 leaked'), (...args) => lines.push(args));
    expect(lines).toHaveLength(1);
    expect(lines[0]![0]).toBe('WebPOS Counter: polling failed');
    expect(String(lines[0]![1])).not.toContain('typed-secret-2');
  });
});
