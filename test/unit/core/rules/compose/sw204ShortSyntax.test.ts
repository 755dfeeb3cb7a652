import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFixture, findings, fixture } from './helpers';

describe('SW204 invalid short syntax', () => {
  it('reports the fixture: colons, empty sections, relative targets, unknown and conflicting modes; Windows paths stay quiet', () => {
    const reported = assertFixture('short-syntax', ['SW204']);
    assert.ok(reported.every((f) => f.severity === 'error'));
  });

  it('never reports interpolation', () => {
    assert.deepEqual(findings(fixture('interpolation'), 'SW204'), []);
  });

  it('still checks the literal parts of a spec that holds a variable', () => {
    const text = 'services:\n  app:\n    image: x\n    volumes:\n      - ${SRC}:data\n      - ${SRC}:/data:bogus\n';
    const reported = findings(text, 'SW204');
    assert.deepEqual(
      reported.map((f) => f.message.en.slice(0, 40)),
      ['The engine refuses this mount: "invalid ', 'Unknown mode "bogus": Compose drops it w'],
    );
  });

  it('reports a spec shared through an anchor once', () => {
    const text = 'x-v: &v\n  - data:/a:bad\nservices:\n  a:\n    image: x\n    volumes: *v\n  b:\n    image: x\n    volumes: *v\nvolumes:\n  data:\n';
    assert.equal(findings(text, 'SW204').length, 1);
  });
});
