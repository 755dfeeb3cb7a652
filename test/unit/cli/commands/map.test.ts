import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { mountRow, type MapRow } from '../../../../src/cli/commands/map';
import { range, type Mount } from '../../../../src/core/index';
import { FIXTURES, runCli, workspace } from '../support';

const PROJECT = path.join(FIXTURES, 'project');

type Brief = Omit<MapRow, 'range'> & { line: number };
const brief = (rows: readonly MapRow[]): Brief[] => rows.map(({ range: r, ...rest }) => ({ ...rest, line: r.start.line }));

describe('stowage map', () => {
  it('lists every mount of the fixture project as JSON', async () => {
    const result = await runCli(['map', '--format', 'json'], PROJECT);
    assert.equal(result.code, 0);
    const { mounts } = JSON.parse(result.stdout) as { mounts: MapRow[] };
    assert.deepEqual(brief(mounts), [
      { file: 'Dockerfile', context: { kind: 'dockerfile', name: 'runtime' }, type: 'volume', source: null, target: '/data', readOnly: false, anonymous: true, line: 3 },
      { file: 'compose.yaml', context: { kind: 'compose-service', name: 'db' }, type: 'volume', source: 'pgdata', target: '/var/lib/postgresql/data', readOnly: false, anonymous: false, line: 4 },
      { file: 'compose.yaml', context: { kind: 'compose-service', name: 'db' }, type: 'bind', source: './initdb', target: '/docker-entrypoint-initdb.d', readOnly: true, anonymous: false, line: 5 },
      { file: 'compose.yaml', context: { kind: 'compose-service', name: 'db' }, type: 'volume', source: null, target: '/var/run/postgresql', readOnly: false, anonymous: true, line: 6 },
      { file: 'scripts/backup.sh', context: mounts[4]?.context ?? { kind: 'command', name: '' }, type: 'volume', source: 'pgdata', target: '/data', readOnly: true, anonymous: false, line: 2 },
      { file: 'scripts/backup.sh', context: mounts[5]?.context ?? { kind: 'command', name: '' }, type: 'bind', source: '/srv/backups', target: '/backups', readOnly: false, anonymous: false, line: 2 },
      { file: 'scripts/backup.sh', context: mounts[6]?.context ?? { kind: 'command', name: '' }, type: 'volume', source: null, target: '/cache', readOnly: false, anonymous: true, line: 3 },
    ]);
    for (const row of mounts.slice(4)) assert.equal(row.context.kind, 'command');
    assert.deepEqual(Object.keys(mounts[0] ?? {}), ['file', 'context', 'type', 'source', 'target', 'readOnly', 'anonymous', 'range']);
  });

  it('records a Dockerfile VOLUME target the way the image records it', async () => {
    const folder = workspace({ 'Dockerfile': "FROM alpine\nVOLUME ['/c']\n" });
    const { mounts } = JSON.parse((await runCli(['map', '--format', 'json'], folder)).stdout) as { mounts: MapRow[] };
    assert.deepEqual(mounts.map((m) => m.target), ['[/c]']);
  });

  it('prints an aligned table with anonymous sources spelled out', async () => {
    const result = await runCli(['map', 'compose.yaml'], PROJECT);
    assert.equal(
      result.stdout,
      [
        'FILE            CONTEXT     TYPE    SOURCE     TARGET                       RO',
        'compose.yaml:5  service db  volume  pgdata     /var/lib/postgresql/data     rw',
        'compose.yaml:6  service db  bind    ./initdb   /docker-entrypoint-initdb.d  ro',
        'compose.yaml:7  service db  volume  anonymous  /var/run/postgresql          rw',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no mounts, and exits 2 for a missing path', async () => {
    const folder = workspace({ 'run.sh': 'echo hello\n' });
    assert.deepEqual(await runCli(['map'], folder), { code: 0, stdout: 'no mounts found\n', stderr: '' });
    const missing = await runCli(['map', 'nope'], folder);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'stowage: no such file or folder: nope\n');
  });
});

describe('stowage map: image volumes', () => {
  const files = {
    'compose.yaml': 'services:\n  db:\n    image: mongo:7\n    volumes:\n      - mongo-db:/data/db\n  api:\n    build: ./api\n    image: example/api\n  web:\n    image: nginx\nvolumes:\n  mongo-db:\n',
    'api/Dockerfile': 'FROM busybox\nVOLUME /srv/data\n',
  };

  it('lists the image-declared volumes no mount covers, marked, from the table and the build Dockerfile', async () => {
    const { mounts } = JSON.parse((await runCli(['map', '--format', 'json', 'compose.yaml'], workspace(files))).stdout) as { mounts: MapRow[] };
    assert.deepEqual(brief(mounts), [
      { file: 'compose.yaml', context: { kind: 'compose-service', name: 'db' }, type: 'volume', source: 'mongo-db', target: '/data/db', readOnly: false, anonymous: false, line: 4 },
      { file: 'compose.yaml', context: { kind: 'compose-service', name: 'db' }, type: 'volume', source: null, target: '/data/configdb', readOnly: false, anonymous: true, imageVolume: true, line: 2 },
      { file: 'compose.yaml', context: { kind: 'compose-service', name: 'api' }, type: 'volume', source: null, target: '/srv/data', readOnly: false, anonymous: true, imageVolume: true, line: 7 },
    ]);
  });

  it('marks them "(image)" in the table', async () => {
    const result = await runCli(['map', 'compose.yaml'], workspace(files));
    assert.equal(
      result.stdout,
      [
        'FILE            CONTEXT      TYPE    SOURCE             TARGET          RO',
        'compose.yaml:5  service db   volume  mongo-db           /data/db        rw',
        'compose.yaml:3  service db   volume  anonymous (image)  /data/configdb  rw',
        'compose.yaml:8  service api  volume  anonymous (image)  /srv/data       rw',
        '',
      ].join('\n'),
    );
  });
});

describe('mountRow', () => {
  const base: Mount = {
    type: 'volume',
    source: undefined,
    target: { value: '/data', range: range(0, 7, 0, 12) },
    readOnly: false,
    options: [],
    syntax: 'dockerfile-volume',
    context: { kind: 'dockerfile', name: '0' },
    range: range(0, 7, 0, 12),
    recordedTarget: '[/data]',
  };

  it('uses recordedTarget for a Dockerfile VOLUME and marks it anonymous', () => {
    assert.deepEqual(mountRow('Dockerfile', base), {
      file: 'Dockerfile',
      context: { kind: 'dockerfile', name: '0' },
      type: 'volume',
      source: null,
      target: '[/data]',
      readOnly: false,
      anonymous: true,
      range: range(0, 7, 0, 12),
    });
  });

  it('leaves out build-time RUN --mount mounts and gives tmpfs no source without calling it anonymous', () => {
    assert.equal(mountRow('Dockerfile', { ...base, syntax: 'run-mount', type: 'cache' }), undefined);
    const tmpfs = mountRow('run.sh', { ...base, syntax: 'tmpfs-flag', type: 'tmpfs', context: { kind: 'command', name: 'docker run alpine' } });
    assert.equal(tmpfs?.source, null);
    assert.equal(tmpfs?.anonymous, false);
    assert.equal(tmpfs?.target, '/data');
  });
});
