import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentKind } from '../../../src/server/documentKind';

describe('documentKind', () => {
  it('follows the language id of VS Code and of other editors', () => {
    assert.equal(documentKind('dockercompose', '/w/stack.yml', ''), 'compose');
    assert.equal(documentKind('yaml.docker-compose', '/w/compose.yaml', ''), 'compose');
    assert.equal(documentKind('sh', '/w/run', ''), 'shell');
    assert.equal(documentKind('Shell Script', '/w/run', ''), 'shell');
    assert.equal(documentKind('make', '/w/build.mk', ''), 'makefile');
    assert.equal(documentKind('dockerfile', '/w/Containerfile.dev', ''), 'dockerfile');
  });

  it('reads YAML only when it is named like a Compose file or lives under .github/workflows', () => {
    assert.equal(documentKind('yaml', '/w/docker-compose.prod.yml', ''), 'compose');
    assert.equal(documentKind('yaml', '/w/.github/workflows/ci.yml', ''), 'workflow');
    assert.equal(documentKind('yaml', '/w/k8s/deployment.yaml', ''), undefined);
  });

  it('falls back to the name and the first line for other ids', () => {
    assert.equal(documentKind('plaintext', '/w/deploy', '#!/bin/bash\ndocker run -v /x alpine\n'), 'shell');
    assert.equal(documentKind('plaintext', '/w/notes.txt', 'docker run -v /x alpine\n'), undefined);
  });
});
