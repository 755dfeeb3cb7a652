#!/usr/bin/env node
// Starts or stops the one private Docker engine a whole test run shares.
//   node scripts/engine/engine.mjs start [--state FILE]   prints the host (unix://…) on stdout, writes FILE
//   node scripts/engine/engine.mjs stop  [--state FILE]   stops it by PID and removes its folders
// FILE defaults to out/engine/engine.json. Test files see the engine through STOWAGE_TEST_DOCKER_HOST.
// The logic lives in test/support/dockerd.ts (typed, shared with the tests); esbuild compiles it here.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [command, ...rest] = process.argv.slice(2);
let stateFile = path.join(root, 'out', 'engine', 'engine.json');
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--state' && rest[i + 1] !== undefined) stateFile = path.resolve(rest[++i]);
  else {
    console.error(`engine.mjs: unknown argument ${rest[i]}`);
    process.exit(2);
  }
}

async function load() {
  const outfile = path.join(root, 'out', 'engine', `dockerd-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'test', 'support', 'dockerd.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    define: { 'process.env.STOWAGE_ROOT': JSON.stringify(root) },
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

if (command === 'start') {
  if (existsSync(stateFile)) {
    console.error(`engine.mjs: ${stateFile} exists: an engine is already running (stop it first)`);
    process.exit(1);
  }
  const { startDetachedEngine } = await load();
  try {
    const state = await startDetachedEngine();
    mkdirSync(path.dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, JSON.stringify(state, null, 2) + '\n');
    console.error(`engine.mjs: dockerd ${state.pid} at ${state.host} (state in ${stateFile})`);
    console.log(state.host);
  } catch (error) {
    console.error(`engine.mjs: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
} else if (command === 'stop') {
  if (!existsSync(stateFile)) {
    console.error(`engine.mjs: no engine state at ${stateFile}; nothing to stop`);
    process.exit(0);
  }
  const { stopEngineFromState } = await load();
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  await stopEngineFromState(state);
  rmSync(stateFile, { force: true });
  console.error(`engine.mjs: stopped dockerd ${state.pid}`);
} else {
  console.error('usage: node scripts/engine/engine.mjs start|stop [--state FILE]');
  process.exit(2);
}
