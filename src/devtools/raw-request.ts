/**
 * Splits a pasted HTTP request (request line, headers, blank line, body) into
 * headers and the body, exactly: the body is everything after the first
 * blank line, byte for byte (its own blank lines and line endings kept).
 */
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';

export interface SplitRequest {
  ok: true;
  /** e.g. "POST /webhooks/webpos HTTP/1.1"; null when the paste starts with headers. */
  requestLine: string | null;
  headers: [name: string, value: string][];
  body: string;
  /** The chainside-signature value, or null when absent. */
  signature: string | null;
  /** Things worth knowing that don't stop the check, in the UI language. */
  warnings: string[];
}

export type SplitResult = SplitRequest | { ok: false; error: string };

const SIGNATURE = 'chainside-signature';
const HEADER_RE = /^(:?[!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
const REQUEST_LINE_RE = /^[A-Z]+ \S+( HTTP\/\d(\.\d)?)?$/;

export function splitRawRequest(raw: string): SplitResult {
  if (raw.trim() === '') return { ok: false, error: t('panel_raw_empty') };
  const blank = /\r?\n\r?\n/.exec(raw);
  const head = blank ? raw.slice(0, blank.index) : raw;
  const body = blank ? raw.slice(blank.index + blank[0].length) : '';
  const lines = head.split(/\r?\n/);
  const warnings: string[] = [];

  let requestLine: string | null = null;
  if (lines[0] !== undefined && REQUEST_LINE_RE.test(lines[0].trim())) requestLine = lines.shift()?.trim() ?? null;

  const headers: [string, string][] = [];
  for (const [index, line] of lines.entries()) {
    if (/^[ \t]/.test(line) && headers.length) {
      // obs-fold: a continuation of the previous header's value.
      const last = headers[headers.length - 1] as [string, string];
      last[1] = `${last[1]} ${line.trim()}`.trim();
      continue;
    }
    const match = HEADER_RE.exec(line);
    if (!match) {
      const shown = JSON.stringify(line.slice(0, 60));
      const error = index === 0 && requestLine === null
        ? t('panel_raw_first_line_not_header', shown)
        : t('panel_raw_line_not_header', formatNumber(index + 1 + (requestLine ? 1 : 0)), shown);
      return { ok: false, error };
    }
    headers.push([match[1] as string, match[2] as string]);
  }
  if (!blank) warnings.push(t('panel_raw_no_blank_line'));

  const signatures = headers.filter(([name]) => name.toLowerCase() === SIGNATURE);
  if (signatures.length > 1) {
    return { ok: false, error: t('panel_raw_many_signatures', formatNumber(signatures.length), SIGNATURE) };
  }
  if (signatures.length === 0) warnings.push(t('panel_raw_signature_missing', SIGNATURE));

  const lengthHeader = headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
  if (lengthHeader !== undefined && /^\d+$/.test(lengthHeader) && blank) {
    const actual = new TextEncoder().encode(body).byteLength;
    const declared = Number(lengthHeader);
    if (actual !== declared) {
      const key = actual > declared ? 'panel_raw_length_longer' : 'panel_raw_length_shorter';
      warnings.push(t(key, formatNumber(declared), formatNumber(actual)));
    }
  }
  if (headers.some(([name, value]) => name.toLowerCase() === 'transfer-encoding' && /chunked/i.test(value))) {
    warnings.push(t('panel_raw_chunked'));
  }
  return { ok: true, requestLine, headers, body, signature: signatures[0]?.[1] ?? null, warnings };
}
