import { describe, expect, it } from 'vitest';
import { readCatalogue } from './catalogue';
import { describeLeaks, englishProbes, findEnglishLeaks, type Messages } from './english-leak';

const messages = (entries: Record<string, string>): Messages =>
  Object.fromEntries(Object.entries(entries).map(([key, message]) => [key, { message }]));

const english = messages({
  create_submit: 'Create order',
  order_expires: 'Expires in $1',
  order_paid_note: 'The customer paid $1 of $2 so far: ask for the rest.',
  order_short: 'Sent $1 to $2',
  ext_name: 'WebPOS Counter',
  common_pin: 'PIN',
  options_mode_sandbox: 'Sandbox',
  status_paid: 'Paid',
  brand_line: 'Chainside Pay WebPOS',
});
const italian = messages({
  create_submit: 'Crea ordine',
  order_expires: 'Scade tra $1',
  order_paid_note: 'Il cliente ha pagato $1 di $2 finora: chiedi il resto.',
  order_short: 'Inviati $1 a $2',
  ext_name: 'WebPOS Counter',
  common_pin: 'PIN',
  options_mode_sandbox: 'Sandbox (prova)',
  status_paid: 'Pagato',
  brand_line: 'Chainside Pay WebPOS per i negozi',
});
const probes = englishProbes(english, italian);
const keysFound = (text: string) => findEnglishLeaks(text, probes).map((leak) => leak.key);

describe('englishProbes', () => {
  it('ignores messages identical in both languages, technical ones and English the translation itself contains', () => {
    const keys = probes.map((probe) => probe.key);
    expect(keys).not.toContain('ext_name');
    expect(keys).not.toContain('common_pin');
    expect(keys).not.toContain('brand_line');
    // "Sandbox" is also in the Italian "Sandbox (prova)": an Italian page may show it.
    expect(keys).not.toContain('options_mode_sandbox');
  });

  it('splits messages with placeholders into literal fragments and keeps those of three words or more', () => {
    expect(probes.filter((probe) => probe.key === 'order_paid_note').map((probe) => probe.text)).toEqual([
      'The customer paid',
      'so far: ask for the rest',
    ]);
    // "Expires in" and "Sent" / "to" are too short to prove anything alone.
    expect(probes.some((probe) => probe.key === 'order_expires' || probe.key === 'order_short')).toBe(false);
  });

  it('leaves out ignored keys', () => {
    expect(englishProbes(english, italian, ['create_submit']).some((probe) => probe.key === 'create_submit')).toBe(false);
  });
});

describe('findEnglishLeaks', () => {
  it('finds a planted English sentence and names its key and where it was seen', () => {
    const page = 'Ordine\n12,50 €\nThe customer paid 5,00 € of 12,50 € so far: ask for the rest.\nAggiorna';
    const leaks = findEnglishLeaks(page, probes);
    expect(leaks.map((leak) => [leak.key, leak.text])).toEqual([
      ['order_paid_note', 'The customer paid'],
      ['order_paid_note', 'so far: ask for the rest'],
    ]);
    expect(leaks[0]?.seenIn).toContain('The customer paid 5,00 €');
    expect(describeLeaks(leaks)).toContain('order_paid_note: "The customer paid" (seen in "');
  });

  it('finds short whole messages such as a button or a status word', () => {
    expect(keysFound('Importo\nCreate order')).toEqual(['create_submit']);
    expect(keysFound('Stato: Paid')).toEqual(['status_paid']);
  });

  it('passes a fully Italian page with brand names, identical words and wire values', () => {
    const page = 'WebPOS Counter\nPIN\nSandbox (prova)\nCrea ordine\nPagato\nstatus: paid\nChainside Pay WebPOS per i negozi';
    expect(findEnglishLeaks(page, probes)).toEqual([]);
  });

  it('matches whole words only, case-sensitively, across line breaks', () => {
    expect(keysFound('Unpaid Paidout')).toEqual([]);
    expect(keysFound('create order')).toEqual([]);
    expect(keysFound('Create\n  order')).toEqual(['create_submit']);
  });

  it('works on the real catalogues: the Italian status words pass, their English names do not', () => {
    const real = englishProbes(readCatalogue('en'), readCatalogue('it'));
    expect(findEnglishLeaks('In attesa · Pagato · Pagato in parte · Scaduto · Annullato', real)).toEqual([]);
    expect(findEnglishLeaks('Partly paid', real).map((leak) => leak.key)).toContain('status_partial');
  });
});
