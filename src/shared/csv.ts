/**
 * CSV an accountant opens: in the UI's language's spreadsheet conventions (Italian: `;`
 * between cells and a decimal comma), UTF-8 with a BOM so the accents survive, local
 * date-times with their offset, and no cell a spreadsheet would run as a formula.
 * Used by the order list's export and the day's close.
 */

/** How a spreadsheet in one language splits cells and reads numbers. */
export interface CsvStyle {
  separator: ',' | ';';
  decimal: '.' | ',';
}

/** Italian (and other decimal-comma languages') spreadsheets split on `;`. */
export function csvStyleFor(language: string): CsvStyle {
  return /^(it|de|fr|es|pt|nl)\b/i.test(language) ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/** A number we write ourselves (an exact decimal string like "12.50"): written with the style's mark, never guarded. */
export interface CsvNumber {
  decimal: string;
}

export type CsvValue = string | CsvNumber | null | undefined;

export const csvNumber = (decimal: string): CsvNumber => ({ decimal });

/** Satoshis as a BTC decimal string, exactly ("0.00012345"). */
export function satsToBtc(sats: number): string {
  const whole = BigInt(Math.trunc(sats));
  const sign = whole < 0n ? '-' : '';
  const abs = whole < 0n ? -whole : whole;
  return `${sign}${abs / 100_000_000n}.${(abs % 100_000_000n).toString().padStart(8, '0')}`;
}

/**
 * What a spreadsheet evaluates: = + - @ (also full-width), after any leading white space,
 * NBSP or BOM (`\s` holds them all), and a leading tab or CR on their own.
 */
const FORMULA_START = /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

/** Text someone typed, made inert: a leading `'` shows it as text instead of running it. */
export function guardedText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue, style: CsvStyle): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? guardedText(value) : value.decimal.replace('.', style.decimal);
  const mustQuote = text.includes(style.separator) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header line, one line per row, CRLF line ends as RFC 4180 has them. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[], style: CsvStyle): string {
  const line = (cells: readonly CsvValue[]) => cells.map((cell) => csvCell(cell, style)).join(style.separator);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** This computer's local date-time with its offset, e.g. `2026-12-07 14:05:00 +01:00`; unreadable text stays as it was. */
export function localDateTime(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const offset = -when.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}`;
  const time = `${two(when.getHours())}:${two(when.getMinutes())}:${two(when.getSeconds())}`;
  return `${date} ${time} ${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** This computer's local day, `2026-12-07`. */
export function localDay(when: Date): string {
  return `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}`;
}

/** A file name saying what is inside: the parts in order, each lower case, ASCII, dash-joined. */
export function csvFileName(parts: readonly (string | null | undefined)[]): string {
  const slug = (part: string) =>
    part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const kept = parts.filter((part): part is string => typeof part === 'string').map(slug).filter((part) => part !== '');
  return `${kept.join('-')}.csv`;
}
