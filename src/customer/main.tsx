import { render } from 'preact';
import './customer.css';
import { CustomerApp } from './CustomerApp';
import { announceDisplayWindow } from '../ui/display-window';

announceDisplayWindow();
const root = document.getElementById('app');
if (root) render(<CustomerApp />, root);
