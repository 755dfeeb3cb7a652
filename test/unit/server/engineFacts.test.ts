import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContainerRecord, VolumeRecord } from '../../../src/engine/records';
import { DEFAULT_ENGINE_SETTINGS, EngineFactsSource, readEngineSettings, toEngineFacts } from '../../../src/server/engineFacts';

const volume = (name: string, extra: Partial<VolumeRecord> = {}): VolumeRecord => ({
  name, driver: 'local', mountpoint: `/var/lib/docker/volumes/${name}/_data`, createdAt: 1_700_000_000_000, labels: {}, options: {}, scope: 'local', composeProject: undefined, anonymous: false, ...extra,
});

const container = (name: string, labels: Record<string, string>, mounts: Array<[string, string, boolean]>): ContainerRecord => ({
  id: `${name}-id`, name, image: 'img', state: 'running', status: 'Up', createdAt: undefined, labels, composeProject: labels['com.docker.compose.project'],
  mounts: mounts.map(([volumeName, mountTarget, readOnly]) => ({ type: 'volume', volumeName, source: '', mountTarget, readOnly, mode: '', propagation: '' })),
});

describe('readEngineSettings', () => {
  it('reads engine.enable, docker.host and docker.timeoutSeconds', () => {
    assert.deepEqual(readEngineSettings({ engine: { enable: false }, docker: { host: ' tcp://h:2375 ', timeoutSeconds: 3 } }), { enable: false, host: 'tcp://h:2375', timeoutSeconds: 3 });
  });
  it('falls back on anything malformed', () => {
    assert.deepEqual(readEngineSettings({ engine: { enable: 'no' }, docker: { host: 7, timeoutSeconds: 0 } }), DEFAULT_ENGINE_SETTINGS);
    assert.equal(readEngineSettings(undefined), DEFAULT_ENGINE_SETTINGS);
  });
});

describe('toEngineFacts', () => {
  it('turns the session snapshot into volumes with sizes and users, and Compose services into their volumes', () => {
    const snapshot = {
      volumes: [volume('shop_db'), volume('a'.repeat(64), { anonymous: true })],
      containers: [container('shop-db-1', { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'db' }, [['shop_db', '/data', false], ['a'.repeat(64), '/tmp/x', false]]), container('reader', {}, [['shop_db', '/r', true]])],
      usage: { volumes: new Map([['shop_db', { name: 'shop_db', size: 1234, refCount: 2 }]]), layersSize: undefined },
    };
    const facts = toEngineFacts('unix:///s.sock', snapshot, true, 42);
    assert.equal(facts.host, 'unix:///s.sock');
    assert.equal(facts.takenAt, 42);
    assert.deepEqual(facts.volumes.get('shop_db'), {
      name: 'shop_db', driver: 'local', createdAt: 1_700_000_000_000, sizeBytes: 1234, anonymous: false,
      users: [{ containerName: 'reader', state: 'running', mountTarget: '/r', readOnly: true }, { containerName: 'shop-db-1', state: 'running', mountTarget: '/data', readOnly: false }],
    });
    assert.equal(facts.volumes.get('a'.repeat(64))?.sizeBytes, undefined);
    assert.deepEqual([...facts.serviceVolumes], [['shop/db', ['shop_db', 'a'.repeat(64)]]]);
  });
});

describe('EngineFactsSource', () => {
  it('stays off (no facts, no connection) when disabled or untrusted', () => {
    const logs: string[] = [];
    let changes = 0;
    const source = new EngineFactsSource({ log: { info: (m) => logs.push(m), error: (m) => logs.push(m) }, onChange: () => changes++ });
    source.configure({ ...DEFAULT_ENGINE_SETTINGS, enable: false }, true);
    source.configure(DEFAULT_ENGINE_SETTINGS, false);
    assert.equal(source.facts, undefined);
    assert.equal(changes, 0);
    assert.deepEqual(logs, ['engine facts off (stowage.engine.enable)', 'engine facts off: the workspace is not trusted']);
    source.dispose();
  });
});
