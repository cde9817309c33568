/**
 * Guesses sent all at once from an extension page queue in the worker: at most three are
 * checked before the wait, and the right answer among them is refused while it lasts.
 */
import type { Page } from '@playwright/test';
import { expect, POPUP, test } from './fixtures';

const PIN = '482916';
const PASSPHRASE = 'throttle-passphrase-9';

/** Sends all `payloads` as `type` at once from `page` and answers each reply's error code ('ok' when it passed). */
async function sentAtOnce(page: Page, type: 'role.elevate' | 'vault.unlock', payloads: object[]): Promise<string[]> {
  return page.evaluate(
    async ([messageType, all]) => {
      const replies = (await Promise.all(all.map((payload) => chrome.runtime.sendMessage({ type: messageType, payload })))) as {
        ok: boolean;
        error?: { code: string };
      }[];
      return replies.map((reply) => (reply.ok ? 'ok' : (reply.error?.code ?? 'no error code')));
    },
    [type, payloads] as const,
  );
}

const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;

test('30 wrong PINs at once: three are checked, the right one among them is refused, the till stays in cashier mode', async ({
  configure,
  sendMessage,
  openPage,
  serviceWorker,
}) => {
  await configure();
  expect(await sendMessage('role.setPin', { pin: PIN })).toMatchObject({ ok: true });
  expect(await sendMessage('role.drop', null)).toMatchObject({ ok: true, data: { role: 'cashier' } });
  const page = await openPage(POPUP);
  const guesses = [...Array.from({ length: 29 }, (_, i) => ({ pin: String(100000 + i) })), { pin: PIN }];
  const codes = await sentAtOnce(page, 'role.elevate', guesses);

  // Every checked PIN that is wrong is counted; the count is the number of checks made.
  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('pinThrottle')).pinThrottle as { failures: number } | undefined);
  expect(stored?.failures).toBeLessThanOrEqual(3);
  expect(count(codes, 'wrong_pin')).toBe(stored?.failures);
  expect(count(codes, 'wrong_pin') + count(codes, 'unlock_throttled')).toBe(30);
  expect(codes[29]).toBe('unlock_throttled');
  expect(await sendMessage('role.get', null)).toMatchObject({ ok: true, data: { role: 'cashier' } });
});

test('30 wrong passphrases at once: three are checked, the right one among them is refused, the vault stays locked', async ({
  configure,
  sendMessage,
  openPage,
  serviceWorker,
}) => {
  await configure({ passphrase: PASSPHRASE });
  expect(await sendMessage('vault.lock', null)).toMatchObject({ ok: true, data: { vault: 'locked' } });
  const page = await openPage(POPUP);
  const guesses = [...Array.from({ length: 29 }, (_, i) => ({ passphrase: `wrong passphrase ${i}` })), { passphrase: PASSPHRASE }];
  const codes = await sentAtOnce(page, 'vault.unlock', guesses);

  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('vaultThrottle')).vaultThrottle as { failures: number } | undefined);
  expect(stored?.failures).toBeLessThanOrEqual(3);
  expect(count(codes, 'wrong_passphrase')).toBe(stored?.failures);
  expect(count(codes, 'wrong_passphrase') + count(codes, 'unlock_throttled')).toBe(30);
  expect(codes[29]).toBe('unlock_throttled');
  expect(await sendMessage('settings.get', null)).toMatchObject({ ok: true, data: { vault: 'locked' } });
});
