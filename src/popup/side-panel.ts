/**
 * "Keep open in the side panel": opens the counter in Chromium's side panel or Firefox's
 * sidebar. Both browsers allow it only during the user's gesture, so the call is made
 * synchronously in the click handler, with the window id learnt beforehand.
 */
import browser from 'webextension-polyfill';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | null {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  return chromeApi?.sidePanel ?? null;
}

function firefoxSidebar(): { open(): Promise<void> } | null {
  return (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction ?? null;
}

/** Whether this browser has a side panel the extension can open. */
export function sidePanelAvailable(): boolean {
  return chromeSidePanel() !== null || firefoxSidebar() !== null;
}

/** Learns the popup's window now, so the click that opens the side panel needs no await first. */
export function sidePanelOpener(): () => Promise<void> {
  let windowId: number | undefined;
  void (browser as { windows?: typeof browser.windows }).windows?.getCurrent().then((win) => (windowId = win.id)).catch(() => undefined);
  return async () => {
    const sidebar = firefoxSidebar();
    const opened = sidebar ? sidebar.open() : windowId === undefined ? null : chromeSidePanel()?.open({ windowId });
    if (!opened) return;
    await opened;
    // The side panel has the counter now; the popup would only cover the page.
    window.close();
  };
}
