import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from './helpers';
import { assertImageFixture, composeFindings } from '../../images/support';

describe('SW211 database files on a bind mount', () => {
  it('reports the fixture: short and long syntax; quiet for a bind above a declared volume', () => {
    const found = assertImageFixture('database-bind-mount', 'SW211');
    assert.ok(found.every((f) => f.severity === 'info'));
    assert.ok(found[0]?.message.en.includes('Docker Desktop'));
  });

  it('switches a short-syntax bind to a new named volume and declares it; the result is quiet', () => {
    const text = 'services:\n  db:\n    image: mysql:8\n    volumes:\n      - ./data/mysql:/var/lib/mysql:Z\nvolumes:\n  db-mysql:\n';
    const [finding] = composeFindings(text, 'SW211');
    assert.ok(finding?.fixes[0]?.preferred);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, 'services:\n  db:\n    image: mysql:8\n    volumes:\n      - db-mysql-2:/var/lib/mysql:Z\nvolumes:\n  db-mysql:\n  db-mysql-2:\n');
    assert.deepEqual(composeFindings(fixed, 'SW211'), []);
    assert.deepEqual(composeFindings(fixed, 'SW209'), []);
    assert.deepEqual(composeFindings(fixed, 'SW204'), []);
  });

  it('switches long syntax type and source; no fix where bind-only options would be left behind', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - type: bind\n        source: ./pg\n        target: /var/lib/postgresql/data\n';
    const [finding] = composeFindings(text, 'SW211');
    assert.ok(finding?.fixes[0]);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.startsWith('services:\n  db:\n    image: postgres:16\n    volumes:\n      - type: volume\n        source: db-data\n'), fixed);
    assert.deepEqual(composeFindings(fixed, 'SW211'), []);
    assert.deepEqual(composeFindings(fixed, 'SW205'), []);
    const bindOptions = 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - type: bind\n        source: ./pg\n        target: /var/lib/postgresql/data\n        bind:\n          create_host_path: true\n';
    assert.deepEqual(composeFindings(bindOptions, 'SW211')[0]?.fixes, []);
    const propagation = 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ./pg:/var/lib/postgresql/data:rshared\n';
    assert.deepEqual(composeFindings(propagation, 'SW211')[0]?.fixes, []);
  });

  it('knows the data path from engine facts only through the table, and the table through a build Dockerfile', () => {
    const text = 'services:\n  db:\n    build: .\n    volumes:\n      - ./pg:/var/lib/postgresql/data\n';
    const readFile = (p: string): string | undefined => (p === 'Dockerfile' ? 'FROM postgres:16-alpine\nCOPY init.sql /docker-entrypoint-initdb.d/\n' : undefined);
    assert.equal(composeFindings(text, 'SW211', { imageVolumes: { readFile } }).length, 1);
    assert.deepEqual(composeFindings(text, 'SW211'), []);
    const custom = 'services:\n  db:\n    image: example/db:1\n    volumes:\n      - ./d:/data\n';
    assert.deepEqual(composeFindings(custom, 'SW211', { imageVolumes: { engine: () => ['/data'] } }), []);
  });

  it('leaves binds beside the data path, inside it, and of non-database images alone', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pg:/var/lib/postgresql/data\n      - ./conf/pg.conf:/var/lib/postgresql/data/postgresql.conf:ro\n      - ./init:/docker-entrypoint-initdb.d\n  wp:\n    image: wordpress:6\n    volumes:\n      - ./html:/var/www/html\nvolumes:\n  pg:\n';
    assert.deepEqual(composeFindings(text, 'SW211'), []);
  });
});
