import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../../../../src/core';
import { composeRules } from '../../../../../src/core/rules/compose';

describe('compose rules', () => {
  it('registers SW201-SW211 once each, with titles in both languages', () => {
    assert.deepEqual(composeRules.map((r) => r.code), ['SW201', 'SW202', 'SW203', 'SW204', 'SW205', 'SW206', 'SW207', 'SW208', 'SW209', 'SW210', 'SW211']);
    for (const rule of composeRules) {
      assert.ok(rule.title.en !== '' && rule.title.ko !== '' && rule.title.en !== rule.title.ko, rule.code);
      assert.equal(allRules.filter((r) => r.code === rule.code).length, 1, rule.code);
    }
  });

  it('uses the severities of the rule table', () => {
    assert.deepEqual(
      Object.fromEntries(composeRules.map((r) => [r.code, r.defaultSeverity])),
      { SW201: 'warning', SW202: 'error', SW203: 'info', SW204: 'error', SW205: 'error', SW206: 'error', SW207: 'error', SW208: 'warning', SW209: 'warning', SW210: 'warning', SW211: 'info' },
    );
  });
});
