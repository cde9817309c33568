import { render } from 'preact';
import './receipt.css';
import { localizeDocument } from '../shared/i18n';
import { ReceiptApp } from './ReceiptApp';

localizeDocument('receipt_title');
const root = document.getElementById('app');
if (root) render(<ReceiptApp uuid={new URLSearchParams(location.search).get('uuid') ?? ''} />, root);
