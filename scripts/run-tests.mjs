#!/usr/bin/env node
// Compiles test files with esbuild (no type check: `npm run typecheck` does that) and runs them with
// node's test runner. Usage: node scripts/run-tests.mjs [--summary FILE] [test files or folders...]
// Default: every *.test.ts under test/unit and test/server.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let summaryFile;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--summary') summaryFile = args[++i];
  else inputs.push(args[i]);
}
if (inputs.length === 0) inputs.push('test/unit', 'test/server');

function collect(p, out) {
  const abs = path.resolve(root, p);
  if (!existsSync(abs)) return;
  if (statSync(abs).isDirectory()) {
    for (const entry of readdirSync(abs).sort()) collect(path.join(abs, entry), out);
  } else if (abs.endsWith('.test.ts')) {
    out.push(abs);
  }
}
const files = [];
for (const p of inputs) collect(p, files);
if (files.length === 0) {
  console.error('no test files found in', inputs.join(' '));
  process.exit(2);
}

// A folder per run, so that two runs at once never delete each other's files.
mkdirSync(path.join(root, 'out'), { recursive: true });
const outdir = mkdtempSync(path.join(root, 'out', 'tests-'));
await build({
  entryPoints: files,
  outdir,
  outbase: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  packages: 'external',
  logLevel: 'warning',
  define: { 'process.env.STOWAGE_ROOT': JSON.stringify(root) },
});
const compiled = files.map((f) => path.join(outdir, path.relative(root, f)).replace(/\.ts$/, '.js'));

const counts = { passed: 0, failed: 0, skipped: 0 };
const child = spawn(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=' + path.join(outdir, 'tap.txt'), ...compiled], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, STOWAGE_ROOT: root },
});
const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
const tap = existsSync(path.join(outdir, 'tap.txt')) ? readFileSync(path.join(outdir, 'tap.txt'), 'utf8') : '';
rmSync(outdir, { recursive: true, force: true });
const num = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
counts.passed = num('pass');
counts.failed = num('fail') + num('cancelled');
counts.skipped = num('skipped') + num('todo');
if (code !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
if (summaryFile) writeFileSync(summaryFile, JSON.stringify(counts));
console.log(`${counts.passed} passed, ${counts.failed} failed` + (counts.skipped ? `, ${counts.skipped} skipped` : ''));
process.exit(code === 0 && counts.failed === 0 ? 0 : 1);
