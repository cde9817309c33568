/** The journey driver over Playwright (Chromium with the unpacked extension). */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { MessageType, RequestOf, ResponseOf } from '../../src/messaging/protocol';
import type { Result } from '../../src/messaging/result';
import { playedSoundsIn } from './played-sounds';
import { decodeQr, inPage } from './rendered-image';
import type { Driver, Key, Role, Screen } from './types';

class PlaywrightScreen implements Screen {
  constructor(readonly page: Page) {}

  private byRole(role: Role, name?: string): Locator {
    return this.page.getByRole(role, name === undefined ? {} : { name, exact: true }).first();
  }

  private byLabel(label: string): Locator {
    return this.page.getByLabel(label, { exact: true }).first();
  }

  async fill(label: string, value: string) { await this.byLabel(label).fill(value); }
  async check(label: string) { await this.byLabel(label).check(); }
  async select(label: string, option: string) { await this.byLabel(label).selectOption({ label: option }); }
  async click(role: Role, name: string) { await this.byRole(role, name).click(); }
  async press(key: Key) { await this.page.keyboard.press(key); }
  async type(text: string) { await this.page.keyboard.type(text); }
  async isVisible(role: Role, name?: string) { return this.byRole(role, name).isVisible(); }

  async text(role: Role, name?: string) {
    const element = this.byRole(role, name);
    return (await element.count()) ? ((await element.textContent()) ?? '') : '';
  }

  async attribute(role: Role, name: string, attribute: string) {
    const element = this.byRole(role, name);
    return (await element.count()) ? element.getAttribute(attribute) : null;
  }

  async value(label: string) {
    const element = this.byLabel(label);
    return (await element.count()) ? element.inputValue() : '';
  }

  async focusedLabel() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim() : '';
    });
  }

  async scanQr(name: string) {
    const image = this.byRole('img', name);
    return (await image.count()) ? decodeQr(await image.evaluate(inPage, 300)) : null;
  }

  async bodyText() { return this.page.locator('body').innerText(); }
  async screenshot(path: string) { await this.page.screenshot({ path, fullPage: true }); }
  async close() { await this.page.close(); }
}

export class PlaywrightDriver implements Driver {
  private messenger: Page | undefined;

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
  ) {}

  private url(path: string) {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  async open(path: string, size?: { width: number; height: number }): Promise<Screen> {
    const page = await this.context.newPage();
    await page.setViewportSize(size ?? { width: 380, height: 600 });
    await page.goto(this.url(path));
    return new PlaywrightScreen(page);
  }

  /** An extension page kept open to send messages and look around from. */
  private async messengerPage(): Promise<Page> {
    if (!this.messenger || this.messenger.isClosed()) {
      this.messenger = await this.context.newPage();
      await this.messenger.goto(this.url('src/popup/index.html'));
    }
    return this.messenger;
  }

  async send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
    const reply: unknown = await (await this.messengerPage()).evaluate(
      ([messageType, messagePayload]) => chrome.runtime.sendMessage({ type: messageType, payload: messagePayload }),
      [type, payload] as const,
    );
    return reply as Result<ResponseOf<T>>;
  }

  async playedSounds(): Promise<string[]> {
    return (await (await this.messengerPage()).evaluate(playedSoundsIn, '/src/offscreen/index.html')) ?? [];
  }

  readonly stopsBusyBackground = true;

  async stopBackground(): Promise<void> {
    const page = this.messenger ?? (await this.context.newPage());
    const cdp = await this.context.newCDPSession(page);
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) stopped = true;
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let waited = 0; !stopped; waited += 100) {
      if (waited > 10_000) throw new Error('the service worker did not stop within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await cdp.detach();
  }

  async screenshotAll(pathFor: (index: number) => string): Promise<void> {
    for (const [index, page] of this.context.pages().entries()) {
      await page.screenshot({ path: pathFor(index), fullPage: true }).catch(() => undefined);
    }
  }
}
