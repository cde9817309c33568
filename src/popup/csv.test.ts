import { describe, expect, it } from 'vitest';
import { detailsWithTags } from '../messaging/order-tags';
import { csvStyleFor } from '../shared/csv';
import { readLikeSpreadsheet } from '../shared/csv-read.test-util';
import { t } from '../shared/i18n';
import { listFileName, ordersToCsv } from './csv';
import { row } from './test-rows.test-util';

const IT = csvStyleFor('it');

describe('ordersToCsv', () => {
  const rows = [
    row({ uuid: 'u1', amount: '10.00', btc_amount: 25000, reference: 'Table 4, window #K7QX2M9P', details: detailsWithTags('Two "large" coffees', { till: 'Cassa 1', cashier: 'Anna' }), status: 'paid', blockchain_status: 'paid' }),
    row({ uuid: 'u2', amount: '3.50', btc_amount: 8750, reference: null, details: '=1+1' }),
    row({ uuid: 'u3', amount: '1234.05', btc_amount: 1, reference: '@home', details: null }),
  ];

  it('reads back in an Italian spreadsheet as columns, with the sums of the orders', () => {
    const sheet = readLikeSpreadsheet(ordersToCsv(rows, IT), IT);
    expect(sheet).toHaveLength(4);
    expect(sheet[0]?.[0]).toEqual({ text: t('csv_col_created') });
    expect(sheet[0]?.[6]).toEqual({ text: t('csv_col_till') });
    const [first, second, third] = sheet.slice(1);
    expect(first?.slice(1, 10)).toEqual([
      { text: 'K7QX2M9P' }, { number: 10 }, { text: 'EUR' }, { number: 0.00025 }, { text: t('status_paid') },
      { text: 'Cassa 1' }, { text: 'Anna' }, { text: 'Table 4, window' }, { text: 'Two "large" coffees' },
    ]);
    expect(second?.[9]).toEqual({ text: '=1+1' });
    expect(third?.[8]).toEqual({ text: '@home' });
    const cents = sheet.slice(1).reduce((sum, cells) => sum + ('number' in cells[2]! ? Math.round(cells[2].number * 100) : Number.NaN), 0);
    expect(cents).toBe(1000 + 350 + 123405);
    const sats = sheet.slice(1).reduce((sum, cells) => sum + ('number' in cells[4]! ? Math.round(cells[4].number * 1e8) : Number.NaN), 0);
    expect(sats).toBe(25000 + 8750 + 1);
  });

  it('writes local date-times with their offset', () => {
    const sheet = readLikeSpreadsheet(ordersToCsv(rows, IT), IT);
    expect(sheet[1]?.[0]).toEqual({ text: expect.stringMatching(/^2026-11-26 \d\d:00:00 [+-]\d\d:\d\d$/) });
  });
});

describe('listFileName', () => {
  const day = new Date(2026, 11, 7, 14, 5);
  it('names the till, the day, the status and a search; never "all"', () => {
    expect(listFileName({ till: 'Cassa 2', todayOnly: true, status: 'paid', searched: false }, day)).toBe('webpos-cassa-2-2026-12-07-paid.csv');
    expect(listFileName({ till: null, todayOnly: false, status: 'all', searched: true }, day)).toBe('webpos-until-2026-12-07-search.csv');
    expect(listFileName({ till: null, todayOnly: false, status: 'all', searched: false }, day)).not.toContain('all');
  });
});
