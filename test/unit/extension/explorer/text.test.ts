import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { t, useDisplayLocale } from '../../../../src/extension/explorer/text';

const text = { en: 'Volumes', ko: '볼륨' };

describe('explorer t()', () => {
  it('follows the chosen language on every call', () => {
    let chosen = 'ko';
    useDisplayLocale(() => chosen);
    assert.equal(t(text), '볼륨');
    chosen = 'en';
    assert.equal(t(text), 'Volumes');
    chosen = 'ko-KR';
    assert.equal(t(text), '볼륨');
  });

  it('falls back to English for languages Stowage does not speak', () => {
    useDisplayLocale(() => 'de');
    assert.equal(t(text), 'Volumes');
  });
});
