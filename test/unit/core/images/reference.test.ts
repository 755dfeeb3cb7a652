import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseImageReference, tagMajor } from '../../../../src/core/images/reference';

describe('parseImageReference', () => {
  it('drops Docker Hub\'s implied host and library/ prefix', () => {
    for (const written of ['postgres', 'library/postgres', 'docker.io/library/postgres', 'index.docker.io/library/postgres', 'docker.io/postgres']) {
      assert.equal(parseImageReference(written)?.repository, 'postgres', written);
    }
    assert.equal(parseImageReference('jenkins/jenkins:lts')?.repository, 'jenkins/jenkins');
    assert.equal(parseImageReference('docker.io/jenkins/jenkins')?.repository, 'jenkins/jenkins');
  });

  it('keeps other registries, with ports, and reads tag and digest', () => {
    assert.deepEqual(parseImageReference('quay.io/minio/minio:RELEASE.2024-01-01T00-00-00Z'), {
      written: 'quay.io/minio/minio:RELEASE.2024-01-01T00-00-00Z',
      repository: 'quay.io/minio/minio',
      tag: 'RELEASE.2024-01-01T00-00-00Z',
      digest: undefined,
    });
    const local = parseImageReference('localhost:5000/library/postgres:16@sha256:abc');
    assert.equal(local?.repository, 'localhost:5000/library/postgres');
    assert.equal(local?.tag, '16');
    assert.equal(local?.digest, 'sha256:abc');
    assert.equal(parseImageReference('postgres@sha256:abc')?.tag, undefined);
  });

  it('reads a variable tag by its default, and gives up on a variable repository', () => {
    assert.equal(parseImageReference('postgres:${PG_VERSION:-16}')?.tag, '16');
    assert.equal(parseImageReference('postgres:${PG_VERSION-17-alpine}')?.tag, '17-alpine');
    assert.equal(parseImageReference('postgres:${PG_VERSION}')?.tag, undefined);
    assert.equal(parseImageReference('${IMAGE}:16'), undefined);
    assert.equal(parseImageReference(''), undefined);
  });
});

describe('tagMajor', () => {
  it('reads the leading version number', () => {
    assert.equal(tagMajor('16'), 16);
    assert.equal(tagMajor('16.4-alpine3.20'), 16);
    assert.equal(tagMajor('18-bookworm'), 18);
    assert.equal(tagMajor('v2.7'), 2);
    assert.equal(tagMajor('latest'), undefined);
    assert.equal(tagMajor('alpine'), undefined);
    assert.equal(tagMajor('16rc1'), undefined);
    assert.equal(tagMajor(undefined), undefined);
  });
});
