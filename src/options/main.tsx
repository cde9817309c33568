import { render } from 'preact';
import './options.css';
import { OptionsPage } from './OptionsPage';
import { localizeDocument } from '../shared/i18n';

localizeDocument('page_title_options');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
