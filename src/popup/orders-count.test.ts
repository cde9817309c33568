import { describe, expect, it, onTestFinished } from 'vitest';
import { fakeI18n } from '../../scripts/i18n/catalogue';
import { ordersCountText } from './orders-count';
import { parseAmount } from './amount';

describe('the orders count', () => {
  it('never says more orders are shown than exist ("7 of 5")', () => {
    expect(ordersCountText(7, 5, false, null)).toBe('7 orders');
    expect(ordersCountText(5, 5, false, null)).toBe('5 of 5 orders');
    expect(ordersCountText(40, 120, false, null)).toBe('40 of 120 orders');
    expect(ordersCountText(1, null, false, null)).toBe('1 order');
  });

  it('offline, says the list is what this computer saved', () => {
    expect(ordersCountText(7, 5, true, null)).toBe('7 orders saved on this computer (offline: there may be more)');
  });

  it('while searching, counts the matches among the loaded orders', () => {
    expect(ordersCountText(7, 5, true, 2)).toBe('2 of 7 loaded orders match');
  });

  it('in Italian, counts with Italian plurals and numbers', () => {
    const scope = globalThis as { chrome?: unknown };
    const before = scope.chrome;
    scope.chrome = { i18n: fakeI18n('it', 'it-IT') };
    onTestFinished(() => {
      scope.chrome = before;
    });
    expect(ordersCountText(1, 1, false, null)).toBe('1 di 1 ordine');
    expect(ordersCountText(12_000, 15_000, false, null)).toBe('12.000 di 15.000 ordini');
    expect(ordersCountText(1, null, true, null)).toBe('1 ordine salvato su questo computer (non connesso: potrebbero essercene altri)');
    expect(ordersCountText(25, null, false, 1)).toBe('1 di 25 ordini caricati corrisponde');
    // The amount's refusals name money as Italians write it.
    const refused = parseAmount('2000000');
    expect(refused.ok ? null : refused.message).toMatch(/^È più di 1\.000\.000,00\s€: controlla l'importo\.$/);
  });
});
