import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../../../../src/core/document';
import type { Mount } from '../../../../../src/core/mounts/mount';
import { hostMounts } from '../../../../../src/core/rules/mount/hostMounts';
import { LineIndex, range } from '../../../../../src/core/text';

const mount = (syntax: Mount['syntax'], source: string | undefined): Mount => ({
  type: 'bind',
  source: source === undefined ? undefined : { value: source, range: range(0, 0, 0, 1) },
  target: { value: '/t', range: range(0, 0, 0, 1) },
  readOnly: false,
  options: [],
  syntax,
  context: { kind: 'command', name: 'x' },
  range: range(0, 0, 0, 1),
});

describe('hostMounts', () => {
  it('keeps command and Compose mounts with a source, not Dockerfile VOLUME or RUN --mount', () => {
    const mounts = [mount('volume-flag', '/a'), mount('compose-long', '/b'), mount('run-mount', '/c'), mount('dockerfile-volume', '/d'), mount('mount-flag', undefined)];
    const document: AnalyzedDocument = { kind: 'shell', path: 'x.sh', text: '', lines: new LineIndex(''), mounts, commands: [], problems: [] };
    assert.deepEqual(hostMounts(document).map((m) => m.source?.value), ['/a', '/b']);
  });
});
