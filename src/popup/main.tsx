import { render } from 'preact';
import './popup.css';
import { App } from './App';
import { startPrefetch } from './prefetch';
import { snapshotGaps } from './snapshot-gaps';

startPrefetch(snapshotGaps(localStorage));

const root = document.getElementById('app');
if (root) render(<App />, root);
