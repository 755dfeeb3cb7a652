import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, assertFixture, findings, fixture } from './helpers';

describe('SW202 named volume not declared', () => {
  it('reports the fixture, skipping binds and variables', () => {
    assertFixture('undefined-volume', ['SW202']);
  });

  it('declares each volume under the existing top-level volumes; the result parses and is clean', () => {
    const text = fixture('undefined-volume');
    let fixed = text;
    for (const name of ['uploads', 'logs']) {
      const finding = findings(fixed, 'SW202').find((f) => f.message.en.includes(`volume ${name}:`));
      assert.ok(finding?.fixes[0]?.preferred);
      fixed = applyEdits(fixed, finding.fixes[0].edits);
    }
    assert.ok(fixed.endsWith('volumes:\n  declared: {}\n  uploads:\n  logs:\n'));
    assert.deepEqual(findings(fixed, 'SW202'), []);
    assert.deepEqual(findings(fixed, 'SW205'), []);
  });

  it('adds to a block mapping after its last entry, keeping comments', () => {
    const text = 'services:\n    app:\n        image: x\n        volumes:\n            - cache:/cache\nvolumes:\n    data:\n        driver: local   # local disk\n\n# trailing comment\n';
    const [finding] = findings(text, 'SW202');
    assert.ok(finding?.fixes[0]);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, 'services:\n    app:\n        image: x\n        volumes:\n            - cache:/cache\nvolumes:\n    data:\n        driver: local   # local disk\n    cache:\n\n# trailing comment\n');
    assert.deepEqual(findings(fixed, 'SW202'), []);
  });

  it('fills an empty `volumes:` key and creates a missing one, in the file\'s line breaks', () => {
    const empty = 'services:\n  app:\n    image: x\n    volumes: [cache:/cache]\nvolumes:   # none yet\n';
    const [a] = findings(empty, 'SW202');
    assert.ok(a?.fixes[0]);
    assert.equal(applyEdits(empty, a.fixes[0].edits), 'services:\n  app:\n    image: x\n    volumes: [cache:/cache]\nvolumes:   # none yet\n  cache:\n');
    const crlf = 'services:\r\n  app:\r\n    image: x\r\n    volumes:\r\n      - cache:/cache';
    const [b] = findings(crlf, 'SW202');
    assert.ok(b?.fixes[0]);
    const fixed = applyEdits(crlf, b.fixes[0].edits);
    assert.equal(fixed, 'services:\r\n  app:\r\n    image: x\r\n    volumes:\r\n      - cache:/cache\r\n\r\nvolumes:\r\n  cache:\r\n');
    assert.deepEqual(findings(fixed, 'SW202'), []);
  });

  it('adds to a flow mapping before its closing brace', () => {
    const text = 'services:\n  app:\n    image: x\n    volumes: [cache:/cache, logs:/logs]\nvolumes: {logs: {}}\n';
    const [finding] = findings(text, 'SW202');
    assert.ok(finding?.fixes[0]);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, 'services:\n  app:\n    image: x\n    volumes: [cache:/cache, logs:/logs]\nvolumes: {logs: {}, cache: {}}\n');
    assert.deepEqual(findings(fixed), []);
  });

  it('counts volumes declared in a related Compose file (an override next to its base)', () => {
    const override = fixture('override', 'compose.override.yaml');
    const base = fixture('override');
    const alone = findings(override, 'SW202', { path: 'compose.override.yaml' });
    assert.equal(alone.length, 3);
    const paired = findings(override, 'SW202', { path: 'compose.override.yaml', relatedComposeFiles: [{ path: 'compose.yaml', text: base }] });
    assert.deepEqual(paired.map((f) => f.message.en.match(/undefined volume (\S+):/)?.[1]), ['missing']);
  });

  it('reports a volume shared through an anchor once', () => {
    assert.equal(findings(fixture('anchors'), 'SW202').length, 1);
  });

  it('says nothing about a broken file', () => {
    assert.deepEqual(findings(fixture('malformed'), 'SW202'), []);
  });
});
