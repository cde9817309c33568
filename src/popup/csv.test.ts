import { describe, expect, it } from 'vitest';
import { csvCell, ordersToCsv } from './csv';
import { row } from './test-rows.test-util';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('%j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('defuses the formula %j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('leaves numbers and empty values alone', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(25000)).toBe('25000');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('ordersToCsv', () => {
  it('writes a header and one line per order', () => {
    const csv = ordersToCsv([
      row({ uuid: 'u1', amount: '10.00', reference: 'Table 4, window', details: 'Two "large" coffees' }),
      row({ uuid: 'u2', amount: '3.50', reference: null, details: '=1+1' }),
      row({ uuid: 'u3', amount: '2.00', reference: 'Table 5 #K7QX2M9P', details: null }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('uuid,created_at,amount,currency,btc_amount_sats,status,blockchain_status,reference,sale_code,details,expiration_time');
    expect(lines[1]).toContain('u1,');
    expect(lines[1]).toContain(',10.00,EUR,25000,pending,pending,"Table 4, window",,"Two ""large"" coffees",');
    expect(lines[2]).toContain(",3.50,EUR,25000,pending,pending,,,'=1+1,");
    expect(lines[3]).toContain(',2.00,EUR,25000,pending,pending,Table 5 #K7QX2M9P,K7QX2M9P,,');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });
});
