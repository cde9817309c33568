import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeI18n } from '../../scripts/i18n/catalogue';
import { plural, t, uiLanguage, uiLocale } from './i18n';

function speak(language: string, locale = language): void {
  vi.stubGlobal('chrome', { i18n: fakeI18n(language, locale) });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('t', () => {
  it('answers in the UI language, with its parameters', () => {
    speak('it', 'it-IT');
    expect(t('status_paid')).toBe('Pagato');
    expect(uiLanguage()).toBe('it');
    speak('en');
    expect(t('status_paid')).toBe('Paid');
  });

  it('shows a key the catalogue lacks as itself, never as a blank', () => {
    speak('en');
    expect(t('no_such_key' as 'status_paid')).toBe('no_such_key');
  });
});

describe('plural', () => {
  it('picks the form by Intl.PluralRules and writes the count in the UI language', () => {
    speak('en');
    expect(plural('badge_pending', 1)).toBe('WebPOS Counter: 1 pending order made here');
    expect(plural('badge_pending', 1200)).toBe('WebPOS Counter: 1,200 pending orders made here');
  });

  it('falls back to the "other" form for a category the catalogue does not spell (Italian "many")', () => {
    speak('it', 'it-IT');
    expect(plural('badge_pending', 1)).toBe('WebPOS Counter: 1 ordine in attesa creato qui');
    expect(plural('badge_pending', 1_000_000)).toBe('WebPOS Counter: 1.000.000 ordini in attesa creati qui');
  });
});

describe('uiLocale', () => {
  it('follows the catalogue in use, keeping the browser region when the languages agree', () => {
    speak('it', 'it-CH');
    expect(uiLocale()).toBe('it-CH');
    speak('en', 'it-IT');
    expect(uiLocale()).toBe('en');
    speak('en', 'en-GB');
    expect(uiLocale()).toBe('en-GB');
  });
});
