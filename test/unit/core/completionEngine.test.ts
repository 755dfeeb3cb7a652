// Completion with the engine's facts: its existing volume names where a volume name is typed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../src/core';
import { computeCompletions } from '../../../src/core/completion';
import type { EngineFacts, EngineVolume } from '../../../src/core/engineFacts';

function engineWith(names: readonly string[]): EngineFacts {
  const volumes = new Map<string, EngineVolume>(names.map((name) => [name, { name, driver: 'local', createdAt: undefined, sizeBytes: undefined, anonymous: /^[0-9a-f]{64}$/.test(name), users: [] }]));
  return { host: 'unix:///run/test.sock', fresh: true, takenAt: 0, volumes, serviceVolumes: new Map() };
}

const ENGINE = engineWith(['pgdata-prod', 'backups', 'a'.repeat(64)]);

/** Completions at the `|` in `text`. */
function complete(textWithCursor: string, kind: 'compose' | 'shell', engine: EngineFacts | null = ENGINE) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, offset).split('\n');
  const document = readDocument(text, kind, { path: kind === 'compose' ? 'compose.yaml' : 'run.sh', kind });
  return computeCompletions(document, { line: before.length - 1, character: (before.at(-1) ?? '').length }, engine === null ? {} : { engine });
}

describe('completion with engine facts', () => {
  it('offers the engine volumes for -v NAME, marked as on the engine, after the file own names', () => {
    const items = complete('docker volume create local1\ndocker run -v |', 'shell');
    assert.deepEqual(items.map((i) => [i.label, i.insertText, i.detail?.en]), [
      ['local1', 'local1:', undefined],
      ['backups', 'backups:', 'volume on the Docker engine'],
      ['pgdata-prod', 'pgdata-prod:', 'volume on the Docker engine'],
    ]);
  });

  it('filters by what is typed, for --mount source= too', () => {
    assert.deepEqual(complete('docker run --mount type=volume,source=pg|', 'shell').map((i) => i.label), ['pgdata-prod']);
    assert.deepEqual(complete('docker run --mount type=bind,source=pg|', 'shell').map((i) => i.label), []);
  });

  it('offers engine volumes as new external top-level keys and as name: values', () => {
    const keys = complete('services: {}\nvolumes:\n  back|', 'compose');
    assert.deepEqual(keys.map((i) => [i.label, i.insertText]), [['backups', 'backups:\n    external: true']]);
    const names = complete('services: {}\nvolumes:\n  data:\n    external: true\n    name: |', 'compose');
    assert.deepEqual(names.map((i) => i.label), ['backups', 'pgdata-prod']);
  });

  it('offers nothing from the engine without facts', () => {
    assert.deepEqual(complete('docker run -v |', 'shell', null), []);
    assert.deepEqual(complete('services: {}\nvolumes:\n  back|', 'compose', null), []);
    assert.deepEqual(complete('services: {}\nvolumes:\n  data:\n    name: |', 'compose', null), []);
  });
});
