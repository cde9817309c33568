/**
 * Splits a pasted HTTP request (request line, headers, blank line, body) into
 * headers and the body, exactly: the body is everything after the first
 * blank line, byte for byte (its own blank lines and line endings kept).
 */

export interface SplitRequest {
  ok: true;
  /** e.g. "POST /webhooks/webpos HTTP/1.1"; null when the paste starts with headers. */
  requestLine: string | null;
  headers: [name: string, value: string][];
  body: string;
  /** The chainside-signature value, or null when absent. */
  signature: string | null;
  /** Things worth knowing that don't stop the check. */
  warnings: string[];
}

export type SplitResult = SplitRequest | { ok: false; error: string };

const SIGNATURE = 'chainside-signature';
const HEADER_RE = /^(:?[!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
const REQUEST_LINE_RE = /^[A-Z]+ \S+( HTTP\/\d(\.\d)?)?$/;

export function splitRawRequest(raw: string): SplitResult {
  if (raw.trim() === '') return { ok: false, error: 'Paste a whole HTTP request: request line, headers, a blank line, then the body.' };
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
      const where = index === 0 && requestLine === null ? 'first line' : `line ${index + 1 + (requestLine ? 1 : 0)}`;
      return { ok: false, error: `The ${where} is not a header ("Name: value"): ${JSON.stringify(line.slice(0, 60))}. Headers end at the first blank line.` };
    }
    headers.push([match[1] as string, match[2] as string]);
  }
  if (!blank) warnings.push('No blank line after the headers, so the body is empty. Paste the blank line and the body as they were received.');

  const signatures = headers.filter(([name]) => name.toLowerCase() === SIGNATURE);
  if (signatures.length > 1) {
    return { ok: false, error: `The request has ${signatures.length} ${SIGNATURE} headers; a genuine callback has exactly one.` };
  }
  if (signatures.length === 0) warnings.push(`No ${SIGNATURE} header was found.`);

  const lengthHeader = headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
  if (lengthHeader !== undefined && /^\d+$/.test(lengthHeader) && blank) {
    const actual = new TextEncoder().encode(body).byteLength;
    const declared = Number(lengthHeader);
    if (actual !== declared) {
      warnings.push(
        `Content-Length says ${declared} bytes but the pasted body is ${actual} bytes${actual > declared ? ' (a trailing newline added when copying?)' : ' (cut short, or line breaks lost when copying?)'}.`,
      );
    }
  }
  if (headers.some(([name, value]) => name.toLowerCase() === 'transfer-encoding' && /chunked/i.test(value))) {
    warnings.push('Transfer-Encoding is chunked: if the pasted body still has its chunk sizes, remove them first.');
  }
  return { ok: true, requestLine, headers, body, signature: signatures[0]?.[1] ?? null, warnings };
}
