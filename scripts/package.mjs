#!/usr/bin/env node
// Builds the VSIX offline from the bundles (`dist/`) and the assets the allowlist in .vscodeignore keeps.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join('dist', `${name}-${version}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// Dependencies are bundled by esbuild, so vsce neither runs npm nor adds node_modules.
const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (result.status !== 0) process.exit(result.status ?? 1);
const size = statSync(path.join(root, out)).size;
console.log(`package: ${out} (${(size / 1024).toFixed(0)} KB)`);
