#!/usr/bin/env node
// Bundles the three programs Stowage ships: the extension (loaded by VS Code), the language server
// (started by the extension and by `stowage lsp`), and the CLI. Usage: node scripts/build.mjs [--dev]
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// The explorer (and dockerode with it) is its own bundle: the extension loads it with a dynamic import
// after activation, so opening a Dockerfile never pays for the engine client.
// The language client library is most of the extension's code; it gets a bundle of its own too, so that
// activation parses a few kilobytes and the client is read only when the first document needs a server.
const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\/explorer\/index(\.js)?$/ }, () => ({ path: './explorer.js', external: true }));
    b.onResolve({ filter: /^vscode-languageclient\/node$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './languageClient.js', external: true } : undefined));
  },
};

const bundles = [
  { entry: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'], plugins: [lazyChunks] },
  { entry: 'node_modules/vscode-languageclient/lib/node/main.js', out: 'dist/languageClient.js', external: ['vscode'] },
  { entry: 'src/extension/explorer/index.ts', out: 'dist/explorer.js', external: ['vscode'] },
  { entry: 'src/server/server.ts', out: 'dist/server.js', external: [] },
  { entry: 'src/cli/main.ts', out: 'dist/cli.js', external: [], banner: '#!/usr/bin/env node' },
];

const started = Date.now();
for (const bundle of bundles) {
  const entry = path.join(root, bundle.entry);
  if (!existsSync(entry)) {
    console.error(`build: ${bundle.entry} is missing`);
    process.exit(1);
  }
  await build({
    entryPoints: [entry],
    outfile: path.join(root, bundle.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Optional native add-ons of dockerode's ssh transport; the pure-JS fallbacks are used instead.
    external: [...bundle.external, 'cpu-features', '*.node'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { STOWAGE_VERSION: JSON.stringify(version) },
    plugins: bundle.plugins ?? [],
    // `import()` becomes a plain `require` inside a promise: VS Code's extension host resolves `vscode`
    // only for CommonJS requires.
    supported: { 'dynamic-import': false },
    ...(bundle.banner ? { banner: { js: bundle.banner } } : {}),
  });
  if (bundle.banner) chmodSync(path.join(root, bundle.out), 0o755);
}
console.log(`build: ${bundles.length} bundles in ${Date.now() - started} ms${dev ? ' (dev)' : ''}`);
