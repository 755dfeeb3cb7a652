import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core';

function codes(text: string, path: string): string[] {
  return (analyze(text, { path })?.findings ?? []).map((f) => `${f.code}@${f.range.start.line}`);
}

describe('stowage-ignore comments', () => {
  it('silence the named rule on the next line only', () => {
    const text = 'FROM busybox\n# stowage-ignore SW101\nVOLUME /a\nVOLUME /b\n';
    assert.deepEqual(codes(text, 'Dockerfile'), ['SW101@3']);
  });

  it('silence every rule when no code is named, and leave other codes alone when one is', () => {
    assert.deepEqual(codes('FROM busybox\n# stowage-ignore\nVOLUME /a\n', 'Dockerfile'), []);
    assert.deepEqual(codes('FROM busybox\n# stowage-ignore SW999\nVOLUME /a\n', 'Dockerfile'), ['SW101@2']);
  });

  it('work at the end of the finding\'s own line where the syntax has trailing comments', () => {
    assert.deepEqual(codes('docker run -v /cache busybox\n', 'run.sh'), ['SW301@0']);
    assert.deepEqual(codes('docker run -v /cache busybox # stowage-ignore SW301\n', 'run.sh'), []);
  });

  it('cover every line of a continued command when written above its first line', () => {
    const text = '# stowage-ignore SW301\ndocker run \\\n  -v /cache \\\n  busybox true\n';
    assert.deepEqual(codes('docker run \\\n  -v /cache \\\n  busybox true\n', 'run.sh'), ['SW301@1']);
    assert.deepEqual(codes(text, 'run.sh'), []);
  });

  it('cover a Compose long-syntax mount written over several lines', () => {
    const base = 'services:\n  app:\n    image: busybox\n    volumes:\n';
    const mount = '      - type: volume\n        target: /data\n';
    assert.deepEqual(codes(base + mount, 'compose.yaml'), ['SW201@5']);
    assert.deepEqual(codes(base + '      # stowage-ignore SW201\n' + mount, 'compose.yaml'), []);
  });
});
