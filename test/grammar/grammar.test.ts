import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();
const HERE = path.join(ROOT, 'test/grammar');
const STUBS = ['shell', 'dockerfile', 'markdown'].flatMap((name) => ['-g', path.join(HERE, 'stubs', `${name}.tmLanguage.json`)]);

/** Runs vscode-tmgrammar-test with the extension's manifest, so the injection is applied as VS Code applies it. */
function runGrammarTest(file: string): { status: number | null; output: string } {
  const cli = path.join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  const result = spawnSync(process.execPath, [cli, '--config', path.join(ROOT, 'package.json'), ...STUBS, file], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('storage injection grammar', () => {
  const cases = readdirSync(HERE).filter((name) => /\.test\.(sh|dockerfile|md)$/.test(name));
  it('has test cases for shell, Dockerfile and Markdown', () => {
    assert.deepEqual(cases.map((c) => path.extname(c)).sort(), ['.dockerfile', '.md', '.sh']);
  });
  for (const name of cases) {
    it(`scopes every asserted token in ${name}`, () => {
      const { status, output } = runGrammarTest(path.join(HERE, name));
      assert.equal(status, 0, output);
    });
  }
});
