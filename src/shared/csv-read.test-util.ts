/**
 * Reads a CSV back as a spreadsheet in `style`'s language would: BOM dropped, quoted
 * cells joined across separators and line breaks, and a cell shown as a number only when
 * it reads as one with the style's decimal mark (a leading `'` keeps text as text).
 */
import type { CsvStyle } from './csv';

export type SheetCell = { text: string } | { number: number } | { formula: string };

export function readLikeSpreadsheet(file: string, style: CsvStyle): SheetCell[][] {
  const body = file.startsWith('\uFEFF') ? file.slice(1) : file;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted && ch === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === style.separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((cells) => cells.map((raw) => sheetCell(raw, style)));
}

const NUMBER = { ',': /^-?\d+(?:,\d+)?$/, '.': /^-?\d+(?:\.\d+)?$/ } as const;

function sheetCell(raw: string, style: CsvStyle): SheetCell {
  if (raw.startsWith("'")) return { text: raw.slice(1) };
  // What a spreadsheet would evaluate: the spellings the guard must catch.
  const start = raw.replace(/^[\s\uFEFF\u00A0]+/, '').normalize('NFKC');
  if (/^[=+\-@]/.test(start) && !NUMBER[style.decimal].test(raw)) return { formula: raw };
  if (/^[\t\r]/.test(raw)) return { formula: raw };
  if (NUMBER[style.decimal].test(raw)) return { number: Number(raw.replace(style.decimal, '.')) };
  return { text: raw };
}
