import { describe, expect, it } from 'vitest';
import { csvDocument, csvFileName, csvNumber, csvStyleFor, guardedText, localDateTime, satsToBtc } from './csv';
import { readLikeSpreadsheet } from './csv-read.test-util';

const IT = csvStyleFor('it');
const EN = csvStyleFor('en-GB');

describe('the formula guard', () => {
  const evaluated = ['=1+1', '+39 333', '-2', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '＋1', '－1', '＠A1', '  =1', '\u00A0=1', '\uFEFF=1', ' \u00A0\uFEFF+1', '\n=1'];
  it.each(evaluated)('%j is kept as text, as typed', (typed) => {
    const [[cell]] = readLikeSpreadsheet(csvDocument([typed], [], IT), IT) as [[unknown]];
    expect(cell).toEqual({ text: typed });
  });

  it.each(['Table 4', 'caffè', '2 coffees', 'a=b', 'x-1', ''])('%j is left alone', (typed) => expect(guardedText(typed)).toBe(typed));

  it('without the guard the reader would evaluate those spellings (the reader itself is not blind)', () => {
    const file = `\uFEFF${evaluated.filter((e) => !/[\r\n]/.test(e)).join(';')}\r\n`;
    const [cells] = readLikeSpreadsheet(file, IT);
    expect(cells?.filter((cell) => 'text' in cell)).toEqual([]);
  });
});

describe('csvDocument', () => {
  const header = ['Importo', 'Riferimento', 'Cassa'];
  const rows = [
    [csvNumber('12.50'), 'Tavolo 4; due caffè', 'Cassa 1'],
    [csvNumber('-3.10'), 'say "hi"\r\nbye', 'Cassa 2'],
    [csvNumber('1000.05'), null, null],
  ];

  it('in Italian: BOM, `;` between cells, decimal comma; sums read back exactly', () => {
    const file = csvDocument(header, rows, IT);
    expect(file.startsWith('\uFEFFImporto;Riferimento;Cassa\r\n')).toBe(true);
    expect(file).toContain('12,50;"Tavolo 4; due caffè";Cassa 1');
    const sheet = readLikeSpreadsheet(file, IT);
    expect(sheet[0]).toEqual(header.map((text) => ({ text })));
    expect(sheet[2]?.[1]).toEqual({ text: 'say "hi"\r\nbye' });
    const sum = sheet.slice(1).reduce((total, row) => total + ('number' in row[0]! ? Math.round(row[0].number * 100) : NaN), 0);
    expect(sum).toBe(1250 - 310 + 100005);
  });

  it('in English: commas between cells, decimal point', () => {
    const sheet = readLikeSpreadsheet(csvDocument(header, rows, EN), EN);
    expect(sheet[1]).toEqual([{ number: 12.5 }, { text: 'Tavolo 4; due caffè' }, { text: 'Cassa 1' }]);
  });
});

describe('values and names', () => {
  it('writes satoshis as an exact BTC decimal', () => {
    expect(satsToBtc(12345)).toBe('0.00012345');
    expect(satsToBtc(2_100_000_000_000_000)).toBe('21000000.00000000');
  });

  it('writes the local date-time with its offset', () => {
    const iso = '2026-12-07T13:05:00Z';
    const when = new Date(iso);
    const shown = localDateTime(iso);
    expect(shown).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d$/);
    const [, date, time, sign, hh, mm] = /^(\S+) (\S+) ([+-])(\d\d):(\d\d)$/.exec(shown)!;
    const offsetMin = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
    expect(Date.parse(`${date}T${time}Z`) - offsetMin * 60_000).toBe(when.getTime());
    expect(localDateTime('garbage')).toBe('garbage');
  });

  it('names the file after what is inside', () => {
    expect(csvFileName(['webpos', 'Cassa 2', '2026-12-07', 'paid'])).toBe('webpos-cassa-2-2026-12-07-paid.csv');
    expect(csvFileName(['webpos', 'Città / Bar', null, '2026-12-07'])).toBe('webpos-citta-bar-2026-12-07.csv');
  });
});
