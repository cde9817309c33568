import { render } from 'preact';
import './popup.css';
import { App } from './App';
import { localizeDocument } from '../shared/i18n';
import { bootCache } from './boot-cache';
import { startPrefetch } from './prefetch';

startPrefetch(bootCache().gaps());

localizeDocument('page_title_popup');
const root = document.getElementById('app');
if (root) render(<App />, root);
