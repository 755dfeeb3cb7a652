import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDockerfilePath, buildVolumesOf, imageVolumesOf } from '../../../../src/core/images/resolve';
import { fixtureReader } from './support';

const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('imageVolumesOf', () => {
  it('asks the engine first, then the table; the data path always comes from the table', () => {
    const engine = (ref: string): readonly string[] | undefined => (ref === 'postgres:16' ? ['/var/lib/postgresql/data/', '/extra'] : undefined);
    assert.deepEqual(imageVolumesOf('postgres:16', { engine }), { volumes: ['/var/lib/postgresql/data', '/extra'], dataPath: '/var/lib/postgresql/data', origin: 'engine' });
    const table = imageVolumesOf('postgres:15', { engine });
    assert.equal(table?.origin, 'table');
    assert.match(table?.source ?? '', /docker-library\/postgres/);
    assert.equal(imageVolumesOf('example/unknown:1', { engine }), undefined);
    assert.equal(imageVolumesOf('example/unknown:1', undefined), undefined);
  });
});

describe('buildVolumesOf', () => {
  it('joins context and dockerfile, and skips remote contexts', () => {
    assert.equal(buildDockerfilePath({ context: '.', dockerfile: undefined, target: undefined, keyRange: at }), 'Dockerfile');
    assert.equal(buildDockerfilePath({ context: './api/', dockerfile: 'Dockerfile.prod', target: undefined, keyRange: at }), './api/Dockerfile.prod');
    assert.equal(buildDockerfilePath({ context: 'https://github.com/x/y.git', dockerfile: undefined, target: undefined, keyRange: at }), undefined);
    assert.equal(buildDockerfilePath({ context: '${CTX}', dockerfile: undefined, target: undefined, keyRange: at }), undefined);
  });

  it('reads the target stage, the stages it is built from, and the outside base image (ARG defaults expanded)', () => {
    const readFile = fixtureReader('build-dockerfile');
    const runtime = buildVolumesOf({ context: './api', dockerfile: 'Dockerfile.prod', target: 'runtime', keyRange: at }, { readFile });
    assert.deepEqual(runtime, { volumes: ['/srv/cache', '/srv/uploads', '/var/lib/postgresql/data'], dataPath: '/var/lib/postgresql/data', origin: 'dockerfile' });
    const last = buildVolumesOf({ context: './api', dockerfile: 'Dockerfile.prod', target: undefined, keyRange: at }, { readFile });
    assert.deepEqual(last?.volumes, ['/other']);
    assert.equal(buildVolumesOf({ context: './api', dockerfile: 'Dockerfile.prod', target: 'missing', keyRange: at }, { readFile }), undefined);
    assert.equal(buildVolumesOf({ context: './nowhere', dockerfile: undefined, target: undefined, keyRange: at }, { readFile }), undefined);
  });

  it('uses the engine for the base image too, and gives up on a base with an unknown variable', () => {
    const readFile = (): string => 'ARG BASE\nFROM ${BASE}\nVOLUME /own\n';
    assert.deepEqual(buildVolumesOf({ context: '.', dockerfile: undefined, target: undefined, keyRange: at }, { readFile })?.volumes, ['/own']);
    const fromLocal = (): string => 'FROM example/base:1\nVOLUME ["/own"]\n';
    const engine = (ref: string): readonly string[] | undefined => (ref === 'example/base:1' ? ['/base'] : undefined);
    assert.deepEqual(buildVolumesOf({ context: '.', dockerfile: undefined, target: undefined, keyRange: at }, { readFile: fromLocal, engine })?.volumes, ['/own', '/base']);
  });
});
