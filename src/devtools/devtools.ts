import browser from 'webextension-polyfill';

void browser.devtools.panels.create('WebPOS', '/icons/icon-32.png', '/src/devtools/panel.html');
