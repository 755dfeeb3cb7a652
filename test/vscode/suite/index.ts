// The @vscode/test-electron contract: the extension host loads this module and awaits run().
// Test output reaches the runner through the workbench's log relay; counts go to a results file,
// because mocha's own summary is not a line CI reads.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const suiteName = process.env['STOWAGE_VSCODE_SUITE'] ?? 'en';
  const resultsFile = process.env['STOWAGE_VSCODE_RESULTS'];
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  const optional = (file: string): string[] => (existsSync(path.join(__dirname, '..', file)) ? [file] : []);
  const files = suiteName === 'ko' ? ['korean.test.js'] : ['diagnostics.test.js', ...optional('explorer.test.js'), ...optional('authoring.test.js')];
  for (const file of files) mocha.addFile(path.join(__dirname, '..', file));
  const counts = { passed: 0, failed: 0 };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++);
  });
  if (resultsFile !== undefined) writeFileSync(resultsFile, JSON.stringify(counts));
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  if (counts.failed > 0) throw new Error(`${counts.failed} extension tests failed`);
}
