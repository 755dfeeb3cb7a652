import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookupOfficialImage, OFFICIAL_IMAGES } from '../../../../src/core/images/table';
import { isWithin } from '../../../../src/core/images/paths';

const REQUIRED = [
  'postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'elasticsearch', 'rabbitmq', 'influxdb', 'cassandra', 'couchdb', 'neo4j',
  'registry', 'nextcloud', 'wordpress', 'drupal', 'ghost', 'jenkins/jenkins', 'sonarqube', 'minio/minio', 'portainer/portainer-ce',
];

describe('the built-in image table', () => {
  it('has every entry\'s source recorded and every path absolute and clean', () => {
    assert.ok(OFFICIAL_IMAGES.length >= REQUIRED.length);
    for (const entry of OFFICIAL_IMAGES) {
      assert.ok(entry.repositories.length > 0);
      assert.ok(entry.variants.length > 0, entry.repositories[0]);
      for (const variant of entry.variants) {
        const name = entry.repositories[0] ?? '?';
        // A source names a repository and a Dockerfile in it, then what it says.
        assert.match(variant.source, /^[\w.-]+\/[\w.-]+ (?:[\w.-]+\/)*Dockerfile(?:[.-][\w.-]+)?[:\s]/, `${name}: source`);
        // An entry the check could not confirm is kept only when the issue requires the image, and says so.
        if (/not verified/.test(variant.source)) {
          assert.ok(entry.repositories.some((r) => REQUIRED.includes(r)), `${name}: unverified but not required`);
        } else {
          assert.match(variant.source, /\([^()]+\)$/, `${name}: ends with the versions it was read for`);
        }
        if (/no VOLUME/.test(variant.source)) assert.deepEqual(variant.volumes, [], `${name}: no VOLUME means none`);
        else assert.ok(variant.volumes.length > 0, `${name}: a source naming a VOLUME lists its paths`);
        for (const path of [...variant.volumes, ...(variant.dataPath === undefined ? [] : [variant.dataPath])]) {
          assert.match(path, /^\/[^\s$]*$/, `${name}: ${path} is absolute, without variables`);
          assert.ok(!path.endsWith('/') && !path.includes('//'), `${name}: ${path} is clean`);
        }
        if (variant.dataPath !== undefined && variant.volumes.length > 0) {
          assert.ok(variant.volumes.some((v) => isWithin(variant.dataPath ?? '', v)), `${name}: data path lies in a declared volume`);
        }
      }
    }
  });

  it('covers the images the issue names, each repository once', () => {
    const repositories = OFFICIAL_IMAGES.flatMap((e) => e.repositories);
    assert.equal(new Set(repositories).size, repositories.length);
    for (const name of REQUIRED) assert.ok(repositories.includes(name), name);
  });

  it('answers by tag where the path moved: postgres 18', () => {
    assert.deepEqual(lookupOfficialImage('postgres:16')?.variant.volumes, ['/var/lib/postgresql/data']);
    assert.deepEqual(lookupOfficialImage('postgres:17.2-alpine')?.variant.volumes, ['/var/lib/postgresql/data']);
    assert.deepEqual(lookupOfficialImage('postgres:9.6')?.variant.volumes, ['/var/lib/postgresql/data']);
    assert.deepEqual(lookupOfficialImage('postgres:18')?.variant.volumes, ['/var/lib/postgresql']);
    assert.deepEqual(lookupOfficialImage('postgres')?.variant.volumes, ['/var/lib/postgresql']);
    assert.deepEqual(lookupOfficialImage('postgres:alpine')?.variant.volumes, ['/var/lib/postgresql']);
    assert.equal(lookupOfficialImage('postgres@sha256:0123'), undefined, 'a digest alone does not say which');
  });

  it('answers by tag for influxdb 1 and 2, and not for versions it was not checked for', () => {
    assert.deepEqual(lookupOfficialImage('influxdb:1.8')?.variant.volumes, ['/var/lib/influxdb']);
    assert.deepEqual(lookupOfficialImage('influxdb:2.7-alpine')?.variant.volumes, ['/var/lib/influxdb2', '/etc/influxdb2']);
    assert.equal(lookupOfficialImage('influxdb:3-core'), undefined);
  });

  it('answers only for the versions a Dockerfile was read for', () => {
    assert.deepEqual(lookupOfficialImage('percona:8.0.36')?.variant.volumes, ['/var/lib/mysql', '/var/log/mysql']);
    assert.equal(lookupOfficialImage('percona:5.7'), undefined);
    assert.deepEqual(lookupOfficialImage('redis:7.4-alpine')?.variant.volumes, ['/data']);
    assert.deepEqual(lookupOfficialImage('solr:9')?.variant.volumes, ['/var/solr']);
    assert.deepEqual(lookupOfficialImage('drupal:11')?.variant.volumes, []);
    // Names whose own Dockerfile was not read are not answered for through a look-alike.
    for (const unread of ['hashicorp/consul:1.20', 'distribution/distribution:3', 'redis/redis-stack-server', 'valkey/valkey:8']) {
      assert.equal(lookupOfficialImage(unread), undefined, unread);
    }
  });

  it('finds images through registries, namespaces and variables, and knows which are databases', () => {
    assert.equal(lookupOfficialImage('docker.io/library/mysql:8.4')?.variant.dataPath, '/var/lib/mysql');
    assert.deepEqual(lookupOfficialImage('quay.io/minio/minio:latest')?.variant.volumes, ['/data']);
    assert.equal(lookupOfficialImage('minio/minio')?.variant.dataPath, undefined);
    assert.equal(lookupOfficialImage('mongo:${MONGO_TAG:-7}')?.variant.dataPath, '/data/db');
    assert.deepEqual(lookupOfficialImage('elasticsearch:8.15.5')?.variant.volumes, []);
    assert.equal(lookupOfficialImage('elasticsearch:8.15.5')?.variant.dataPath, '/usr/share/elasticsearch/data');
    assert.equal(lookupOfficialImage('example/postgres:16'), undefined);
    assert.equal(lookupOfficialImage('ghcr.io/library/postgres:16'), undefined);
  });
});
