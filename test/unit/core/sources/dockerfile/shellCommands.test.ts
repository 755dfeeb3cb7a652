import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readShellCommands } from '../../../../../src/core/sources/dockerfile/shellCommands';
import { LineIndex } from '../../../../../src/core/text';

function read(text: string): [string | undefined, string[], string[]][] {
  const m = { text, offsets: [...text].map((_, i) => i), end: text.length };
  return readShellCommands(m, new LineIndex(text)).map((c) => [c.name?.value, c.args.map((a) => a.value), c.redirects.map((r) => r.value)]);
}

describe('readShellCommands', () => {
  it('splits at && || ; | and newlines, after assignments and sudo', () => {
    assert.deepEqual(read('A=1 sudo -E mkdir -p "/data/x" && echo ok | tee /log; ls\nrm -rf /tmp/*'), [
      ['mkdir', ['-p', '/data/x'], []],
      ['echo', ['ok'], []],
      ['tee', ['/log'], []],
      ['ls', [], []],
      ['rm', ['-rf', '/tmp/*'], []],
    ]);
  });
  it('collects write redirections, not fd duplications or input files', () => {
    assert.deepEqual(read('make >/out.log 2>&1 < /in && echo x >> "/a b" 2> /err'), [
      ['make', [], ['/out.log']],
      ['echo', ['x'], ['/a b', '/err']],
    ]);
  });
  it('keeps $(...) inside its word and skips comments and line continuations', () => {
    assert.deepEqual(read('echo $(cat /a | wc -l) \\\n  more # note\ncp a b'), [
      ['echo', ['$(cat /a | wc -l)', 'more'], []],
      ['cp', ['a', 'b'], []],
    ]);
  });
  it('ranges words as written, quotes included', () => {
    const text = 'touch "/d/x"';
    const commands = readShellCommands({ text, offsets: [...text].map((_, i) => i), end: text.length }, new LineIndex(text));
    assert.deepEqual(commands[0]?.args[0]?.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
  });
});
