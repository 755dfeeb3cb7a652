import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, assertFixture, at, findings, fixture } from './helpers';

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

describe('SW203 with sources that hold a variable', () => {
  const file = (entries: string, declared: string): string => `services:\n  app:\n    image: x\n    volumes:\n${entries}volumes:\n${declared}`;
  const unused = (text: string, options = {}): (string | undefined)[] => findings(text, 'SW203', options).map((f) => f.message.en.match(/"([^"]+)"/)?.[1]);

  it('still reports unused volumes when the only variable source is a host path by its default', () => {
    const text = file('      - ${DATA_DIR:-./data}:/data\n      - ${HOME}/.cache:/cache\n      - logs:/logs\n', '  logs:\n  spare:\n');
    const [finding] = findings(text, 'SW203');
    assert.ok(finding);
    assert.deepEqual(unused(text), ['spare']);
    assert.equal(at(finding), '10:3-10:8');
  });

  it('counts a volume as maybe used only where the written parts of a variable source allow', () => {
    const text = file('      - ${PROJECT}_data:/data\n', '  app_data:\n  web_data:\n  cache:\n');
    assert.deepEqual(unused(text), ['cache']);
  });

  it('stays quiet for every volume a bare variable could name, in short and long syntax', () => {
    assert.deepEqual(unused(file('      - ${VOLUME:-data}:/data\n', '  one:\n  two:\n')), []);
    assert.deepEqual(unused(file('      - type: volume\n        source: ${VOLUME}\n        target: /data\n', '  one:\n  two:\n')), []);
  });

  it('does not let a long-syntax bind with a variable source turn the rule off', () => {
    const text = file('      - type: bind\n        source: ${HOST_DIR}\n        target: /host\n', '  one:\n');
    assert.deepEqual(unused(text), ['one']);
  });

  it('reads variable sources in related Compose files the same way', () => {
    const base = 'services:\n  app:\n    image: x\nvolumes:\n  app_data:\n  spare:\n';
    const override = 'services:\n  app:\n    volumes:\n      - ${PROJECT}_data:/data\n      - ${DIR:-./x}:/x\n';
    assert.deepEqual(unused(base, { relatedComposeFiles: [{ path: 'compose.override.yaml', text: override }] }), ['spare']);
  });
});
