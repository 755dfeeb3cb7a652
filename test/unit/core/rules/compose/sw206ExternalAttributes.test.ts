import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, assertFixture, findings, fixture } from './helpers';

describe('SW206 external volume with other attributes', () => {
  it('reports the fixture: driver and labels, not name, x- keys, or external: false', () => {
    assertFixture('external-volume', ['SW206']);
  });

  it('removes the attribute; the result parses and is clean', () => {
    let text = fixture('external-volume');
    for (let i = 0; i < 2; i++) {
      const [finding] = findings(text, 'SW206');
      assert.ok(finding?.fixes[0]);
      text = applyEdits(text, finding.fixes[0].edits);
    }
    assert.ok(text.includes('  shared:\n    external: true\n  legacy:\n'));
    assert.deepEqual(findings(text, 'SW206'), []);
    assert.deepEqual(findings(text, 'SW202'), []);
  });
});
