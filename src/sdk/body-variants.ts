/**
 * The usual ways a webhook body gets changed between signing and checking,
 * each as a candidate "what was really signed". Every variant is a pure
 * function of the body, so a 1 MiB body costs a fixed handful of copies.
 */

export type BodyCauseId =
  | 'trailing-newline-added'
  | 'trailing-newline-stripped'
  | 'whitespace-added'
  | 'crlf-added'
  | 'crlf-stripped'
  | 'signed-parsed-object'
  | 'json-pretty-2'
  | 'json-pretty-4'
  | 'json-pretty-tab'
  | 'json-python'
  | 'json-php'
  | 'json-sorted'
  | 'json-sorted-pretty'
  | 'json-sorted-python'
  | 'signed-object-string'
  | 'decoded-as-latin1'
  | 'encoded-as-latin1'
  | 'double-encoded';

export interface BodyVariant {
  id: BodyCauseId;
  /** What happened, in words a developer recognises. */
  title: string;
  /** What the receiving server must change. */
  fix: string;
  /** The bytes (or text, UTF-8 encoded) the signature is tried against. */
  bytes: string | Uint8Array<ArrayBuffer>;
}

const RAW_FIX = 'Verify the raw request bytes exactly as received, before parsing, decoding or logging them';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252', { ignoreBOM: true });

/**
 * The body as text for the other variants. Bytes that are not UTF-8 are read as
 * Windows-1252, and their UTF-8 re-encoding is itself a candidate: a receiver
 * that re-encoded the UTF-8 body as Latin-1 before verifying.
 */
export function bodyText(rawBody: string | Uint8Array): { text: string; variants: BodyVariant[] } {
  if (typeof rawBody === 'string') return { text: rawBody, variants: [] };
  try {
    return { text: utf8.decode(rawBody), variants: [] };
  } catch {
    const text = windows1252.decode(rawBody);
    return {
      text,
      variants: [
        {
          id: 'encoded-as-latin1',
          title: 'The body bytes are Latin-1 / Windows-1252, not UTF-8: the UTF-8 body that was signed was re-encoded before verifying.',
          fix: `${RAW_FIX}; don't re-encode the body (.encode("latin-1"), utf8_decode, iconv) before verifying.`,
          bytes: new TextEncoder().encode(text),
        },
      ],
    };
  }
}

export function whitespaceVariants(body: string): BodyVariant[] {
  const out: BodyVariant[] = [];
  if (body.endsWith('\r\n')) {
    out.push({
      id: 'trailing-newline-added',
      title: 'A trailing line break (CRLF) was added to the body after it was signed.',
      fix: `${RAW_FIX}: don't append a line break (reading the body line by line, a file copy or a logger can add one).`,
      bytes: body.slice(0, -2),
    });
  } else if (body.endsWith('\n')) {
    out.push({
      id: 'trailing-newline-added',
      title: 'A trailing newline was added to the body after it was signed.',
      fix: `${RAW_FIX}: don't append a newline (reading the body line by line, a file copy or a logger can add one).`,
      bytes: body.slice(0, -1),
    });
  }
  out.push(
    {
      id: 'trailing-newline-stripped',
      title: 'The body lost its trailing newline: the signed bytes end with "\\n".',
      fix: `${RAW_FIX}: don't trim() or strip() the body.`,
      bytes: `${body}\n`,
    },
    {
      id: 'trailing-newline-stripped',
      title: 'The body lost its trailing line break: the signed bytes end with "\\r\\n".',
      fix: `${RAW_FIX}: don't trim() or strip() the body.`,
      bytes: `${body}\r\n`,
    },
  );
  const trimmed = body.trim();
  if (trimmed !== body) {
    out.push({
      id: 'whitespace-added',
      title: 'Whitespace was added around the body after it was signed (leading or trailing spaces, tabs or line breaks).',
      fix: `${RAW_FIX}: whatever adds the whitespace (a template, a logger, a copy) must not touch the bytes you verify.`,
      bytes: trimmed,
    });
  }
  if (body.includes('\r\n')) {
    out.push({
      id: 'crlf-added',
      title: 'Line endings were changed from LF to CRLF after signing: the signed body uses "\\n".',
      fix: `${RAW_FIX}: read the body in binary mode, so no line-ending conversion happens (e.g. Windows text mode, git autocrlf on fixtures).`,
      bytes: body.replace(/\r\n/g, '\n'),
    });
  }
  if (/(^|[^\r])\n/.test(body)) {
    out.push({
      id: 'crlf-stripped',
      title: 'Line endings were changed from CRLF to LF after signing: the signed body uses "\\r\\n".',
      fix: `${RAW_FIX}: read the body in binary mode, so no line-ending conversion happens.`,
      bytes: body.replace(/\r?\n/g, '\r\n'),
    });
  }
  return out;
}

/** Re-serialisations a framework or a well-meaning developer applies to JSON. */
export function jsonVariants(body: string): BodyVariant[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const sorted = sortKeys(parsed);
  const reserialized = (form: string) =>
    `The signature matches this JSON re-serialised as ${form}, not the bytes you checked: the body was parsed and written out again between signing and checking.`;
  const fix = `${RAW_FIX}. Never verify a re-encoded body (JSON.stringify(req.body), json.dumps(request.json), json_encode($data)): whitespace, key order and escapes change.`;
  return [
    {
      id: 'signed-parsed-object',
      title:
        'The signature was computed over the parsed object serialised with JSON.stringify (compact, no spaces), not over the raw body bytes.',
      fix: `${RAW_FIX}: take the raw body (e.g. express.raw({ type: "application/json" }), request.get_data(), file_get_contents("php://input")) and HMAC those bytes; parse only after the signature checks out.`,
      bytes: JSON.stringify(parsed),
    },
    { id: 'json-pretty-2', title: reserialized('pretty-printed JSON with 2-space indents'), fix, bytes: JSON.stringify(parsed, null, 2) },
    { id: 'json-pretty-4', title: reserialized('pretty-printed JSON with 4-space indents'), fix, bytes: JSON.stringify(parsed, null, 4) },
    { id: 'json-pretty-tab', title: reserialized('pretty-printed JSON indented with tabs'), fix, bytes: JSON.stringify(parsed, null, '\t') },
    { id: 'json-python', title: reserialized('Python json.dumps output (", " and ": " separators, non-ASCII escaped)'), fix, bytes: pythonDumps(parsed) },
    { id: 'json-php', title: reserialized('PHP json_encode output (slashes and non-ASCII escaped)'), fix, bytes: phpJsonEncode(parsed) },
    { id: 'json-sorted', title: reserialized('compact JSON with its keys sorted alphabetically'), fix, bytes: JSON.stringify(sorted) },
    { id: 'json-sorted-pretty', title: reserialized('pretty-printed JSON (2 spaces) with its keys sorted'), fix, bytes: JSON.stringify(sorted, null, 2) },
    { id: 'json-sorted-python', title: reserialized('Python json.dumps(sort_keys=True) output'), fix, bytes: pythonDumps(sorted) },
    {
      id: 'signed-object-string',
      title: 'The signature was computed over the text "[object Object]": the parsed object was passed to the HMAC instead of the raw body.',
      fix: `${RAW_FIX}: pass the raw body (bytes or a string) to the HMAC, not the parsed object.`,
      bytes: '[object Object]',
    },
  ];
}

/** Charset mix-ups: the body was decoded with the wrong charset somewhere. */
export function charsetVariants(body: string): BodyVariant[] {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(body)) return [];
  const out: BodyVariant[] = [];
  const singleByte = toSingleByte(body);
  if (singleByte) {
    out.push({
      id: 'decoded-as-latin1',
      title:
        'The body was decoded as Latin-1 / Windows-1252 instead of UTF-8 and re-encoded (mojibake such as "Ã¨" for "è"): the signed bytes are the UTF-8 original.',
      fix: `${RAW_FIX}; when you do decode the body, decode it as UTF-8.`,
      bytes: singleByte,
    });
  }
  out.push({
    id: 'double-encoded',
    title:
      'The signed bytes are this body encoded to UTF-8 twice (its UTF-8 bytes read as Latin-1 and encoded again): a charset conversion repaired or mangled the non-ASCII characters in between.',
    fix: `${RAW_FIX}; don't convert the charset (iconv, mb_convert_encoding, utf8_decode, .encode("latin-1")) before verifying.`,
    bytes: doubleEncode(body),
  });
  return out;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

const escapeNonAscii = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Python's json.dumps defaults: ", " and ": " separators, ensure_ascii. */
function pythonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${escapeNonAscii(JSON.stringify(k))}: ${pythonDumps(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return escapeNonAscii(JSON.stringify(value) ?? 'null');
}

/** PHP's json_encode defaults: compact, "/" escaped as "\/", non-ASCII as \uXXXX. */
function phpJsonEncode(value: unknown): string {
  return escapeNonAscii(JSON.stringify(value)).replace(/\//g, '\\/');
}

// Windows-1252's printable characters in 0x80–0x9F (browsers and many tools decode "Latin-1" as this).
const CP1252: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The bytes this text was decoded from, if it was decoded as Latin-1/Windows-1252; null if it can't have been. */
function toSingleByte(text: string): Uint8Array<ArrayBuffer> | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : CP1252[code];
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}

function doubleEncode(text: string): Uint8Array<ArrayBuffer> {
  const once = new TextEncoder().encode(text);
  const out: number[] = [];
  // Each byte read as a Latin-1 character, then UTF-8 encoded: 0x80–0xFF become two bytes.
  for (const byte of once) {
    if (byte < 0x80) out.push(byte);
    else out.push(0xc0 | (byte >> 6), 0x80 | (byte & 0x3f));
  }
  return Uint8Array.from(out);
}
