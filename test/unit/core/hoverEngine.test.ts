// Hovers with the engine's facts: what exists on the engine, its size, driver, age and users.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../src/core';
import type { EngineFacts, EngineVolume } from '../../../src/core/engineFacts';
import { STORAGE_KINDS } from '../../../src/core/docs';
import { formatVolumeSize } from '../../../src/core/docs/engineVolume';
import { computeHover } from '../../../src/core/hover';

function engineWith(volumes: readonly (Partial<EngineVolume> & { name: string })[]): EngineFacts {
  const map = new Map<string, EngineVolume>(volumes.map((v) => [v.name, { driver: 'local', createdAt: undefined, sizeBytes: undefined, anonymous: false, users: [], ...v }]));
  return { host: 'unix:///run/test.sock', fresh: true, takenAt: 0, volumes: map, serviceVolumes: new Map() };
}

const ENGINE = engineWith([
  {
    name: 'shop_pgdata',
    sizeBytes: 2_134_567_890,
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    users: [{ containerName: 'shop-db-1', state: 'running', mountTarget: '/var/lib/postgresql/data', readOnly: false }, { containerName: 'backup', state: 'exited', mountTarget: '/src', readOnly: true }],
  },
  { name: 'cache', driver: 'nfs' },
]);

const COMPOSE = 'services:\n  db:\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n      - gone:/gone\nvolumes:\n  pgdata: {}\n  gone: {}\n  ext:\n    external: true\n';

function hoverText(text: string, kind: 'compose' | 'shell', line: number, character: number, engine: EngineFacts | undefined, locale: 'en' | 'ko' = 'en'): string | undefined {
  const document = readDocument(text, kind, { path: kind === 'compose' ? '/src/shop/compose.yaml' : '/src/run.sh', kind });
  return computeHover(document, { line, character }, engine === undefined ? {} : { engine })?.contents[locale];
}

describe('hover with engine facts', () => {
  it('shows size, driver, creation and users for a Compose short-syntax source (project-prefixed)', () => {
    const text = hoverText(COMPOSE, 'compose', 3, 10, ENGINE) ?? '';
    assert.match(text, /named volume/i, 'the text hover is still there');
    assert.match(text, /\*\*On the engine\*\* \(`unix:\/\/\/run\/test\.sock`\)/);
    assert.match(text, /Volume `shop_pgdata` exists: size 2\.1 GB · driver `local` · created 2026-01-02 03:04:05 UTC\./);
    assert.match(text, /- `shop-db-1` \(running\) → `\/var\/lib\/postgresql\/data`\n- `backup` \(exited\) → `\/src` ro/);
  });

  it('says so on a top-level key the engine does not have, and stronger for an external one', () => {
    assert.match(hoverText(COMPOSE, 'compose', 7, 3, ENGINE) ?? '', /Volume `shop_gone` does not exist on the engine yet: it is created empty on first use\./);
    assert.match(hoverText(COMPOSE, 'compose', 8, 3, ENGINE) ?? '', /Volume `ext` does not exist on the engine: `docker compose up` refuses to start until it is created\./);
  });

  it('works on -v NAME: and --mount source=NAME in a script, in Korean too', () => {
    const script = 'docker run -v cache:/c --mount type=volume,source=cache,target=/d img\n';
    assert.match(hoverText(script, 'shell', 0, 15, ENGINE) ?? '', /Volume `cache` exists: size unknown · driver `nfs`\.\n\nNo container uses it\./);
    assert.match(hoverText(script, 'shell', 0, 52, ENGINE) ?? '', /Volume `cache` exists/);
    assert.match(hoverText(script, 'shell', 0, 15, ENGINE, 'ko') ?? '', /\*\*엔진에서\*\* \(`unix:\/\/\/run\/test\.sock`\)\n\n볼륨 `cache`이\(가\) 있습니다: 크기 모름 · 드라이버 `nfs`\.\n\n사용하는 컨테이너가 없습니다\./);
  });

  it('adds nothing without engine facts, or on a bind mount', () => {
    assert.doesNotMatch(hoverText(COMPOSE, 'compose', 3, 10, undefined) ?? '', /On the engine/);
    assert.doesNotMatch(hoverText('docker run -v /host:/c img\n', 'shell', 0, 15, ENGINE) ?? '', /On the engine/);
  });

  it('prints sizes in decimal units like the docker CLI', () => {
    assert.deepEqual([0, 999, 1000, 2_134_567_890, 45_600_000].map(formatVolumeSize), ['0 B', '999 B', '1 kB', '2.1 GB', '46 MB']);
  });
});

describe('hover with engine facts and the storage kinds explainer', () => {
  it('puts the engine facts before the explainer on a first mount hover', () => {
    const document = readDocument(COMPOSE, 'compose', { path: '/src/shop/compose.yaml', kind: 'compose' });
    const text = computeHover(document, { line: 3, character: 10 }, { engine: ENGINE, withStorageKinds: true })?.contents.en ?? '';
    const engineAt = text.indexOf('**On the engine**');
    assert.ok(engineAt > 0, text);
    assert.ok(text.indexOf(STORAGE_KINDS.en) > engineAt, 'the explainer follows');
    assert.equal(text.split('**On the engine**').length, 2, 'once');
  });
});
