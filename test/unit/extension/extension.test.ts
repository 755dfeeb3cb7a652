// What activation costs: the extension bundle, built the way scripts/build.mjs splits it, must leave the
// explorer (and the engine client) to the bundle that is loaded on first use.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();

// The same split as scripts/build.mjs: the explorer's entry point and the language client stay outside.
const lazyChunks: Plugin = {
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\/explorer\/index(\.js)?$/ }, () => ({ path: './explorer.js', external: true }));
    b.onResolve({ filter: /^vscode-languageclient\/node$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './languageClient.js', external: true } : undefined));
  },
};

async function bundleExtension() {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/extension/extension.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    // As in scripts/build.mjs, so that a bundle which did pull in dockerode still builds and fails the assertions.
    external: ['vscode', 'cpu-features', '*.node'],
    plugins: [lazyChunks],
    supported: { 'dynamic-import': false },
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join('/'));
  return { inputs, code: result.outputFiles[0]?.text ?? '' };
}

describe('extension activation bundle', () => {
  it('holds the explorer stand-ins but none of the explorer, the engine client or dockerode', async () => {
    const { inputs } = await bundleExtension();
    assert.ok(inputs.includes('src/extension/explorer/standIns.ts'), inputs.join('\n'));
    assert.ok(inputs.includes('src/extension/explorer/deferred.ts'), inputs.join('\n'));
    const explorer = inputs.filter((file) => file.startsWith('src/extension/explorer/') && !/\/(standIns|deferred)\.ts$/.test(file));
    assert.deepEqual(explorer, []);
    assert.deepEqual(inputs.filter((file) => file.startsWith('src/engine/') || file.includes('node_modules/dockerode') || file.includes('node_modules/docker-modem')), []);
  });

  it('reaches the explorer bundle only through a deferred require', async () => {
    const { code } = await bundleExtension();
    const requires = [...code.matchAll(/require\("\.\/explorer\.js"\)/g)];
    assert.equal(requires.length, 1);
    // esbuild turns the dynamic import into a require inside a promise callback, never a top-level one.
    assert.match(code, /Promise\.resolve\(\)\.then\(\(\) => __toESM\(require\("\.\/explorer\.js"\)\)\)/);
  });
});
