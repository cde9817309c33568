import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import type baseManifest from './manifest.json';
import { flavourFromEnv, manifestFor, type Target } from './scripts/manifest.ts';
import { polyfillAsEsm } from './scripts/vite/polyfill-as-esm.ts';
import { singleFilePage } from './scripts/vite/single-file-page.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      polyfillAsEsm(),
      preact(),
      crx({ manifest: manifestFor(target, flavourFromEnv(process.env)) as typeof baseManifest, browser: target }),
      // The popup's first paint waits for every script it loads: it gets one.
      singleFilePage('src/popup/index.html', 'popup'),
      singleFilePage('src/popup/sidepanel.html', 'sidepanel'),
    ],
    build: {
      // EXT_OUT_DIR lets parallel runs build into their own folder.
      outDir: process.env.EXT_OUT_DIR ?? (target === 'firefox' ? 'dist-firefox' : 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: {
        polyfill: false,
        // Pages keep their preloads. A dynamic import preloads only its CSS (a lazy view's styles
        // load with it): its JS is fetched by the import itself, and in a single-file page (the
        // popup) the chunks vite would list are already bundled into the page's file.
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
      },
      sourcemap: false,
      // Pages not named in the manifest: the panel (devtools.panels.create()), the customer
      // display (windows.create()), close of day and receipt (tabs.create()) and, for Chromium, the offscreen document that plays sounds
      // (offscreen.createDocument()).
      rollupOptions: {
        input: {
          panel: 'src/devtools/panel.html',
          customer: 'src/customer/customer.html',
          day: 'src/day/index.html',
          receipt: 'src/receipt/index.html',
          // Named as side_panel.default_path (Chromium) and sidebar_action.default_panel (Firefox).
          sidepanel: 'src/popup/sidepanel.html',
          ...(target === 'chrome' ? { offscreen: 'src/offscreen/index.html' } : {}),
        },
        // A timing report, not a fault: on a busy machine plugin time crosses its threshold.
        checks: { bundlerTimings: false },
        output: {
          // Extension pages fetch each chunk through the browser process and wait for all
          // of them: code shared by pages goes into two chunks (page UI; what the worker
          // shares too) rather than one per shared module, and the worker never loads
          // Preact. The popup then gets its own single file (singleFilePage).
          codeSplitting: {
            groups: [
              {
                name: 'pages',
                // The QR code (uqr) is not in it: the panel draws none. Nor is the close of day
                // (src/ui/day): the popup loads it only when opened, the day page always.
                test: /node_modules[\\/]preact|src[\\/]ui[\\/](?!QrCode|day[\\/])|src[\\/]messaging[\\/]result/,
                minShareCount: 2,
                priority: 2,
              },
              {
                name: 'core',
                // Not the settings schema: only the worker and the options page use it, and it brings valibot.
                test: /node_modules[\\/]webextension-polyfill|src[\\/]messaging[\\/](send|protocol)|src[\\/]shared[\\/](?!settings-schema)|src[\\/]sdk[\\/]constants/,
                minShareCount: 2,
                priority: 1,
              },
            ],
          },
        },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
