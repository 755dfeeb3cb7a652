import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../src/core';
import type { EngineFacts, EngineVolume } from '../../../src/core/engineFacts';
import { serviceLenses } from '../../../src/server/codeLens';

const COMPOSE = 'name: shop\nservices:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n      - /scratch\n      - ./conf:/etc/conf:ro\n  web:\n    image: nginx\n  cache:\n    volumes: [cache:/data]\nvolumes:\n  pgdata: {}\n  cache: {}\n';

function engineWith(volumes: readonly (Partial<EngineVolume> & { name: string })[], serviceVolumes: Record<string, string[]> = {}): EngineFacts {
  const map = new Map<string, EngineVolume>(volumes.map((v) => [v.name, { driver: 'local', createdAt: undefined, sizeBytes: undefined, anonymous: false, users: [], ...v }]));
  return { host: 'unix:///run/test.sock', fresh: true, takenAt: 0, volumes: map, serviceVolumes: new Map(Object.entries(serviceVolumes)) };
}

const lenses = (engine: EngineFacts | undefined) =>
  serviceLenses(readDocument(COMPOSE, 'compose', { path: '/src/shop/compose.yaml', kind: 'compose' }), engine).map((l) => [l.range.start.line, l.range.start.character, l.title.en, l.title.ko]);

describe('serviceLenses', () => {
  it('counts mounts and anonymous volumes on each service volumes: key, without a size when no engine', () => {
    assert.deepEqual(lenses(undefined), [
      [4, 4, '3 mounts · 1 anonymous', '마운트 3개 · 익명 1개'],
      [11, 4, '1 mount · 0 anonymous', '마운트 1개 · 익명 0개'],
    ]);
  });

  it('adds the engine size of the named volumes and of the anonymous volumes the service containers hold', () => {
    const anonymous = 'f'.repeat(64);
    const engine = engineWith(
      [{ name: 'shop_pgdata', sizeBytes: 2_000_000_000 }, { name: anonymous, anonymous: true, sizeBytes: 100_000_000 }, { name: 'shop_cache', sizeBytes: -1 }, { name: 'other', sizeBytes: 5 }],
      { 'shop/db': ['shop_pgdata', anonymous, 'other'] },
    );
    assert.deepEqual(lenses(engine), [
      [4, 4, '3 mounts · 1 anonymous · 2.1 GB', '마운트 3개 · 익명 1개 · 2.1 GB'],
      // -1 is the engine's "not computed": no size rather than a wrong one.
      [11, 4, '1 mount · 0 anonymous', '마운트 1개 · 익명 0개'],
    ]);
  });

  it('gives nothing for other documents', () => {
    assert.deepEqual(serviceLenses(readDocument('docker run -v a:/b img\n', 'shell', { path: 'run.sh', kind: 'shell' }), undefined), []);
  });
});
