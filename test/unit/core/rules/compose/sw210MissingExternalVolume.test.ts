import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EngineFacts, EngineVolume } from '../../../../../src/core/engineFacts';
import { at, findings, fixture } from './helpers';

function engineWith(names: readonly string[], fresh = true): EngineFacts {
  const volumes = new Map<string, EngineVolume>(names.map((name) => [name, { name, driver: 'local', createdAt: undefined, sizeBytes: undefined, anonymous: false, users: [] }]));
  return { host: 'unix:///run/test.sock', fresh, takenAt: 0, volumes, serviceVolumes: new Map() };
}

const PATH = '/work/shop/compose.yaml';

describe('SW210 external volume missing on the engine', () => {
  it('reports each missing external volume on its name: value, else its key', () => {
    const result = findings(fixture('external-missing'), 'SW210', { path: PATH, engine: engineWith(['shop_pgdata']) });
    assert.deepEqual(result.map((f) => [at(f), f.severity]), [
      ['14:11-14:26', 'warning'],
      ['15:3-15:9', 'warning'],
    ]);
    assert.equal(
      result[0]?.message.en,
      'External volume "company-backups" does not exist on the Docker engine (unix:///run/test.sock): `docker compose up` stops with "external volume "company-backups" not found". Create it first with `docker volume create company-backups`, or remove `external: true` to let Compose create it.',
    );
    assert.match(result[1]?.message.ko ?? '', /외부 볼륨 "shared"이\(가\) Docker 엔진/);
  });

  it('is quiet once the volumes exist, and never looks at non-external ones', () => {
    assert.deepEqual(findings(fixture('external-missing'), 'SW210', { path: PATH, engine: engineWith(['company-backups', 'shared']) }), []);
  });

  it('says nothing without an engine or with a stale snapshot', () => {
    assert.deepEqual(findings(fixture('external-missing'), 'SW210', { path: PATH }), []);
    assert.deepEqual(findings(fixture('external-missing'), 'SW210', { path: PATH, engine: engineWith([], false) }), []);
  });

  it('leaves a name that needs a variable alone', () => {
    const text = 'services: {}\nvolumes:\n  data:\n    external: true\n    name: ${DATA_VOLUME}\n';
    assert.deepEqual(findings(text, 'SW210', { path: PATH, engine: engineWith([]) }), []);
  });

  it('checks an external volume declared in an override file like any other', () => {
    const override = 'services:\n  db:\n    volumes: [data:/d]\nvolumes:\n  data:\n    external: true\n';
    const related = [{ path: 'compose.yaml', text: 'name: ledgerly\nservices: {}\n' }];
    assert.deepEqual(findings(override, 'SW210', { path: '/w/examples/compose.override.yaml', relatedComposeFiles: related, engine: engineWith(['data']) }), []);
    assert.deepEqual(findings(override, 'SW210', { path: '/w/examples/compose.override.yaml', relatedComposeFiles: related, engine: engineWith([]) }).map(at), ['5:3-5:7']);
  });

  it('is silenced by stowage-ignore', () => {
    const text = 'services: {}\nvolumes:\n  # stowage-ignore SW210\n  data:\n    external: true\n';
    assert.deepEqual(findings(text, 'SW210', { path: PATH, engine: engineWith([]) }), []);
  });
});
