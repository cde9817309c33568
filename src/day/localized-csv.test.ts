import { describe, expect, it } from 'vitest';
import { csvStyleFor, localizedCsv } from './localized-csv';

describe('localizedCsv', () => {
  it('writes Italian with ; and a decimal comma, a BOM and CRLF', () => {
    const csv = localizedCsv(['Nome', 'Pagati (€)'], [[{ text: 'Cassa 1' }, { decimal: '12.60' }]], csvStyleFor('it'));
    expect(csv).toBe('\ufeffNome;Pagati (€)\r\nCassa 1;12,60\r\n');
  });

  it('keeps English with , and a decimal point, quoting a cell holding a comma', () => {
    expect(localizedCsv(['a'], [[{ text: 'x, y' }], [{ decimal: '0.30' }]], csvStyleFor('en'))).toBe('\ufeffa\r\n"x, y"\r\n0.30\r\n');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', ' =1', '\u00a0=1', '\ufeff=1', '\uff1d1', '\uff0b1'])('guards %j against being evaluated', (text) => {
    const line = localizedCsv(['h'], [[{ text }]], csvStyleFor('it')).split('\r\n')[1] ?? '';
    expect(line.replace(/^"/, '').startsWith("'")).toBe(true);
  });
});
