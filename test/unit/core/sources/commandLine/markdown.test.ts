import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownShell } from '../../../../../src/core/sources/commandLine/markdown';

describe('markdownShell', () => {
  it('reads fences marked sh, bash, shell, zsh, with ``` or ~~~', () => {
    for (const info of ['sh', 'bash', 'shell', 'zsh', 'Bash']) {
      const text = `text\n\`\`\`${info}\ndocker ps\n\`\`\`\n`;
      assert.equal(markdownShell(text).text.trim(), 'docker ps', info);
    }
    assert.equal(markdownShell('~~~sh\necho a\n~~~\n').text.trim(), 'echo a');
  });

  it('ignores prose, indented text and fences in other languages or without one', () => {
    assert.equal(markdownShell('docker run -v /x img\n```yaml\ndocker run\n```\n```\ndocker run\n```\n').text.trim(), '');
  });

  it('reads fences indented inside list items', () => {
    const text = '1. Start:\n\n    ```sh\n    docker ps\n    ```\n';
    const shell = markdownShell(text);
    assert.equal(shell.text.trim(), 'docker ps');
    assert.equal(shell.offsetAt(shell.text.indexOf('docker')), text.indexOf('docker'));
  });

  it('keeps exact offsets for fence bodies', () => {
    const text = '# T\n\n```bash\n  docker run -v /a img\n```\n';
    const shell = markdownShell(text);
    assert.equal(shell.offsetAt(shell.text.indexOf('docker')), text.indexOf('docker'));
  });

  it('reads only prompted lines of console blocks, without the prompt, and their continuations', () => {
    const text = '```console\n$ docker run \\\n>   -v /a img\noutput\n# docker volume ls\n$ \n```\n';
    const shell = markdownShell(text);
    assert.equal(shell.text, 'docker run \\\n  -v /a img\ndocker volume ls\n\n\n');
    assert.equal(shell.offsetAt(0), text.indexOf('docker run'));
    assert.equal(shell.offsetAt(shell.text.indexOf('-v')), text.indexOf('-v'));
  });

  it('reads an unclosed fence to the end of the document', () => {
    assert.equal(markdownShell('```sh\ndocker ps').text, 'docker ps\n');
  });
});
