#!/usr/bin/env node
// Runs the extension tests (test/vscode) inside a real VS Code through @vscode/test-electron's runTests.
// On this machine "VS Code" is code-server driven by headless Chromium (code-server-shim.cjs); on a
// machine with desktop VS Code, set STOWAGE_VSCODE_EXECUTABLE to it and the same suites run there.
// Usage: node scripts/vscode/run-tests.mjs [--summary FILE]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const summaryIndex = process.argv.indexOf('--summary');
const summaryFile = summaryIndex > 0 ? process.argv[summaryIndex + 1] : undefined;
const cache = process.env.STOWAGE_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'stowage', 'vscode-test');
const codeServerDir = readdirSync(cache).find((d) => d.startsWith('code-server-'));
const nodeDir = readdirSync(cache).find((d) => d.startsWith('node-'));
if (!codeServerDir || !nodeDir) {
  console.error(`No code-server in ${cache}: run scripts/vscode/install.sh first.`);
  process.exit(1);
}

// Test files run in the extension host: CommonJS, `vscode` supplied by the host.
const outdir = path.join(root, 'out', 'vscode-tests');
rmSync(outdir, { recursive: true, force: true });
const testDir = path.join(root, 'test', 'vscode');
await build({
  entryPoints: readdirSync(testDir, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => path.join(testDir, f)),
  outdir,
  outbase: testDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  packages: 'external',
  external: ['vscode'],
  logLevel: 'warning',
});

/**
 * VS Code shows a display language only when a language pack for it is installed, and the official packs
 * come from the Marketplace, which is out of reach here. A fixture pack registers the language with no
 * translations of VS Code's own text: the workbench stays English, but VS Code runs in that language.
 */
function installDisplayLanguage(locale, userDir, extensionsDir, env) {
  const fixture = path.join(root, 'test', 'fixtures', 'vscode', 'korean-language-pack');
  const staging = path.join(scratch, `language-pack-${locale}`);
  cpSync(fixture, staging, { recursive: true });
  const vsix = path.join(scratch, `language-pack-${locale}.vsix`);
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const quiet = { cwd: staging, encoding: 'utf8', env: { ...process.env, HOME: scratch } };
  const pack = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', vsix], quiet);
  if (pack.status !== 0) throw new Error(`packaging the ${locale} language pack failed: ${pack.stderr}`);
  const install = spawnSync(env.STOWAGE_NODE24, [env.STOWAGE_CODE_SERVER, '--user-data-dir', userDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], quiet);
  if (install.status !== 0) throw new Error(`installing the ${locale} language pack failed: ${install.stderr}`);
  // The server reads its language packs from this cache, which it otherwise writes only after the first
  // window has already chosen its language.
  const manifest = JSON.parse(readFileSync(path.join(fixture, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const installed = readdirSync(extensionsDir).find((d) => d.toLowerCase().startsWith(`${id}-`.toLowerCase()));
  if (installed === undefined) throw new Error(`the ${locale} language pack is not in ${extensionsDir}`);
  mkdirSync(userDir, { recursive: true });
  writeFileSync(path.join(userDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `${manifest.version}-${locale}-fixture`,
      label: manifest.contributes.localizations[0].localizedLanguageName,
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: { vscode: path.join(extensionsDir, installed, 'translations', 'main.i18n.json') },
    },
  }));
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'stowage-vscode-run-'));
const counts = { passed: 0, failed: 0, skipped: 0 };
// Each run: a display language and a fresh copy of the examples workspace (tests edit files).
const runs = (process.env.STOWAGE_VSCODE_RUNS ? process.env.STOWAGE_VSCODE_RUNS.split(',').map((name) => ({ name, locale: name })) : null) ?? [
  { name: 'en', locale: 'en' },
  { name: 'ko', locale: 'ko' },
];
try {
  for (const run of runs) {
    console.log(`\n--- VS Code extension tests (${run.name})`);
    const workspace = path.join(scratch, `workspace-${run.name}`);
    cpSync(path.join(root, 'examples'), workspace, { recursive: true });
    const results = path.join(scratch, `results-${run.name}.json`);
    const extensionTestsEnv = {
      STOWAGE_VSCODE_SUITE: run.name,
      STOWAGE_VSCODE_RESULTS: results,
      STOWAGE_SCREENSHOT_DIR: path.join(root, 'docs', 'images'),
      STOWAGE_CODE_SERVER: path.join(cache, codeServerDir, 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
      STOWAGE_NODE24: path.join(cache, nodeDir, 'bin', 'node'),
      STOWAGE_PROBE_DIR: path.join(scratch, `probe-${run.name}`),
      STOWAGE_EXT_ENV_KEYS: 'STOWAGE_VSCODE_SUITE,STOWAGE_VSCODE_RESULTS,STOWAGE_TEST_DOCKER_HOST,STOWAGE_REPO_ROOT,STOWAGE_PROBE_DIR,DOCKER_HOST',
      STOWAGE_REPO_ROOT: root,
      // The explorer finds the test engine the way a user's VS Code finds theirs: DOCKER_HOST.
      ...(process.env.STOWAGE_TEST_DOCKER_HOST ? { DOCKER_HOST: process.env.STOWAGE_TEST_DOCKER_HOST } : {}),
    };
    const userDir = path.join(scratch, `user-${run.name}`);
    const extensionsDir = path.join(scratch, `ext-${run.name}`);
    if (run.locale !== 'en') installDisplayLanguage(run.locale, userDir, extensionsDir, extensionTestsEnv);
    let code;
    try {
      code = await runTests({
        vscodeExecutablePath: process.env.STOWAGE_VSCODE_EXECUTABLE || path.join(root, 'scripts', 'vscode', 'code-server-shim.cjs'),
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(outdir, 'suite', 'index.js'),
        launchArgs: [workspace, `--locale=${run.locale}`, `--user-data-dir=${userDir}`, `--extensions-dir=${extensionsDir}`],
        extensionTestsEnv,
      });
    } catch (error) {
      console.error(`VS Code run ${run.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      code = 1;
    }
    const result = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined;
    if (result === undefined) {
      console.error(`VS Code run ${run.name} reported no results (exit ${code})`);
      counts.failed++;
      continue;
    }
    counts.passed += result.passed;
    counts.failed += result.failed + (code !== 0 && result.failed === 0 ? 1 : 0);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (summaryFile) writeFileSync(summaryFile, JSON.stringify(counts));
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
