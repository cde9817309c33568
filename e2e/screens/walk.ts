/** What each part of the screens pass is given: the test's fixtures and the screen capture. */
import type { Page } from '@playwright/test';
import type { Sandbox } from '../../sandbox/server';
import type { ExtensionFixtures } from '../fixtures';
import type { Pass } from './capture';

export interface Walk {
  pass: Pass;
  sandbox: Sandbox;
  openPage: ExtensionFixtures['openPage'];
  sendMessage: ExtensionFixtures['sendMessage'];
  configure: ExtensionFixtures['configure'];
  /** Screenshot, axe and the language checks of the page as it is now, under this name. */
  shot: (page: Page, screen: string) => Promise<void>;
}

/** The popup at its real size; options, panel and customer display as wide pages. */
export const POPUP_SIZE = { width: 380, height: 600 };
export const OPTIONS_SIZE = { width: 900, height: 1000 };
export const PANEL_SIZE = { width: 1400, height: 1000 };
export const CUSTOMER_SIZE = { width: 1024, height: 768 };

/** The manager PIN of the cashier screens. */
export const PIN = '482916';
export const PASSPHRASE = 'screens-passphrase-1';
