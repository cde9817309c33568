/**
 * Every error the worker sends carries words from both catalogues: what happened and what
 * to do, in the UI language. English technical text stays in `message` for "Copy details".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CLASSES, SdkHttpError, TimeoutError, ValidationError } from '../../sdk';
import * as createErrors from '../create/create-errors';
import { errorText } from '../../messaging/result';
import { text } from '../../shared/local-text';
import { API_TEXTS, AppError, notConfigured, toWireError, type AppErrorCode } from './errors';
import { permissionDenied } from './client-provider';
import { lockedError } from '../settings/settings-store';
import { managerNeeded } from '../roles/guard';

const catalogue = (language: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales', language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const english = catalogue('en');
const italian = catalogue('it');

function inBothCatalogues(key: string): void {
  expect(english[key]?.message, `en ${key}`).toBeTruthy();
  expect(italian[key]?.message, `it ${key}`).toBeTruthy();
}

const httpError = (errorCode: string) => new SdkHttpError({ status: 400, errorCode, requestId: 'req-9', debugInfo: { request: { method: 'GET', url: 'u', headers: {} }, response: { status: 400, headers: {}, body: '' } } } as ConstructorParameters<typeof SdkHttpError>[0]);

describe('API error texts', () => {
  it('map every API error code the worker words to a key in both catalogues', () => {
    for (const key of Object.values(API_TEXTS)) inBothCatalogues(key);
  });

  it('give every code the SDK knows, and an unknown one, words that carry no code or request id', () => {
    for (const code of [...Object.keys(ERROR_CLASSES), '9999', '']) {
      const wire = toWireError(httpError(code));
      inBothCatalogues(wire.text.key);
      const shown = errorText(wire);
      expect(shown).not.toMatch(/\b\d{4}\b|req-9|HTTP/);
      expect(wire.requestId ?? '').toBe('req-9'); // Still there for "Copy details".
    }
  });

  it('tell the cashier why a cancel was refused and what to do, not "forbidden"', () => {
    expect(errorText(toWireError(httpError('1012')))).toMatch(/^WebPOS does not allow this .* refresh the order/);
  });
});

describe('SDK validation rules', () => {
  it('map each documented rule to a field text in both catalogues', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../sdk/README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| field | rules |'), readme.indexOf('Forms can run the very same rules'));
    const ruleColumns = table.split('\n').slice(2).map((row) => (row.split('|')[2] ?? '').split(';')[0] ?? '');
    const documented = new Set(ruleColumns.flatMap((cell) => [...cell.matchAll(/`([a-z_]+)`/g)].map((m) => m[1] ?? '')));
    for (const rule of documented) {
      const wire = toWireError(new ValidationError('order', [{ field: 'x', rule, message: `${rule} failed` }]));
      const issue = wire.fields?.[0];
      expect(issue?.message).toBe(`${rule} failed`);
      inBothCatalogues(issue?.text.key ?? '');
    }
    expect([...documented].sort()).toEqual(['decimal', 'enum', 'https_url', 'integer', 'max', 'max_length', 'min', 'positive', 'required', 'type', 'uuid']);
  });
});

/** One real producer per AppErrorCode where the worker has one; the compiler demands every code. */
const PRODUCERS: Record<AppErrorCode, () => AppError> = {
  timeout: () => new AppError('timeout', text('error_sandbox_timeout', 'h', 5)),
  connection: () => new AppError('connection', text('error_sandbox_unreachable', 'h')),
  validation: () => new AppError('validation', text('error_bad_request')),
  not_configured: notConfigured,
  sandbox_only: () => new AppError('sandbox_only', text('error_sandbox_only_events')),
  invalid_settings: () => new AppError('invalid_settings', text('error_invalid_settings')),
  permission_denied: () => permissionDenied('https://api.example.com'),
  not_found: () => new AppError('not_found', text('error_sandbox_delivery_gone')),
  create_uncertain: () => createErrors.uncertain('K7QX2M9P', new TimeoutError('GET', 'https://api.example.com/x', 5)),
  create_held: () => createErrors.held('K7QX2M9P'),
  create_ended: () => createErrors.ended('K7QX2M9P', 'expired'),
  not_created: () => createErrors.notCreated('K7QX2M9P', new Error('lost')),
  cancel_refused: () => new AppError('cancel_refused', text('error_cancel_paid')),
  created_not_loaded: () => createErrors.notLoaded('K7QX2M9P', new Error('lost')),
  locked: lockedError,
  wrong_passphrase: () => new AppError('wrong_passphrase', text('vault_wrong')),
  unlock_throttled: () => new AppError('unlock_throttled', text('vault_throttled', 30)),
  no_passphrase: () => new AppError('no_passphrase', text('vault_none_set')),
  wrong_pin: () => new AppError('wrong_pin', text('role_wrong_pin')),
  manager_only: () => managerNeeded('role_manager_settings'),
  till_name_missing: () => new AppError('till_name_missing', text('till_name_missing')),
  internal: () => new AppError('internal', text('error_internal')),
};

describe('AppError texts', () => {
  it.each(Object.entries(PRODUCERS))('%s crosses the boundary with words from both catalogues, every placeholder filled', (code, make) => {
    const wire = toWireError(make());
    expect(wire.code).toBe(code);
    inBothCatalogues(wire.text.key);
    const shown = errorText(wire);
    expect(shown).not.toBe(wire.text.key);
    expect(shown).not.toMatch(/\$\d/);
  });

  it('name the sale code in the words a create attempt ends with, and keep the cause for "Copy details"', () => {
    const wire = toWireError(PRODUCERS.create_uncertain());
    expect(errorText(wire)).toContain('#K7QX2M9P');
    expect(errorText(wire)).not.toContain('api.example.com');
    expect(wire.details).toContain('api.example.com');
  });

  it.each(Object.entries(PRODUCERS))('%s says in English (logs, "Copy details") exactly what the English catalogue says for its key', (_code, make) => {
    const wire = toWireError(make());
    const params = (wire.text.params ?? []).map(String);
    const sentence = (english[wire.text.key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => params[Number(n) - 1] ?? '');
    expect(wire.message).toBe(sentence);
    for (const issue of wire.fields ?? []) expect(issue.message).toBe(english[issue.text.key]?.message.replace(/\$([1-9])/g, (_, n: string) => String(issue.text.params?.[Number(n) - 1] ?? '')));
  });

  it('an API refusal says in English what the English catalogue says, with the code, status and request id beside it', () => {
    const wire = toWireError(httpError('1001'));
    expect(wire.message).toBe(english.error_api_1001?.message);
    expect(wire).toMatchObject({ code: '1001', status: 400, requestId: 'req-9' });
  });
});
