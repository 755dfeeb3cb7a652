#!/usr/bin/env node
// `npm run bench`: compiles every bench/*.bench.ts with esbuild and runs them one after another.
// Each prints its own table of ratios against a baseline measured in the same run; none of them fails.
// Usage: node scripts/bench.mjs [name-filter]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2];
const benches = readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
const outdir = path.join(root, 'out', 'bench');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: benches.map((b) => path.join(root, 'bench', b)),
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
  define: { 'process.env.STOWAGE_ROOT': JSON.stringify(root) },
});
let failed = 0;
for (const bench of benches) {
  console.log(`\n### ${bench}`);
  const result = spawnSync(process.execPath, [path.join(outdir, bench.replace(/\.ts$/, '.js'))], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`${bench} did not complete (exit ${result.status})`);
  }
}
process.exit(failed === 0 ? 0 : 1);
