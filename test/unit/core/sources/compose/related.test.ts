import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRelatedVolumes } from '../../../../../src/core/sources/compose/related';

describe('readRelatedVolumes', () => {
  it('collects declared and used volume names from every related file', () => {
    const related = readRelatedVolumes([
      { path: 'compose.yaml', text: 'services:\n  db:\n    volumes:\n      - pgdata:/data\n      - ./x:/x\nvolumes:\n  pgdata:\n  seed:\n' },
      { path: 'compose.prod.yaml', text: 'services:\n  db:\n    volumes:\n      - type: volume\n        source: backups\n        target: /b\n' },
    ]);
    assert.deepEqual([...related.declared].sort(), ['pgdata', 'seed']);
    assert.deepEqual([...related.used].sort(), ['backups', 'pgdata']);
  });

  it('ignores files that do not parse or are not mappings', () => {
    const related = readRelatedVolumes([{ path: 'a.yaml', text: '- just\n- a list\n' }, { path: 'b.yaml', text: 'volumes: [\n' }]);
    assert.deepEqual([...related.declared], []);
    assert.deepEqual(readRelatedVolumes(undefined).used.size, 0);
  });
});
