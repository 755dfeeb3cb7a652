import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFixture, findings, fixture } from './helpers';

describe('SW205 invalid long syntax', () => {
  it('reports the fixture: unknown keys, blocks of another type, missing target, tmpfs source, bad values; valid entries stay quiet', () => {
    const reported = assertFixture('long-syntax', ['SW205']);
    assert.ok(reported.every((f) => f.severity === 'error'));
  });

  it('accepts interpolated values and extension keys', () => {
    assert.deepEqual(findings(fixture('interpolation'), 'SW205'), []);
    const text = 'services:\n  a:\n    image: x\n    volumes:\n      - type: bind\n        source: .\n        target: /src\n        x-why: docs\n        bind:\n          x-note: 1\n';
    assert.deepEqual(findings(text, 'SW205'), []);
  });
});
