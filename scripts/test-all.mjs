#!/usr/bin/env node
// The one command that runs every test: installs what is missing, builds, type-checks, lints, then runs
// the unit and language-server suites, the suites against a real Docker engine, and the suites inside a
// real VS Code. Prints `N passed, N failed` last and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'stowage-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function heading(text) {
  console.log(`\n=== ${text}`);
}

/** A step that is one check (build, type check, lint): counts as one test. */
async function check(name, command, args, options) {
  heading(name);
  const code = await run(command, args, options);
  if (code === 0) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
  return code === 0;
}

/** A step that runs a test suite and reports its own counts in a summary file. */
async function suite(name, command, args, options) {
  heading(name);
  const summary = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  const code = await run(command, [...args, '--summary', summary], options);
  const counts = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  if (counts.failed > 0) failures.push(name);
}

let engine;
async function main() {
  if (!(await check('install', 'bash', ['scripts/setup.sh']))) return;
  if (!(await check('build', process.execPath, ['scripts/build.mjs']))) return;
  await check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  await check('lint', 'npm', ['run', '--silent', 'lint']);
  await suite('unit and language server', process.execPath, ['scripts/run-tests.mjs', 'test/unit', 'test/server']);

  heading('start a private Docker engine');
  engine = await startEngine();
  if (engine === undefined) {
    totals.failed++;
    failures.push('engine start');
  } else {
    const env = { ...process.env, STOWAGE_TEST_DOCKER_HOST: engine.host };
    await suite('real Docker engine', process.execPath, ['scripts/run-tests.mjs', 'test/engine'], { env });
    await suite('real VS Code', process.execPath, ['scripts/vscode/run-tests.mjs'], { env });
  }
}

function startEngine() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/engine/engine.mjs', 'start', '--state', path.join(tmp, 'engine.json')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => {
      const state = path.join(tmp, 'engine.json');
      resolve(code === 0 && existsSync(state) ? JSON.parse(readFileSync(state, 'utf8')) : undefined);
    });
  });
}

async function stopEngine() {
  if (engine === undefined) return;
  heading('stop the private Docker engine');
  await run(process.execPath, ['scripts/engine/engine.mjs', 'stop', '--state', path.join(tmp, 'engine.json')]);
  engine = undefined;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    void stopEngine().finally(() => process.exit(130));
  });
}

try {
  await main();
} finally {
  await stopEngine();
  rmSync(tmp, { recursive: true, force: true });
}
if (!interrupted) {
  if (failures.length > 0) console.log(`\nfailed: ${failures.join(', ')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : ''));
  process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
}
