import { render } from 'preact';
import './panel.css';
import { Panel } from './Panel';

const root = document.getElementById('app');
if (root) render(<Panel />, root);
