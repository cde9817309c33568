/**
 * The keyboard shortcuts. `_execute_action` (Alt+Shift+P) opens the popup on a new sale and
 * `_execute_sidebar_action` opens Firefox's sidebar: the browser handles both itself. Chromium
 * has no built-in command for the side panel, so `open-side-panel` lands here; a command is a
 * user gesture, and `sidePanel.open` must be called before anything is awaited.
 */
export const OPEN_SIDE_PANEL = 'open-side-panel';

export interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}

/** Chromium's side panel API, when this browser has one. */
export function chromeSidePanel(): SidePanelApi | null {
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel ?? null;
}

/** Handles one command; returns whether it opened the side panel. */
export function onCommand(command: string, windowId: number | undefined, sidePanel: SidePanelApi | null, warn: (what: string, error: unknown) => void): boolean {
  if (command !== OPEN_SIDE_PANEL || !sidePanel || windowId === undefined) return false;
  sidePanel.open({ windowId }).catch((error: unknown) => warn('opening the side panel', error));
  return true;
}
