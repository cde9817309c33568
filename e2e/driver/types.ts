/**
 * The few steps the shared journeys (e2e/journeys.ts) take, so one journey runs in
 * Chromium (Playwright) and in Firefox (puppeteer-core over WebDriver BiDi).
 * Elements are found by role and accessible name, or by label, never by CSS.
 * Names match exactly. Reads never throw for a missing element: they return
 * empty values, so `expect.poll` can wait on them in either browser.
 */
import type { MessageType, RequestOf, ResponseOf } from '../../src/messaging/protocol';
import type { Result } from '../../src/messaging/result';

export type Role = 'button' | 'tab' | 'heading' | 'img' | 'status';
export type Key = 'Enter' | 'Escape' | 'Tab';

export interface Screen {
  /** Replaces the value of the field labelled `label`. */
  fill(label: string, value: string): Promise<void>;
  /** Ticks the checkbox or radio labelled `label`. */
  check(label: string): Promise<void>;
  /** Picks the option shown as `option` in the select labelled `label`. */
  select(label: string, option: string): Promise<void>;
  click(role: Role, name: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  isVisible(role: Role, name?: string): Promise<boolean>;
  /** Text of the first element with this role (and name), '' when there is none. */
  text(role: Role, name?: string): Promise<string>;
  attribute(role: Role, name: string, attribute: string): Promise<string | null>;
  /** Current value of the field labelled `label`, '' when there is none. */
  value(label: string): Promise<string>;
  /** Accessible name or label of the focused element. */
  focusedLabel(): Promise<string>;
  /** What a QR scanner reads from the image with this name, drawn at 300 px; null if unreadable or absent. */
  scanQr(name: string): Promise<string | null>;
  /** The page's rendered text, as a person reads it. */
  bodyText(): Promise<string>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  /** Opens an extension page by its path in the build, e.g. src/popup/index.html. */
  open(path: string, size?: { width: number; height: number }): Promise<Screen>;
  /** Sends a typed message from an extension page, exactly as the UI does. */
  send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>>;
  /**
   * Stops the background the way this browser does on its own (Chromium stops an idle
   * service worker, Firefox suspends an idle event page) and resolves once it is proven
   * stopped. The next message has to start a fresh instance.
   */
  stopBackground(): Promise<void>;
  /**
   * Whether stopBackground works while the background is busy. Chromium stops its worker on
   * demand (devtools protocol); Firefox only suspends an idle event page, and the worker's
   * fast watch keeps it busy on purpose while a page shows a pending order.
   */
  readonly stopsBusyBackground: boolean;
  /**
   * The alert sounds the background has played, by name, read from the <audio> elements
   * of the page that plays them (Chromium: the offscreen document; Firefox: the event page).
   */
  playedSounds(): Promise<string[]>;
  /** Screenshots of every open extension page, e.g. after a failure. */
  screenshotAll(pathFor: (index: number) => string): Promise<void>;
}
