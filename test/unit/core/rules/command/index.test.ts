import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleByCode } from '../../../../../src/core/rules';
import { commandRules } from '../../../../../src/core/rules/command';

describe('command rules', () => {
  it('registers SW301 to SW306 with the severities of the rule table', () => {
    assert.deepEqual(commandRules.map((r) => `${r.code}:${r.defaultSeverity}`), ['SW301:warning', 'SW302:error', 'SW303:error', 'SW304:error', 'SW305:error', 'SW306:error']);
    for (const rule of commandRules) assert.equal(ruleByCode(rule.code), rule);
  });
});
