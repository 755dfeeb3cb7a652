import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, readDocument } from '../../../../../src/core';
import type { EngineFacts, EngineVolume } from '../../../../../src/core/engineFacts';
import { expectedVolumeNames } from '../../../../../src/core/rules/command/expectedVolumes';

function engineWith(names: readonly string[]): EngineFacts {
  const volumes = new Map<string, EngineVolume>(names.map((name) => [name, { name, driver: 'local', createdAt: undefined, sizeBytes: undefined, anonymous: false, users: [] }]));
  return { host: 'unix:///run/test.sock', fresh: true, takenAt: 0, volumes, serviceVolumes: new Map() };
}

const SCRIPT = `#!/bin/sh
# Restored by the operator before this runs.
# stowage-external ledgerly-pgdata, ledgerly-uploads
docker run --rm -v ledgerly-pgdata:/data -v scratch:/tmp/s busybox true
docker run --rm --mount type=volume,source=ledgerly-uploads,target=/u busybox true
`;

const sw210 = (text: string, engine: EngineFacts | undefined, kind: 'shell' | 'markdown' = 'shell') =>
  (analyze(text, { path: kind === 'shell' ? 'run.sh' : 'README.md', kind, ...(engine !== undefined ? { engine } : {}) })?.findings ?? [])
    .filter((f) => f.code === 'SW210')
    .map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]);

describe('SW210 on command lines (stowage-external)', () => {
  it('reads the names of every stowage-external comment', () => {
    const document = readDocument(`${SCRIPT}<!-- stowage-external docs-vol -->\n`, 'shell', { path: 'run.sh', kind: 'shell' });
    assert.deepEqual([...expectedVolumeNames(document)].sort(), ['docs-vol', 'ledgerly-pgdata', 'ledgerly-uploads']);
  });

  it('reports a -v or --mount source of an expected volume the engine lacks, not other volumes', () => {
    assert.deepEqual(sw210(SCRIPT, engineWith(['ledgerly-uploads'])), [[3, 19, 34]]);
    const both = analyze(SCRIPT, { path: 'run.sh', kind: 'shell', engine: engineWith([]) })?.findings.filter((f) => f.code === 'SW210') ?? [];
    assert.deepEqual(both.map((f) => f.range.start.line), [3, 4]);
    assert.match(both[0]?.message.en ?? '', /^Volume "ledgerly-pgdata" is marked as expected to exist \(stowage-external\) but is not on the Docker engine \(unix:\/\/\/run\/test\.sock\)/);
  });

  it('says nothing once the volumes exist, without the comment, or without an engine', () => {
    assert.deepEqual(sw210(SCRIPT, engineWith(['ledgerly-pgdata', 'ledgerly-uploads'])), []);
    assert.deepEqual(sw210(SCRIPT.replace('# stowage-external', '# external'), engineWith([])), []);
    assert.deepEqual(sw210(SCRIPT, undefined), []);
  });

  it('works in Markdown fences with an HTML comment', () => {
    const readme = '<!-- stowage-external data -->\n\n```sh\ndocker run -v data:/d busybox\n```\n';
    assert.deepEqual(sw210(readme, engineWith([]), 'markdown'), [[3, 14, 18]]);
  });
});
