import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

void browser.devtools.panels.create(t('devtools_panel_name'), '/icons/icon-32.png', '/src/devtools/panel.html');
