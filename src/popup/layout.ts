/** Where the counter runs: the toolbar popup, or the browser's side panel (a tall narrow column). */
export type Layout = 'popup' | 'panel';
