import { render } from 'preact';
import './popup.css';
import { App } from './App';
import { bootCache } from './boot-cache';
import { startPrefetch } from './prefetch';

startPrefetch(bootCache().gaps());

const root = document.getElementById('app');
if (root) render(<App />, root);
