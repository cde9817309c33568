import { describe, expect, it } from 'vitest';
import { hashPin, pinMatches } from '../roles/pin';
import { SETTINGS_DEFAULTS, type SettingsValues } from '../../shared/settings-schema';
import { pinHashLine, pinRecordOf, resolvePolicy } from './managed-policy';

const local: SettingsValues = { ...SETTINGS_DEFAULTS, clientId: 'local-client', baseUrl: 'http://127.0.0.1:9000', notifications: false, customerLanguage: 'it' };

describe('managed > local > default', () => {
  it('a managed value wins over the local one, which wins over the default', () => {
    const { values, managed } = resolvePolicy({ clientId: 'shop-client', sound: false }, local);
    expect(values.clientId).toBe('shop-client');
    expect(values.sound).toBe(false);
    expect(values.notifications).toBe(false); // local, not the default true
    expect(values.timeoutSeconds).toBe(SETTINGS_DEFAULTS.timeoutSeconds); // neither: the default
    expect(managed.sort()).toEqual(['clientId', 'sound']);
  });

  it('a value removed from the policy returns the local one', () => {
    expect(resolvePolicy({ clientId: 'shop-client' }, local).values.clientId).toBe('shop-client');
    const after = resolvePolicy({}, local);
    expect(after.values.clientId).toBe('local-client');
    expect(after.managed).toEqual([]);
  });

  it('no policy at all (a browser without managed storage) is the local settings untouched', () => {
    for (const raw of [undefined, null, {}]) {
      const resolved = resolvePolicy(raw, local);
      expect(resolved.values).toEqual(local);
      expect(resolved.problems).toEqual([]);
    }
  });

  it('managed values are stored as a saved form would store them (URL normalized, id trimmed)', () => {
    const { values } = resolvePolicy({ baseUrl: ' http://127.0.0.1:8787/ ', clientId: ' demo ' }, local);
    expect(values.baseUrl).toBe('http://127.0.0.1:8787');
    expect(values.clientId).toBe('demo');
  });
});

describe('malformed values are ignored and named, the rest applies', () => {
  it('a wrong type keeps the local value and names the key with why', () => {
    const { values, problems, managed } = resolvePolicy({ notifications: 'yes', clientId: 'shop-client' }, local);
    expect(values.notifications).toBe(false);
    expect(values.clientId).toBe('shop-client');
    expect(managed).toEqual(['clientId']);
    expect(problems).toEqual([{ key: 'notifications', text: { key: 'policy_expected_boolean' } }]);
  });

  it('the settings’ own rules apply: an unknown language, a client id with a colon, an address that is no URL', () => {
    const { values, problems } = resolvePolicy({ customerLanguage: 'fr', clientId: 'a:b', baseUrl: 'not a url', sound: false }, local);
    expect(values).toEqual({ ...local, sound: false });
    expect(problems.map((p) => [p.key, p.text.key]).sort()).toEqual([
      ['baseUrl', 'settings_url_invalid'], ['clientId', 'settings_client_id_colon'], ['customerLanguage', 'settings_customer_language_choice'],
    ]);
  });

  it('a live mode refuses a plain-http address from the policy, and the address is checked against the managed mode', () => {
    const live = resolvePolicy({ mode: 'live', baseUrl: 'http://example.com' }, local);
    expect(live.values.mode).toBe('live');
    expect(live.values.baseUrl).toBe(local.baseUrl);
    expect(live.problems).toEqual([{ key: 'baseUrl', text: { key: 'settings_url_live_https' } }]);
    const badMode = resolvePolicy({ mode: 'production', baseUrl: 'http://127.0.0.1:8787' }, local);
    expect(badMode.values).toEqual({ ...local, baseUrl: 'http://127.0.0.1:8787' });
    expect(badMode.problems.map((p) => p.key)).toEqual(['mode']);
  });

  it('unknown keys, a lock that is not a boolean and a policy that is not an object are named, never thrown', () => {
    expect(resolvePolicy({ secret: 'x', lockSettings: 'yes' }, local).problems.map((p) => p.key)).toEqual(['secret', 'lockSettings']);
    expect(resolvePolicy('garbage', local)).toMatchObject({ values: local, problems: [{ key: '*' }] });
    expect(resolvePolicy([1, 2], local).problems.map((p) => p.key)).toEqual(['*']);
  });

  it('list settings are checked for shape even before this build has them', () => {
    const { problems } = resolvePolicy({ cashiers: ['Anna', ''], items: [{ name: 'Coffee', price: '1,20' }], keypad: 'maybe', tillName: 7 }, local);
    expect(problems.map((p) => p.key).sort()).toEqual(['cashiers', 'items', 'keypad', 'tillName']);
    expect(resolvePolicy({ cashiers: ['Anna'], items: [{ name: 'Coffee', price: '1.20', emoji: '☕' }], keypad: 'on', tillName: 'Cassa 7' }, local).problems).toEqual([]);
  });
});

describe('lock and PIN', () => {
  it('lockSettings true locks; absent or false does not', () => {
    expect(resolvePolicy({ lockSettings: true }, local).locked).toBe(true);
    expect(resolvePolicy({ lockSettings: false }, local).locked).toBe(false);
    expect(resolvePolicy({}, local).locked).toBe(false);
  });

  it('a PIN hash line round-trips and still matches its PIN; a weak or garbled one is refused', async () => {
    const record = await hashPin('2468');
    const line = pinHashLine(record);
    const resolved = resolvePolicy({ managerPinHash: line }, local);
    expect(resolved.pinManaged).toBe(true);
    expect(await pinMatches('2468', resolved.pin ?? record)).toBe(true);
    expect(await pinMatches('1357', resolved.pin ?? record)).toBe(false);
    expect(pinRecordOf(line.replace(/\$\d+\$/, '$1000$'))).toBeNull(); // fewer iterations than the till's own
    expect(resolvePolicy({ managerPinHash: '2468' }, local)).toMatchObject({ pinManaged: false, pin: null, problems: [{ key: 'managerPinHash' }] });
  });
});
