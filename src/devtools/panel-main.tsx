import { render } from 'preact';
import './panel.css';
import { Panel } from './Panel';
import { localizeDocument } from '../shared/i18n';

localizeDocument('page_title_panel');
const root = document.getElementById('app');
if (root) render(<Panel />, root);
