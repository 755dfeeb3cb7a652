import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../../../../src/core/rules';
import { mountRules } from '../../../../../src/core/rules/mount';

describe('mount rules', () => {
  it('registers SW401 and SW402 as warnings in the catalogue', () => {
    assert.deepEqual(mountRules.map((r) => `${r.code}:${r.defaultSeverity}`), ['SW401:warning', 'SW402:warning']);
    for (const rule of mountRules) assert.ok(allRules.includes(rule));
  });
});
