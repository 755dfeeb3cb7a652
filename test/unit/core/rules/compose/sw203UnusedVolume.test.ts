import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, assertFixture, findings, fixture } from './helpers';

describe('SW203 declared volume that no service uses', () => {
  it('reports the fixture', () => {
    assertFixture('unused-volume', ['SW203']);
  });

  it('removes an entry with its attributes and the comment above it, and nothing else', () => {
    const text = fixture('unused-volume');
    const finding = findings(text, 'SW203').find((f) => f.message.en.includes('old-worker-data'));
    assert.ok(finding?.fixes[0]?.preferred);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, text.replace('  # kept for the old worker\n  old-worker-data:\n    labels:\n      team: core\n', ''));
    assert.deepEqual(findings(fixed, 'SW203').map((f) => f.message.en.match(/"([^"]+)"/)?.[1]), ['spare']);
  });

  it('removes the `volumes:` key with its only entry', () => {
    const text = 'services:\n  app:\n    image: x\nvolumes:\n  unused:\n    driver: local\n';
    const [finding] = findings(text, 'SW203');
    assert.ok(finding?.fixes[0]);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, 'services:\n  app:\n    image: x\n');
    assert.deepEqual(findings(fixed), []);
  });

  it('counts volumes used in a related Compose file, so a base file stays quiet', () => {
    const base = fixture('override');
    const override = fixture('override', 'compose.override.yaml');
    assert.equal(findings(base, 'SW203').length, 1);
    assert.deepEqual(findings(base, 'SW203', { relatedComposeFiles: [{ path: 'compose.override.yaml', text: override }] }), []);
    assertFixture('override', ['SW202', 'SW203'], { relatedComposeFiles: [{ path: 'compose.override.yaml', text: override }] });
  });

  it('stays quiet when a mount names its volume through a variable, and for a broken file', () => {
    const text = 'services:\n  app:\n    image: x\n    volumes:\n      - ${VOLUME}:/data\nvolumes:\n  one:\n  two:\n';
    assert.deepEqual(findings(text, 'SW203'), []);
    assert.deepEqual(findings(fixture('malformed'), 'SW203'), []);
  });
});
