/**
 * The journey driver over puppeteer-core (Firefox ESR, WebDriver BiDi). BiDi reports
 * no load events for extension tabs, so navigation does not wait and every step
 * polls the page from Node instead.
 */
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { MessageType, RequestOf, ResponseOf } from '../../src/messaging/protocol';
import type { Result } from '../../src/messaging/result';
import { E2E_EXTENSION_UUID, until } from './firefox';
import { playedSoundsIn } from './played-sounds';
import { decodeQr, inPage } from './rendered-image';
import type { Driver, Key, Role, Screen } from './types';

const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;
/** Gecko's accessibility tree names a few ARIA roles its own way. */
const GECKO_ROLES: Partial<Record<Role, string>> = { img: 'image' };
const byRole = (role: Role, name?: string) => `::-p-aria([role=${quote(GECKO_ROLES[role] ?? role)}]${name === undefined ? '' : `[name=${quote(name)}]`})`;

class PuppeteerScreen implements Screen {
  constructor(readonly page: Page) {}

  private async find(selector: string): Promise<ElementHandle | null> {
    return this.page.$(selector);
  }

  /** The form control named `label` (a label's own text node has the same name). */
  private async field(label: string): Promise<ElementHandle | null> {
    for (const handle of await this.page.$$(`::-p-aria([name=${quote(label)}])`)) {
      if (await handle.evaluate((el) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName))) return handle;
    }
    return null;
  }

  private async needField(label: string): Promise<ElementHandle> {
    return until(`the field labelled ${label}`, async () => (await this.field(label)) ?? undefined);
  }

  /** Sets the value and fires input and change, the events Preact's handlers read typing from. */
  async fill(label: string, value: string) {
    await (await this.needField(label)).evaluate((el, text) => {
      const field = el as HTMLInputElement;
      field.focus();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }

  async check(label: string) {
    const field = await this.needField(label);
    if (!(await field.evaluate((el) => (el as HTMLInputElement).checked))) await field.click();
  }

  async select(label: string, option: string) {
    const field = await this.needField(label);
    const found = await field.evaluate((el, wanted) => {
      const select = el as HTMLSelectElement;
      const match = [...select.options].find((o) => o.text.trim() === wanted);
      if (!match) return false;
      select.value = match.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, option);
    if (!found) throw new Error(`no option ${option} in ${label}`);
  }

  async click(role: Role, name: string) {
    await this.page.locator(byRole(role, name)).setTimeout(10_000).click();
  }

  async press(key: Key) {
    await this.page.bringToFront();
    await this.page.keyboard.press(key);
  }

  async type(text: string) {
    await this.page.bringToFront();
    await this.page.keyboard.type(text);
  }

  async isVisible(role: Role, name?: string) {
    const element = await this.find(byRole(role, name));
    return element ? element.isVisible() : false;
  }

  async text(role: Role, name?: string) {
    const element = await this.find(byRole(role, name));
    return element ? element.evaluate((el) => el.textContent ?? '') : '';
  }

  async attribute(role: Role, name: string, attribute: string) {
    const element = await this.find(byRole(role, name));
    return element ? element.evaluate((el, a) => el.getAttribute(a), attribute) : null;
  }

  async value(label: string) {
    const field = await this.field(label);
    return field ? field.evaluate((el) => (el as HTMLInputElement).value) : '';
  }

  async focusedLabel() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim() : '';
    });
  }

  async scanQr(name: string) {
    const image = await this.find(byRole('img', name));
    return image ? decodeQr(await image.evaluate(inPage, 300)) : null;
  }

  async bodyText() { return this.page.evaluate(() => document.body.innerText); }
  async screenshot(path: string) { await this.page.screenshot({ path, fullPage: true }); }
  async close() { await this.page.close(); }
}

const BACKGROUND_PAGE = '/_generated_background_page.html';

export class PuppeteerDriver implements Driver {
  private messenger: Page | undefined;

  constructor(private readonly browser: Browser) {}

  private url(path: string) {
    return `moz-extension://${E2E_EXTENSION_UUID}/${path}`;
  }

  private async load(path: string, size?: { width: number; height: number }): Promise<Page> {
    const page = await this.browser.newPage();
    if (size) await page.setViewport(size);
    const url = this.url(path);
    await page.goto(url, { waitUntil: [] });
    await until(`${path} to load`, () =>
      page.evaluate((wanted) => (location.href === wanted && document.readyState === 'complete' ? true : undefined), url),
    );
    return page;
  }

  async open(path: string, size?: { width: number; height: number }): Promise<Screen> {
    return new PuppeteerScreen(await this.load(path, size));
  }

  async send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
    this.messenger ??= await this.load('src/popup/index.html');
    const reply: unknown = await this.messenger.evaluate(
      (messageType, messagePayload) => chrome.runtime.sendMessage({ type: messageType, payload: messagePayload }),
      type,
      payload as unknown as Record<string, unknown>,
    );
    return reply as Result<ResponseOf<T>>;
  }

  async playedSounds(): Promise<string[]> {
    this.messenger ??= await this.load('src/popup/index.html');
    return (await this.messenger.evaluate(playedSoundsIn, BACKGROUND_PAGE)) ?? [];
  }

  readonly stopsBusyBackground = false;

  /** Firefox suspends an idle event page (launch with a short backgroundIdleSeconds); getViews() then lists it no more. */
  async stopBackground(): Promise<void> {
    this.messenger ??= await this.load('src/popup/index.html');
    const page = this.messenger;
    const backgroundRuns = () =>
      page.evaluate((path) => chrome.extension.getViews().some((view) => view.location.pathname === path), BACKGROUND_PAGE);
    if (!(await backgroundRuns())) throw new Error('no event page was running before the stop');
    await until('Firefox to suspend the idle event page', async () => ((await backgroundRuns()) ? undefined : true), 60_000);
  }

  async screenshotAll(pathFor: (index: number) => string): Promise<void> {
    for (const [index, page] of (await this.browser.pages()).entries()) {
      await page.screenshot({ path: pathFor(index), fullPage: true }).catch(() => undefined);
    }
  }
}
