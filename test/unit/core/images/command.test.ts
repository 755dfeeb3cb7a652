import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../../src/core';
import type { AnalyzeOptions } from '../../../../src/core';
import { commandImageVolumes } from '../../../../src/core/images/command';

function imageVolumes(line: string, options: Partial<AnalyzeOptions> = {}): string[][] {
  const document = readDocument(`${line}\n`, 'shell', { path: 'run.sh', ...options });
  return document.commands.map((command) => commandImageVolumes(command, { path: 'run.sh', ...options }));
}

describe('commandImageVolumes', () => {
  it('lists the image\'s volumes with no mount exactly there', () => {
    assert.deepEqual(imageVolumes('docker run -d postgres:16'), [['/var/lib/postgresql/data']]);
    assert.deepEqual(imageVolumes('docker run -d -v pg:/var/lib/postgresql/data/ postgres:16'), [[]]);
    assert.deepEqual(imageVolumes('docker create --tmpfs /data/configdb --mount type=volume,dst=/data/db mongo:7'), [[]]);
    assert.deepEqual(imageVolumes('docker run -v pg:/var/lib postgres:16'), [['/var/lib/postgresql/data']], 'a mount above does not count');
    // The daemon matches --tmpfs paths as written, other mounts by their cleaned path.
    assert.deepEqual(imageVolumes('docker run --tmpfs /data/db/ --mount type=tmpfs,dst=/data/configdb/ mongo:7'), [['/data/db']]);
    assert.deepEqual(imageVolumes('docker run -d mongo:7 mongod --dbpath /x'), [['/data/db', '/data/configdb']]);
  });

  it('is empty for unknown images, variables, --volumes-from and volume commands', () => {
    assert.deepEqual(imageVolumes('docker run -d example/app:1'), [[]]);
    assert.deepEqual(imageVolumes('docker run -d "$IMAGE"'), [[]]);
    assert.deepEqual(imageVolumes('docker run -d -v pg:"$PGDATA" postgres:16'), [[]]);
    assert.deepEqual(imageVolumes('docker run -d --volumes-from old postgres:16'), [[]]);
    assert.deepEqual(imageVolumes('docker volume create data'), [[]]);
  });

  it('asks the engine facts first', () => {
    const imageVolumes_ = { engine: (ref: string): readonly string[] | undefined => (ref === 'example/app:1' ? ['/srv/data'] : undefined) };
    assert.deepEqual(imageVolumes('docker run example/app:1', { imageVolumes: imageVolumes_ }), [['/srv/data']]);
  });
});
