import { createHash, createHmac } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { signatureVector, signatureVectors } from '../test-vectors/signatures';
import { expect, PANEL, test } from './fixtures';

const vectors = signatureVectors;
const vector = signatureVector;

/** Independent of the extension: base64(HMAC-SHA512(SHA-256(secret), bytes)). */
function hmac(secret: string, body: string | Buffer): string {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  return createHmac('sha512', key).update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body).digest('base64');
}

const WIDE = { width: 1400, height: 1000 };

function regions(page: Page) {
  const verifyCard = page.getByRole('region', { name: 'Verify a callback' });
  const generateCard = page.getByRole('region', { name: 'Sign a test payload' });
  return { verifyCard, generateCard, verdict: page.getByRole('status').and(page.locator('.verdict')) };
}

async function verify(page: Page, body: string, signature: string, secret = '', crlf = false) {
  const { verifyCard, verdict } = regions(page);
  await verifyCard.getByLabel('Body uses CRLF line endings').setChecked(crlf);
  await verifyCard.getByLabel('Webhook body').fill(body);
  await verifyCard.getByLabel('Signature', { exact: true }).fill(signature);
  await verifyCard.getByLabel('Secret (optional)').fill(secret);
  const before = Number(await verdict.getAttribute('data-checks'));
  await verifyCard.getByRole('button', { name: 'Verify' }).click();
  // The same verdict twice in a row looks identical: wait for the check counter instead.
  await expect(verdict).toHaveAttribute('data-checks', String(before + 1));
  return verdict;
}

async function expectVerdict(verdict: Locator, heading: 'Valid signature' | 'Invalid signature', text: RegExp) {
  await expect(verdict.getByRole('heading', { level: 3 })).toHaveText(heading);
  await expect(verdict).toContainText(text);
}

test('every signature vector through the panel UI, with a pasted secret that never reaches the DOM', async ({ openPage }) => {
  const page = await openPage(PANEL, WIDE);
  const expected: Record<string, RegExp> = {
    'compact completed event': /genuine payment\.completed callback/,
    'pretty-printed expired event': /genuine payment\.expired callback/,
    'non-ASCII secret': /genuine payment\.completed callback/,
    // Decision: the empty body's signature IS valid, so the heading says so; the sentence says it is
    // still not a callback (the SDK fails closed on it) and the verdict is amber, not green.
    'empty body': /body is empty, so it is not a WebPOS callback/,
    'body altered after signing': /altered after signing/,
    'signature made with a different secret': /does not match this body with the pasted secret/,
    'trailing newline added after signing': /trailing newline was added/,
    'hex instead of base64': /not in the form WebPOS sends[\s\S]*hex-encoded instead of base64[\s\S]*right HMAC/,
  };
  for (const v of vectors) {
    const key = Object.keys(expected).find((name) => v.name.startsWith(name));
    expect(key, v.name).toBeDefined();
    const verdict = await verify(page, v.body, v.signature, v.secret);
    await expectVerdict(verdict, v.valid ? 'Valid signature' : 'Invalid signature', expected[key as string] as RegExp);
    expect(await page.content()).not.toContain(v.secret);
  }
  await expect(regions(page).verdict).toHaveAttribute('data-tone', 'invalid');
  const empty = vector('empty body');
  const verdict = await verify(page, empty.body, empty.signature, empty.secret);
  await expect(verdict).toHaveAttribute('data-tone', 'rejected');
  await expect(verdict).toContainText('…but not a WebPOS callback');
});

test('a valid callback is shown parsed, with the full JSON collapsible', async ({ openPage }) => {
  const page = await openPage(PANEL, WIDE);
  const v = vector('compact completed');
  await verify(page, v.body, v.signature, v.secret);
  const parsed = page.getByRole('region', { name: 'Parsed callback' });
  await expect(parsed).toContainText('payment.completed');
  await expect(parsed).toContainText('c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c');
  await expect(parsed).toContainText('10.00');
  await expect(parsed).toContainText('paid');
  const json = page.getByText('Full JSON');
  await json.click();
  await expect(page.locator('details.json pre')).toContainText('"reference": "till-3 #1042"');
});

test('each diagnosis case, explained with what to change', async ({ openPage }) => {
  const page = await openPage(PANEL, WIDE);
  const S = 's3cr3t-webpos';
  const compact = vector('compact completed').body.replace('2 espresso', 'caffè €2');
  const pretty = JSON.stringify(JSON.parse(compact), null, 2);
  const cases: { name: string; body: string; signature: string; secret?: string; crlf?: boolean; what: RegExp; change: RegExp }[] = [
    { name: 'newline added', body: `${compact}\n`, signature: hmac(S, compact), what: /trailing newline was added/, change: /raw request bytes/ },
    { name: 'newline stripped', body: compact, signature: hmac(S, `${compact}\n`), what: /lost its trailing newline/, change: /trim\(\)/ },
    // A text box turns CRLF into LF; the checkbox puts the CRs back.
    { name: 'CRLF', body: pretty, crlf: true, signature: hmac(S, pretty), what: /from LF to CRLF/, change: /binary mode/ },
    { name: 'LF', body: pretty, signature: hmac(S, pretty.replace(/\n/g, '\r\n')), what: /from CRLF to LF/, change: /binary mode/ },
    { name: 'parsed object', body: pretty, signature: hmac(S, JSON.stringify(JSON.parse(pretty))), what: /parsed object serialised with JSON\.stringify/, change: /parse only after the signature/ },
    { name: 'pretty 4', body: compact, signature: hmac(S, JSON.stringify(JSON.parse(compact), null, 4)), what: /4-space indents/, change: /Never verify a re-encoded body/ },
    { name: 'sorted keys', body: compact, signature: hmac(S, JSON.stringify(JSON.parse(compact), Object.keys(flatKeys(JSON.parse(compact))).sort())), what: /keys sorted/, change: /key order/ },
    { name: 'mojibake', body: Buffer.from(compact, 'utf8').toString('latin1'), signature: hmac(S, compact), what: /decoded as Latin-1/, change: /decode it as UTF-8/ },
    { name: 'secret whitespace', body: compact, signature: hmac(S, compact), secret: `${S} `, what: /pasted secret has whitespace around it/, change: /Trim the secret/ },
    { name: 'secret quotes', body: compact, signature: hmac(S, compact), secret: `"${S}"`, what: /wrapped in quotes/, change: /Remove the quotes/ },
    { name: 'hex', body: compact, signature: Buffer.from(hmac(S, compact), 'base64').toString('hex'), what: /hex-encoded instead of base64[\s\S]*right HMAC/, change: /standard base64/ },
  ];
  for (const c of cases) {
    const verdict = await verify(page, c.body, c.signature, c.secret ?? S, c.crlf);
    const card = verdict.locator('article.diagnosis');
    await expect(card, c.name).toHaveCount(1);
    await expect(card.getByRole('heading', { name: 'What happened' })).toBeVisible();
    await expect(card, c.name).toContainText(c.what);
    await expect(card.getByRole('heading', { name: 'What to change' })).toBeVisible();
    await expect(card, c.name).toContainText(c.change);
    if (c.name === 'LF') await expect(card).toContainText('tick “Body uses CRLF line endings”');
  }
});

/** Every key in the object tree, so JSON.stringify's replacer list sorts nested keys too. */
function flatKeys(value: unknown, out: Record<string, true> = {}): Record<string, true> {
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out[k] = true;
      flatKeys(v, out);
    }
  }
  return out;
}

test('stored vs pasted secret: blank uses the stored one; a wrong pasted one is told which matched', async ({ openPage, configure, sandbox, sendMessage }) => {
  await configure();
  const page = await openPage(PANEL, WIDE);
  const body = vector('compact completed').body;
  const signature = hmac(sandbox.secret, body);

  let verdict = await verify(page, body, signature);
  await expectVerdict(verdict, 'Valid signature', /with the stored secret/);

  verdict = await verify(page, body, signature, 'an-old-secret');
  await expectVerdict(verdict, 'Invalid signature', /matches the stored secret instead/);
  await expect(verdict).toContainText('matching secret: stored');

  verdict = await verify(page, body, hmac('an-old-secret', body), 'an-old-secret');
  await expectVerdict(verdict, 'Valid signature', /pasted secret \(not the stored one\)/);

  const html = await page.content();
  expect(html).not.toContain(sandbox.secret);
  expect(html).not.toContain('an-old-secret');
  const reply = await sendMessage('webhook.verify', { body, signature: 'x' });
  expect(JSON.stringify(reply)).not.toContain(sandbox.secret);
});

test('with no secret stored and none pasted, the panel says so', async ({ openPage }) => {
  const page = await openPage(PANEL, WIDE);
  const { verifyCard } = regions(page);
  await expect(verifyCard.getByText('No secret is saved in the options: paste one.')).toBeVisible();
  await verifyCard.getByLabel('Webhook body').fill('{}');
  await verifyCard.getByLabel('Signature', { exact: true }).fill(vector('compact completed').signature);
  await verifyCard.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('none is saved in the settings and none was pasted');
});

test('a whole pasted HTTP request is split into headers and body', async ({ openPage }) => {
  const page = await openPage(PANEL, WIDE);
  const { verifyCard, verdict } = regions(page);
  const v = vector('pretty-printed expired');
  await verifyCard.getByLabel('Whole HTTP request').check();
  const raw = [
    'POST /webhooks/webpos HTTP/1.1',
    'Host: shop.example',
    'Content-Type: application/json',
    `CHAINSIDE-SIGNATURE: ${v.signature}`,
    `Content-Length: ${Buffer.byteLength(v.body)}`,
    '',
    v.body,
  ].join('\r\n');
  await verifyCard.getByLabel('Raw request').fill(raw);
  await expect(verifyCard.getByTestId('raw-preview')).toContainText('chainside-signature found');
  await verifyCard.getByLabel('Secret (optional)').fill(v.secret);
  await verifyCard.getByRole('button', { name: 'Verify' }).click();
  await expectVerdict(verdict, 'Valid signature', /genuine payment\.expired callback/);

  await verifyCard.getByLabel('Raw request').fill('this is not a request\n\n{}');
  await expect(verifyCard.getByText(/first line is not a header/)).toBeVisible();
});

test('generator: the signed payload checks out by an independent HMAC and by the verifier; curl is ready', async ({ openPage, configure, sandbox }) => {
  await configure();
  const page = await openPage(PANEL, WIDE);
  const { generateCard, verifyCard, verdict } = regions(page);
  await generateCard.getByLabel('Event').selectOption('payment.dispute.start');
  const body = await generateCard.getByLabel('Test payload body').inputValue();
  expect(JSON.parse(body)).toMatchObject({ event: 'payment.dispute.start', object: { state: { status: 'network_dispute' } } });
  await generateCard.getByLabel('Endpoint URL').fill('https://shop.example/hooks');
  await generateCard.getByRole('button', { name: 'Sign payload' }).click();
  const signed = generateCard.getByRole('region', { name: 'Signed payload' });
  const signature = (await signed.getByTestId('signature').textContent()) ?? '';
  expect(signature).toBe(hmac(sandbox.secret, body));
  await expect(signed).toContainText('signed with the stored secret');
  const curl = (await signed.locator('pre.curl').textContent()) ?? '';
  expect(curl).toContain("curl -sS -X POST 'https://shop.example/hooks'");
  expect(curl).toContain(`-H 'chainside-signature: ${signature}'`);
  expect(curl).toContain('--data-binary');

  await generateCard.getByRole('button', { name: 'Load into the verifier' }).click();
  await expect(verifyCard.getByLabel('Webhook body')).toHaveValue(body);
  await verifyCard.getByRole('button', { name: 'Verify' }).click();
  await expectVerdict(verdict, 'Valid signature', /genuine payment\.dispute\.start callback/);

  // A pasted signing secret: independent HMAC again; and it never shows up in the page.
  await generateCard.getByLabel('Signing secret (optional)').fill('pasted-signing-secret');
  await generateCard.getByRole('button', { name: 'Sign payload' }).click();
  await expect(signed).toContainText('signed with the pasted secret');
  expect(await signed.getByTestId('signature').textContent()).toBe(hmac('pasted-signing-secret', body));
  const html = await page.content();
  expect(html).not.toContain('pasted-signing-secret');
  expect(html).not.toContain(sandbox.secret);
});

test('robustness: over 1 MiB is refused, garbage and binary never break the panel; history keeps 20 and clears', async ({ openPage }) => {
  const page = await openPage(PANEL, WIDE);
  const S = 'robust-secret';
  const big = JSON.stringify({ pad: 'x'.repeat(1024 * 1024) });
  let verdict = await verify(page, big, hmac(S, big), S);
  await expectVerdict(verdict, 'Invalid signature', /larger than 1 MiB are refused/);

  const atLimit = JSON.stringify({ event: 'payment.completed', pad: 'y'.repeat(1024 * 1024 - 40) });
  verdict = await verify(page, atLimit, hmac(S, atLimit), S);
  await expectVerdict(verdict, 'Valid signature', /does not match the WebPOS callback schema/);

  const binary = '\u0000\u0001\u00ff\ufffd\ud800garbage';
  verdict = await verify(page, binary, hmac(S, binary), S);
  await expectVerdict(verdict, 'Valid signature', /not JSON/);
  verdict = await verify(page, '', '!!!', S);
  await expectVerdict(verdict, 'Invalid signature', /not base64: it contains "!"/);
  verdict = await verify(page, 'x', '', S);
  await expectVerdict(verdict, 'Invalid signature', /No signature was given/);

  for (let i = 0; i < 17; i++) await verify(page, `{"n":${i}}`, hmac(S, `{"n":${i}}`), S);
  const history = page.getByRole('list', { name: 'Recent checks' });
  await expect(history.getByRole('listitem')).toHaveCount(20);
  await page.reload();
  await expect(history.getByRole('listitem')).toHaveCount(20);
  const stored = await page.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain(S);
  expect(JSON.stringify(stored)).not.toContain('"n"');
  await page.getByRole('button', { name: 'Clear history' }).click();
  await expect(history).toHaveCount(0);
  await expect(page.getByText('No checks yet.')).toBeVisible();
});

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

test('screenshots, light and dark, and no axe violations', async ({ openPage }) => {
  const page = await openPage(PANEL, WIDE);
  await expectNoAxeViolations(page, 'empty panel');
  const v = vector('trailing newline');
  await verify(page, v.body, v.signature, v.secret);
  const { generateCard } = regions(page);
  await generateCard.getByLabel('Signing secret (optional)').fill('demo');
  await generateCard.getByRole('button', { name: 'Sign payload' }).click();
  await expectNoAxeViolations(page, 'invalid verdict and signed payload');
  await page.screenshot({ path: '/tmp/panel-light.png', fullPage: true });
  const empty = vector('empty body');
  await verify(page, empty.body, empty.signature, empty.secret);
  await regions(page).verdict.screenshot({ path: '/tmp/panel-rejected.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  const ok = vector('compact completed');
  await verify(page, ok.body, ok.signature, ok.secret);
  await page.screenshot({ path: '/tmp/panel-dark.png', fullPage: true });
  await expectNoAxeViolations(page, 'valid verdict, dark');
  await page.setViewportSize({ width: 700, height: 900 });
  await page.screenshot({ path: '/tmp/panel-narrow.png' });
});
