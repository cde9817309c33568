import { render } from 'preact';
import '../ui/theme.css';
import './panel.css';
import { Panel } from './Panel';

const root = document.getElementById('app');
if (root) render(<Panel />, root);
