import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue, substitute, translatorFor } from '../shared/catalogue';
import { chooseLanguage } from './language';

const italian = readCatalogue(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/it/messages.json'), 'utf8')));

describe('the customer display catalogue reader', () => {
  it('speaks Italian from the Italian catalogue while the browser speaks English', () => {
    const say = translatorFor(italian);
    expect(say('customer_paid')).toBe('Pagato — grazie');
    expect(say('customer_expires_in', '4:05')).toBe('Scade tra 4:05');
    expect(say('customer_received_of', '6,00 €', '10,00 €')).toBe('Ricevuti 6,00 € su 10,00 €');
  });

  it('falls back to the UI language for a key the catalogue lacks, and to the UI language without a catalogue', () => {
    expect(translatorFor(new Map())('customer_paid')).toBe('Paid — thank you');
    expect(translatorFor(null)('customer_expires_in', '1:00')).toBe('Expires in 1:00');
  });

  it('fills $n and $$ as the browsers do', () => {
    expect(substitute('$1 of $2, $$3', ['a', 'b'])).toBe('a of b, $3');
    expect(substitute('only $3', ['a'])).toBe('only ');
  });

  it('keeps only well-formed entries of a hand-edited or broken file', () => {
    const catalogue = readCatalogue({ good: { message: 'Ok' }, noMessage: {}, wrong: { message: 3 }, nul: null });
    expect([...catalogue]).toEqual([['good', 'Ok']]);
    expect(readCatalogue('not json').size).toBe(0);
    expect(readCatalogue([{ message: 'x' }]).size).toBe(0);
  });
});

describe('chooseLanguage', () => {
  it("'auto' is the UI language and its locale, without reading a catalogue", () => {
    expect(chooseLanguage('auto', 'en-GB')).toEqual({ language: 'en', locale: 'en-GB', catalogue: null });
  });

  it('the UI language chosen explicitly keeps the browser region', () => {
    expect(chooseLanguage('it', 'it-CH')).toEqual({ language: 'it', locale: 'it-CH', catalogue: null });
  });

  it('another language reads its catalogue and formats in it', () => {
    expect(chooseLanguage('it', 'en-US')).toEqual({ language: 'it', locale: 'it', catalogue: 'it' });
    expect(chooseLanguage('en', 'it-IT')).toEqual({ language: 'en', locale: 'en', catalogue: 'en' });
  });
});
