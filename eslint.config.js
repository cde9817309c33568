import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noExtensionApis = {
  group: ['webextension-polyfill', '**/background/**', '**/messaging/**', '**/popup/**', '**/options/**', '**/devtools/**', '**/ui/**'],
  message: 'src/sdk is a plain library: it imports nothing from the extension.',
};
const noBackground = {
  group: ['**/background', '**/background/**'],
  message: 'Pages talk to the background through src/messaging, never by importing it.',
};

/** The page folders: each is one entry point's own code. */
const PAGES = ['popup', 'options', 'devtools', 'customer', 'offscreen'];
/** No import into a page folder other than `own` (null: into none). */
const noPagesBut = (own) => ({
  group: PAGES.filter((page) => page !== own).flatMap((page) => [`**/${page}`, `**/${page}/**`]),
  message: 'A page never imports another page: move what two pages share to src/ui (components, hooks) or src/shared (plain code).',
});

export default tseslint.config(
  { ignores: ['build/**', 'examples/node_modules/**', 'dist/**', 'dist-firefox/**', 'packages/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text reaches the DOM as text nodes; the README's warnings table relies on this.
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as children, never as HTML.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Set textContent, or build nodes; never HTML.' },
      ],
    },
  },
  {
    files: ['src/sdk/**/*.ts'],
    ignores: ['src/sdk/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noExtensionApis] }] },
  },
  {
    files: ['src/sdk/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'src/sdk runs in Node and browsers too: no extension APIs.' },
        { name: 'browser', message: 'src/sdk runs in Node and browsers too: no extension APIs.' },
      ],
    },
  },
  // Pages never import another page (nor does what they share): two pages share code through src/ui or src/shared.
  ...PAGES.map((page) => ({
    files: [`src/${page}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBackground, noPagesBut(page)] }] },
  })),
  {
    files: ['src/ui/**', 'src/messaging/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBackground, noPagesBut(null)] }] },
  },
  {
    // Code that pages load takes values from an SDK module, never from its index: the index's
    // modules (schemas, client) cannot be dropped by the bundler and weighed 17 KB in every page.
    files: ['src/popup/**', 'src/options/**', 'src/devtools/**', 'src/customer/**', 'src/offscreen/**', 'src/ui/**', 'src/messaging/**', 'src/shared/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-util.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)sdk(/index)?$', allowTypeImports: true, message: 'Import values from an SDK module such as ../sdk/constants, not the SDK index (types are fine).' }] }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['webextension-polyfill', 'preact', 'preact/**', '**/background/**', '**/messaging/**', '**/popup/**', '**/options/**', '**/devtools/**', '**/customer/**', '**/offscreen/**', '**/ui/**'], message: 'src/shared is plain code for worker and pages alike: it imports only the SDK.' }] }],
    },
  },
  {
    files: ['src/background/**/*.ts'],
    ignores: ['src/background/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'The service worker has no window.' }, { name: 'document', message: 'The service worker has no document.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/popup/**', '**/options/**', '**/devtools/**', '**/ui/**'], message: 'The worker imports no page code; code it shares with pages lives in src/shared.' }] }],
    },
  },
  {
    // The worker's parts are built in order: a closure naming a part declared further down
    // would use it before it is built (see WorkerEvents for parts that react to each other).
    files: ['src/background/worker.ts'],
    rules: { '@typescript-eslint/no-use-before-define': ['error', { functions: true, classes: true, variables: true }] },
  },
  {
    // Plain JavaScript run as written by a merchant's developer: no type information to lint with.
    files: ['examples/**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.ts', 'e2e/**', 'scripts/**', 'sandbox/**'],
    rules: {
      // Playwright fixtures without dependencies must destructure an empty object.
      'no-empty-pattern': 'off', '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
);
