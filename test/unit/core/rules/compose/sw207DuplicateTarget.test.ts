import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFixture, findings } from './helpers';

describe('SW207 two mounts with the same target in one service', () => {
  it('reports the fixture: the same target with and without a trailing slash, and a tmpfs over a volume', () => {
    assertFixture('duplicate-target', ['SW207']);
  });

  it('compares targets as paths, and skips targets that hold a variable', () => {
    const text = 'services:\n  a:\n    image: x\n    volumes:\n      - one:/srv/./data\n      - two:/srv//data\n      - three:${DIR}\n      - four:${DIR}\nvolumes:\n  one:\n  two:\n  three:\n  four:\n';
    const reported = findings(text, 'SW207');
    assert.equal(reported.length, 1);
    assert.ok(reported[0]?.message.en.startsWith('/srv//data is already the target of the mount on line 5'));
  });
});
