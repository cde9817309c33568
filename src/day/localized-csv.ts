/**
 * A CSV a spreadsheet in the UI's language opens in columns: in Italian `;` between cells and
 * a decimal comma, English `,` and a decimal point; UTF-8 with a BOM; CRLF line ends. Text a
 * spreadsheet would evaluate (= + - @, tab, CR, their full-width forms, also after leading
 * spaces, NBSP or a BOM) is prefixed with `'`.
 *
 * Stand-in for the till feature's localized CSV writer (issue 24 point 4): when it lands, point
 * `localizedCsv` at it; the day's CSV only uses this one function.
 */
export type CsvCell = { text: string } | { decimal: string } | { integer: number } | null;

export interface CsvStyle {
  separator: ',' | ';';
  decimalMark: '.' | ',';
}

export function csvStyleFor(language: string): CsvStyle {
  return language === 'it' ? { separator: ';', decimalMark: ',' } : { separator: ',', decimalMark: '.' };
}

const FORMULA_START = /^[\s\u00a0\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

function cellText(cell: CsvCell, style: CsvStyle): string {
  if (cell === null) return '';
  if ('integer' in cell) return String(cell.integer);
  if ('decimal' in cell) return cell.decimal.replace('.', style.decimalMark);
  const text = FORMULA_START.test(cell.text) ? `'${cell.text}` : cell.text;
  return new RegExp(`["\\r\\n${style.separator}]`).test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function localizedCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], style: CsvStyle): string {
  const lines = [header.map((h) => cellText({ text: h }, style)), ...rows.map((r) => r.map((c) => cellText(c, style)))];
  return `\ufeff${lines.map((cells) => cells.join(style.separator)).join('\r\n')}\r\n`;
}
