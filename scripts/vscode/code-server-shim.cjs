#!/usr/bin/env node
// Stands in for a desktop VS Code executable in @vscode/test-electron's runTests(): it accepts the same
// Electron-style arguments, starts code-server (VS Code's server + web workbench) on a free loopback port,
// opens the workbench in headless Chromium with the extension-test payload, relays the test log, and
// exits with the test runner's exit code. Everything it starts is stopped on the way out.
//
// Environment: STOWAGE_CODE_SERVER (entry.js), STOWAGE_NODE24 (node binary), CHROMIUM (browser binary),
// STOWAGE_EXT_ENV_KEYS (comma list of variables forwarded to the extension host), STOWAGE_VSCODE_TIMEOUT_MS,
// STOWAGE_SCREENSHOT_DIR (where `stowage-screenshot:NAME` log lines save pictures of the workbench),
// STOWAGE_PROBE_DIR (where `stowage-probe:ID:SELECTOR` log lines write the matching elements' text).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { chromium } = require('playwright-core');

const options = { dev: [], folder: undefined, values: {} };
for (const arg of process.argv.slice(2)) {
  const match = /^--([^=]+)=(.*)$/s.exec(arg);
  if (match) {
    if (match[1] === 'extensionDevelopmentPath') options.dev.push(path.resolve(match[2]));
    else options.values[match[1]] = match[2];
  } else if (!arg.startsWith('--') && options.folder === undefined) {
    options.folder = path.resolve(arg);
  }
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'stowage-vscode-'));
const userData = options.values['user-data-dir'] || path.join(scratch, 'user-data');
const extensionsDir = options.values['extensions-dir'] || path.join(scratch, 'extensions');
const home = path.join(scratch, 'home');
const settingsFile = path.join(userData, 'User', 'settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  // A quiet, offline workbench: nothing phones home, nothing opens on its own.
  fs.writeFileSync(settingsFile, JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
  }, null, 2));
}

const serverArgs = [
  process.env.STOWAGE_CODE_SERVER, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', '--vscode-option', 'enable-smoke-test-driver',
  '--user-data-dir', userData, '--extensions-dir', extensionsDir,
];
if (options.values.locale) serverArgs.push('--locale', options.values.locale);
const server = spawn(process.env.STOWAGE_NODE24, serverArgs, {
  env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share') },
  detached: true, // its own process group, so its extension hosts end with it
  stdio: ['ignore', 'pipe', 'pipe'],
});

let browser;
let finished = false;
async function finish(code) {
  if (finished) return;
  finished = true;
  try { if (browser) await browser.close(); } catch { /* already gone */ }
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  await new Promise((resolve) => setTimeout(resolve, 300));
  try { process.kill(-server.pid, 'SIGKILL'); } catch { /* ended on SIGTERM */ }
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void finish(130));

const listening = new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(output);
    if (match) resolve(match[1]);
  });
  server.stderr.on('data', (chunk) => process.stderr.write(`[code-server] ${chunk}`));
  server.on('exit', (code) => reject(new Error(`code-server exited with ${code} before listening`)));
  setTimeout(() => reject(new Error('code-server did not start within 90 s')), 90_000);
});

async function main() {
  const origin = await listening;
  const host = new URL(origin).host;
  const remote = (p) => `vscode-remote://${host}${p}`;
  browser = await chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] || (await browser.newPage());
  let exited;
  const exitCode = new Promise((resolve) => (exited = resolve));
  const screenshotDir = process.env.STOWAGE_SCREENSHOT_DIR;
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    const text = util.format(...(args || []));
    const shot = /stowage-screenshot:([\w.-]+)/.exec(text);
    if (shot && screenshotDir) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, shot[1]) });
      console.log(`saved screenshot ${shot[1]}`);
      return;
    }
    // `stowage-probe:ID:SELECTOR`: the text of the workbench elements a test asks about, for checks of
    // what the user sees that the extension API cannot answer (a tree view's rows).
    const probe = /stowage-probe:([\w-]+):(.+)$/s.exec(text);
    if (probe && process.env.STOWAGE_PROBE_DIR) {
      const texts = await page.$$eval(probe[2], (elements) => elements.map((e) => e.textContent || ''));
      fs.mkdirSync(process.env.STOWAGE_PROBE_DIR, { recursive: true });
      fs.writeFileSync(path.join(process.env.STOWAGE_PROBE_DIR, `${probe[1]}.json`), JSON.stringify(texts));
      return;
    }
    (type === 'error' ? console.error : console.log)(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => exited(code));

  const forwarded = {};
  for (const key of (process.env.STOWAGE_EXT_ENV_KEYS || '').split(',').filter(Boolean)) {
    if (process.env[key] !== undefined) forwarded[key] = process.env[key];
  }
  const payload = [
    ...options.dev.map((dev) => ['extensionDevelopmentPath', remote(dev)]),
    ['extensionTestsPath', remote(path.resolve(options.values.extensionTestsPath))],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
    ['extensionEnvironment', JSON.stringify(forwarded)],
  ];
  const where = options.folder ? `folder=${encodeURIComponent(options.folder)}` : 'ew=true';
  await page.goto(`${origin}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const timeoutMs = Number(process.env.STOWAGE_VSCODE_TIMEOUT_MS || 600_000);
  const code = await Promise.race([exitCode, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
  if (code === 'timeout') console.error(`the extension tests did not finish within ${timeoutMs} ms`);
  await finish(code === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  void finish(2);
});
