import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makefileShell } from '../../../../../src/core/sources/commandLine/makefile';

describe('makefileShell', () => {
  it('keeps recipe lines only, without the tab and the @ - + prefixes', () => {
    const text = 'all: build\n\t@docker ps\n\t-@ echo x\nVAR = 1\n';
    const shell = makefileShell(text);
    assert.equal(shell.text, 'docker ps\necho x\n');
    assert.equal(shell.offsetAt(0), text.indexOf('docker'));
    assert.equal(shell.offsetAt(10), text.indexOf('echo'));
  });

  it('turns $$ into $ and maps the $ to the first of the two', () => {
    const text = 'x:\n\techo $$HOME\n';
    const shell = makefileShell(text);
    assert.equal(shell.text, 'echo $HOME\n');
    assert.equal(shell.offsetAt(5), text.indexOf('$$'));
    assert.equal(shell.offsetAt(6), text.indexOf('HOME'));
  });

  it('keeps backslash continuations and drops one leading tab of the continued line', () => {
    const text = 'x:\n\tdocker run \\\n\t\t-v /a img\n';
    const shell = makefileShell(text);
    assert.equal(shell.text, 'docker run \\\n\t-v /a img\n');
    assert.equal(shell.offsetAt(shell.text.indexOf('-v')), text.indexOf('-v'));
  });

  it('ignores define blocks and tab-indented continuations of variable definitions', () => {
    const text = 'A = a \\\n\t-v /x\ndefine B\n\tdocker run -v /y img\nendef\n';
    assert.equal(makefileShell(text).text, '');
  });
});
