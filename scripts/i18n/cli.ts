/**
 * `npm run i18n -- add <key> <English> <Italian>`: adds (or replaces) a message in both
 * catalogues. `npm run i18n -- remove <key>`: drops it from both. `npm run i18n -- sort`: rewrites both sorted by key, the order the tests expect.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCALES_DIR, readCatalogue, type Catalogue } from './catalogue';

function write(language: string, catalogue: Catalogue): void {
  const sorted: Catalogue = {};
  for (const key of Object.keys(catalogue).sort()) sorted[key] = catalogue[key] as Catalogue[string];
  writeFileSync(resolve(LOCALES_DIR, language, 'messages.json'), `${JSON.stringify(sorted, null, 2)}\n`);
}

const [command, key, english, italian] = process.argv.slice(2);
if (command === 'add' && key && english && italian) {
  if (!/^[a-z0-9_]+$/.test(key)) throw new Error(`A key is lower case letters, digits and _: ${key}`);
  for (const [language, message] of [['en', english], ['it', italian]] as const) {
    const catalogue = readCatalogue(language);
    catalogue[key] = { message };
    write(language, catalogue);
  }
} else if (command === 'remove' && key) {
  for (const language of ['en', 'it']) {
    const catalogue = readCatalogue(language);
    if (!(key in catalogue)) throw new Error(`No message ${key} in ${language}`);
    delete catalogue[key];
    write(language, catalogue);
  }
} else if (command === 'sort') {
  for (const language of ['en', 'it']) write(language, readCatalogue(language));
} else {
  console.error('usage: npm run i18n -- add <key> <English> <Italian> | remove <key> | sort');
  process.exit(2);
}
