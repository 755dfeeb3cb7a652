import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workflowShells } from '../../../../../src/core/sources/commandLine/workflow';

describe('workflowShells', () => {
  it('reads a literal block scalar without its indentation, with exact offsets', () => {
    const text = 'steps:\n  - run: |\n      docker volume ls\n\n      docker ps\n';
    const [shell] = workflowShells(text);
    assert.equal(shell?.text, 'docker volume ls\n\ndocker ps');
    assert.equal(shell?.offsetAt(shell.text.indexOf('docker ps')), text.indexOf('docker ps'));
  });

  it('joins the lines of a folded block scalar with spaces', () => {
    const text = 'steps:\n  - run: >-\n      docker run\n      -v /a img\n';
    const [shell] = workflowShells(text);
    assert.equal(shell?.text, 'docker run -v /a img');
    assert.equal(shell?.offsetAt(shell.text.indexOf('-v')), text.indexOf('-v'));
  });

  it('reads plain and quoted scalars, undoing YAML escapes', () => {
    const text = `a:\n  run: docker ps\nb:\n  run: "docker \\"x\\""\nc:\n  run: 'it''s'\n`;
    assert.deepEqual(workflowShells(text).map((s) => s.text), ['docker ps', 'docker "x"', "it's"]);
    const plain = workflowShells(text)[0];
    assert.equal(plain?.offsetAt(0), text.indexOf('docker ps'));
  });

  it('reads every run: key wherever it is, and nothing else', () => {
    const text = 'jobs:\n  a:\n    steps:\n      - name: docker run -v /x img\n        run: echo 1\n  b:\n    defaults:\n      run:\n        shell: bash\n';
    assert.deepEqual(workflowShells(text).map((s) => s.text), ['echo 1']);
  });

  it('never throws on broken YAML', () => {
    for (const text of ['run: |', 'run: "abc', ':\n  - ][', 'run: >\n', '']) assert.doesNotThrow(() => workflowShells(text), text);
  });
});
