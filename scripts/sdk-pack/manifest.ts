/** The SDK package's own package.json, derived from the repository's. */

export const SDK_PACKAGE_NAME = '@webpos-counter/sdk';

interface RootManifest {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

export function sdkManifest(root: RootManifest): Record<string, unknown> {
  const valibot = root.dependencies.valibot;
  const redis = root.devDependencies.redis;
  if (!valibot || !redis) throw new Error('package.json must list valibot (dependency) and redis (devDependency)');
  return {
    name: SDK_PACKAGE_NAME,
    version: root.version,
    description: 'TypeScript SDK for the Chainside Pay WebPOS API: payment orders, verified callbacks, tokens shared across processes. Node 20+, browsers, service workers.',
    license: 'MIT',
    type: 'module',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './redis': { types: './dist/redis.d.ts', default: './dist/redis.js' },
      './package.json': './package.json',
    },
    main: './dist/index.js',
    bin: { webpos: './dist/cli.js' },
    types: './dist/index.d.ts',
    files: ['dist', 'docs', 'README.md', 'LICENSE'],
    sideEffects: false,
    engines: { node: '>=20' },
    dependencies: { valibot },
    // Only `<package>/redis` needs it; the rest of the SDK never loads it.
    peerDependencies: { redis: `>=${redis} <7` },
    peerDependenciesMeta: { redis: { optional: true } },
    keywords: ['webpos', 'chainside', 'bitcoin', 'payments', 'sdk', 'webhook'],
  };
}
