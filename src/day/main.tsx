import { render } from 'preact';
import './day.css';
import { localizeDocument } from '../shared/i18n';
import { DayApp } from './DayApp';

localizeDocument('day_title');
const root = document.getElementById('app');
if (root) render(<DayApp />, root);
