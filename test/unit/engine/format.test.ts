import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAge, formatBytes } from '../../../src/engine/format';

describe('formatBytes', () => {
  it('uses decimal units like the docker CLI', () => {
    assert.equal(formatBytes(0), '0B');
    assert.equal(formatBytes(999), '999B');
    assert.equal(formatBytes(1500), '1.5kB');
    assert.equal(formatBytes(12_345_678), '12.35MB');
    assert.equal(formatBytes(100_000), '100kB');
    assert.equal(formatBytes(123_456_789_000), '123.5GB');
  });
});
describe('formatAge', () => {
  it('names the largest whole unit in English and Korean', () => {
    const now = Date.UTC(2026, 0, 10);
    assert.deepEqual(formatAge(now - 3 * 86_400_000 - 5, now), { en: '3 days', ko: '3일' });
    assert.deepEqual(formatAge(now - 3_600_000, now), { en: '1 hour', ko: '1시간' });
    assert.deepEqual(formatAge(now - 10, now), { en: 'less than a minute', ko: '1분 미만' });
    assert.deepEqual(formatAge(now + 10_000, now), { en: 'less than a minute', ko: '1분 미만' });
  });
});
