import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../src/core';
import type { EngineFacts, EngineVolume } from '../../../src/core/engineFacts';
import { composeEngineVolumeName, composeProjectName, engineVolumeNames, normalizeProjectName, volumeReferenceAt, volumeReferences } from '../../../src/core/engineFacts';

function compose(text: string, path = '/work/shop/compose.yaml') {
  return readDocument(text, 'compose', { path, kind: 'compose' });
}

function factsWith(volumes: readonly Partial<EngineVolume>[]): EngineFacts {
  const map = new Map<string, EngineVolume>();
  for (const v of volumes) {
    const name = v.name ?? 'v';
    map.set(name, { name, driver: 'local', createdAt: undefined, sizeBytes: undefined, anonymous: false, users: [], ...v });
  }
  return { host: 'unix:///test.sock', fresh: true, takenAt: 0, volumes: map, serviceVolumes: new Map() };
}

describe('engine names of Compose volumes', () => {
  it('normalizes project names as compose-go does', () => {
    assert.equal(normalizeProjectName('My Shop.v2'), 'myshopv2');
    assert.equal(normalizeProjectName('__-Api_1'), 'api_1');
    assert.equal(normalizeProjectName('例'), '');
  });

  it('takes the project name from the top-level name: key, else the folder', () => {
    assert.equal(composeProjectName({ text: 'name: Shop\nservices: {}\n', path: '/x/y/compose.yaml' }), 'shop');
    assert.equal(composeProjectName({ text: "name: 'web-app' # quoted\n", path: '/x/y/compose.yaml' }), 'web-app');
    assert.equal(composeProjectName({ text: 'services: {}\n', path: '/home/me/My.Project/compose.yaml' }), 'myproject');
    assert.equal(composeProjectName({ text: 'services:\n  web:\n    name: nested\n', path: 'C:\\src\\api\\compose.yaml' }), 'api');
    assert.equal(composeProjectName({ text: 'name: ${PROJECT}\n', path: '/x/y/compose.yaml' }), undefined);
    assert.equal(composeProjectName({ text: '', path: 'compose.yaml' }), undefined);
    // An override file has no name: of its own; Compose reads it with its base file, whose name: counts.
    assert.equal(composeProjectName({ text: 'services: {}\n', path: '/x/examples/compose.override.yaml' }, [{ text: 'name: ledgerly\n' }]), 'ledgerly');
    assert.equal(composeProjectName({ text: 'name: own\n', path: '/x/y/compose.override.yaml' }, [{ text: 'name: base\n' }]), 'own');
  });

  it('prefixes plain keys, keeps name: and external keys as they are', () => {
    const document = compose('services: {}\nvolumes:\n  data: {}\n  named:\n    name: exact\n  outside:\n    external: true\n  renamed:\n    external: true\n    name: company\n');
    assert.ok(document.compose);
    const names = ['data', 'named', 'outside', 'renamed', 'undeclared'].map((key) => composeEngineVolumeName(document.compose!, 'shop', key));
    assert.deepEqual(names, ['shop_data', 'exact', 'outside', 'company', 'shop_undeclared']);
    assert.equal(composeEngineVolumeName(document.compose, undefined, 'data'), undefined);
  });
});

describe('volumeReferences', () => {
  it('lists declarations, name: values and service mounts of a Compose file with their engine names', () => {
    const text = 'name: shop\nservices:\n  db:\n    volumes:\n      - pgdata:/data\n      - type: volume\n        source: backups\n        target: /b\n      - /anon\nvolumes:\n  pgdata: {}\n  backups:\n    external: true\n    name: company-backups\n';
    const refs = volumeReferences(compose(text)).map((r) => [r.kind, r.written, r.engineName, r.range.start.line, r.range.start.character, r.external]);
    assert.deepEqual(refs, [
      ['declaration', 'pgdata', 'shop_pgdata', 10, 2, false],
      ['declaration', 'backups', 'company-backups', 11, 2, true],
      ['declaredName', 'company-backups', 'company-backups', 13, 10, true],
      ['mount', 'pgdata', 'shop_pgdata', 4, 8, false],
      ['mount', 'backups', 'company-backups', 6, 16, true],
    ]);
  });

  it('lists -v, --mount and volume commands of a script, not bind mounts, anonymous volumes or flag values', () => {
    const text = 'docker run -v cache:/c -v /host:/h -v /anon --mount type=volume,source=logs,target=/l img\ndocker volume create --driver local made\ndocker volume rm -f old1 old2\ndocker volume inspect --format json seen\n';
    const document = readDocument(text, 'shell', { path: 'run.sh', kind: 'shell' });
    const refs = volumeReferences(document).map((r) => [r.kind, r.written, r.engineName]);
    assert.deepEqual(refs, [
      ['mount', 'cache', 'cache'],
      ['mount', 'logs', 'logs'],
      ['volumeCommand', 'made', 'made'],
      ['volumeCommand', 'old1', 'old1'],
      ['volumeCommand', 'old2', 'old2'],
      ['volumeCommand', 'seen', 'seen'],
    ]);
  });

  it('finds the reference under the cursor', () => {
    const document = readDocument('docker run -v cache:/c img\n', 'shell', { path: 'run.sh', kind: 'shell' });
    assert.equal(volumeReferenceAt(document, { line: 0, character: 15 })?.engineName, 'cache');
    assert.equal(volumeReferenceAt(document, { line: 0, character: 21 }), undefined);
  });
});

describe('engineVolumeNames', () => {
  it('offers named volumes only, sorted, and nothing without facts', () => {
    const facts = factsWith([{ name: 'zeta' }, { name: 'alpha' }, { name: 'a'.repeat(64), anonymous: true }]);
    assert.deepEqual(engineVolumeNames(facts), ['alpha', 'zeta']);
    assert.deepEqual(engineVolumeNames(undefined), []);
  });
});
