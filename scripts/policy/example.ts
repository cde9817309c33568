/**
 * `npm run policy:example [-- <folder>]`: writes, to `policy-examples/` or the folder given (never a
 * system folder), a Chromium policy file and a Firefox policies.json that point the unpacked build
 * at the local sandbox (`npm run sandbox -- --port 8787`), so the managed journey can be tried on one
 * machine. docs/deploy.md says where each file goes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UNPACKED_CHROMIUM_ID } from '../manifest.ts';
import { chromiumPolicyFile, firefoxPolicyFile } from './example-files.ts';

const folder = resolve(process.argv[2] ?? 'policy-examples');
if (/^\/(etc|usr|opt)(\/|$)/.test(folder)) {
  console.error(`${folder} is a system folder: write the examples elsewhere and copy them as docs/deploy.md shows.`);
  process.exit(1);
}

/** The local sandbox's demo account; the secret (sandbox-demo-secret) is typed on the options page, never put here. */
const values = { mode: 'sandbox', baseUrl: 'http://127.0.0.1:8787', clientId: 'demo-merchant', tillName: 'Cassa 7', tillNameRequired: true, customerLanguage: 'auto', lockSettings: true };

mkdirSync(folder, { recursive: true });
const files: [string, unknown][] = [
  ['chromium-webpos-counter.json', chromiumPolicyFile(UNPACKED_CHROMIUM_ID, values)],
  ['firefox-policies.json', firefoxPolicyFile(values)],
];
for (const [name, content] of files) {
  writeFileSync(join(folder, name), `${JSON.stringify(content, null, 2)}\n`);
  console.log(join(folder, name));
}
