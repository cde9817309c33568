import { render } from 'preact';
import './popup.css';
import { App } from './App';
import { startPrefetch } from './prefetch';

startPrefetch();

const root = document.getElementById('app');
if (root) render(<App />, root);
