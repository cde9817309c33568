import { describe, expect, it } from 'vitest';
import { Client, ConfigError, HOSTS, MemoryCache, SdkError, type ClientConfig } from './index';

const ok = { clientId: 'id', secret: 's' };

function configError(config: unknown): ConfigError {
  try {
    new Client(config as ClientConfig);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect(err).toBeInstanceOf(SdkError);
    expect((err as ConfigError).code).toBe('config');
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('exposes the two hosts', () => {
    expect(HOSTS).toEqual({
      live: 'https://api.webpos.chainside.net',
      sandbox: 'https://api.sandbox.webpos.chainside.net',
    });
  });

  it('throws a ConfigError naming the key', () => {
    expect(configError(undefined).key).toBe('config');
    expect(configError({ secret: 's' }).key).toBe('clientId');
    expect(configError({ clientId: '  ', secret: 's' }).key).toBe('clientId');
    expect(configError({ clientId: 'a:b', secret: 's' }).key).toBe('clientId');
    expect(configError({ clientId: 'id' }).key).toBe('secret');
    expect(configError({ clientId: 'id', secret: '' }).key).toBe('secret');
    expect(configError({ ...ok, mode: 'test' }).key).toBe('mode');
    expect(configError({ ...ok, baseUrl: 'ftp://example.com' }).key).toBe('baseUrl');
    expect(configError({ ...ok, baseUrl: 'javascript:alert(1)' }).key).toBe('baseUrl');
    expect(configError({ ...ok, baseUrl: 'not a url' }).key).toBe('baseUrl');
    expect(configError({ ...ok, baseUrl: 'http://user:pw@host' }).key).toBe('baseUrl');
    expect(configError({ ...ok, http: { timeout: 0 } }).key).toBe('http.timeout');
    expect(configError({ ...ok, http: { timeout: '10' } }).key).toBe('http.timeout');
    expect(configError({ ...ok, http: 5 }).key).toBe('http');
    expect(configError({ ...ok, cache: {} }).key).toBe('cache');
    expect(configError({ ...ok, fetch: 'fetch' }).key).toBe('fetch');
  });

  it('never puts the secret in a ConfigError message', () => {
    const err = configError({ clientId: 'id', secret: 'hunter2-secret', mode: 'bogus' });
    expect(err.message).not.toContain('hunter2-secret');
  });

  it('defaults to live, normalizes the base URL and accepts custom caches', () => {
    expect(new Client(ok).describe().mode).toBe('live');
    expect(new Client({ ...ok, baseUrl: 'http://127.0.0.1:8787/' }).describe().baseUrl).toBe('http://127.0.0.1:8787');
    expect(new Client({ ...ok, baseUrl: 'https://proxy.example/webpos//' }).describe().baseUrl).toBe('https://proxy.example/webpos');
    expect(new Client({ ...ok, mode: 'sandbox', baseUrl: '' }).describe().baseUrl).toBe(HOSTS.sandbox);
    expect(() => new Client({ ...ok, cache: new MemoryCache(), http: { timeout: 2.5 } })).not.toThrow();
  });
});
