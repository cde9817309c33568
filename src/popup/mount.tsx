import { render } from 'preact';
import './popup.css';
import { App } from './App';
import type { Layout } from './layout';
import { localizeDocument } from '../shared/i18n';
import { bootCache } from './boot-cache';
import { startPrefetch } from './prefetch';
import { preloadParts } from './lazy/parts';

/** Starts the counter in the popup or in the browser's side panel (the same app, laid out for each). */
export function mountCounter(layout: Layout): void {
  startPrefetch(bootCache().gaps());
  localizeDocument('page_title_popup');
  document.documentElement.dataset.layout = layout;
  const root = document.getElementById('app');
  if (root) render(<App layout={layout} />, root);
  preloadParts();
}
