import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readCompose } from '../../../../../src/core/sources/compose';
import { LineIndex } from '../../../../../src/core/text';
import { fixture } from '../../rules/compose/helpers';

function read(text: string, options = {}) {
  return readCompose(text, new LineIndex(text), { path: 'compose.yaml', ...options });
}

describe('readCompose', () => {
  it('returns every service mount, the declarations and the related names', () => {
    const result = read(fixture('override'), { relatedComposeFiles: [{ path: 'compose.override.yaml', text: fixture('override', 'compose.override.yaml') }] });
    assert.equal(result.mounts.length, 1);
    assert.equal(result.compose?.services[0]?.name.value, 'db');
    assert.deepEqual(result.compose?.volumes.map((v) => v.name.value), ['pgdata', 'dev-seed']);
    assert.deepEqual(result.compose?.volumesKeyRange, { start: { line: 5, character: 0 }, end: { line: 5, character: 7 } });
    assert.deepEqual([...(result.compose?.relatedUsedVolumeNames ?? [])].sort(), ['dev-seed', 'missing', 'pgdata']);
    assert.equal(result.compose?.broken, false);
  });

  it('resolves anchors and merge keys into each service', () => {
    const result = read(fixture('anchors'));
    const byService = Object.fromEntries((result.compose?.services ?? []).map((s) => [s.name.value, s.mounts.map((m) => m.target?.value)]));
    assert.deepEqual(byService, { one: ['/cache', '/tmp/anon'], two: ['/logs', '/data'], three: ['/three'], four: ['/three'] });
    // `two` gets the long-syntax mount from an anchor: its ranges are the anchor's.
    const logs = result.compose?.services[1]?.mounts[0];
    assert.equal(logs?.syntax, 'compose-long');
    assert.deepEqual(logs?.source?.range, { start: { line: 8, character: 10 }, end: { line: 8, character: 18 } });
  });

  it('keeps what it can read of malformed YAML, marks it broken, and reports nothing past the first error', () => {
    const result = read(fixture('malformed'));
    assert.equal(result.compose?.broken, true);
    assert.deepEqual(result.mounts.map((m) => m.target?.value), ['/data', '/cache']);
    assert.deepEqual(result.problems, []);
  });

  it('marks a file with a repeated key broken and reports nothing from the repeated key on', () => {
    const result = read('services:\n  app:\n    volumes:\n      - /first:ro\n  app:\n    volumes:\n      - /second:ro\n');
    assert.equal(result.compose?.broken, true);
    assert.deepEqual(result.problems.map((p) => p.problem.range.start.line), [3]);
  });

  it('reads a mode list of a hundred thousand words without overflowing the stack', () => {
    const text = `services:\n  app:\n    volumes:\n      - "/a:/b:${Array(100000).fill('z').join(',')}"\n`;
    const result = read(text);
    assert.equal(result.mounts[0]?.options.length, 100000);
    assert.equal(result.problems.length, 99999);
  });

  it('reads documents that are not Compose mappings as empty', () => {
    for (const text of ['', '- a\n- b\n', 'just text', 'services: 5\nvolumes: [a]\n']) {
      const result = read(text);
      assert.deepEqual(result.mounts, []);
      assert.deepEqual(result.compose?.volumes, []);
    }
  });

  it('never throws on arbitrary or mutated input', () => {
    const base = fixture('long-syntax') + fixture('anchors');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(base.length), fc.nat(60), (insert, at, cut) => {
        const text = base.slice(0, at) + insert + base.slice(at + cut);
        const result = read(text, { relatedComposeFiles: [{ path: 'x.yaml', text: insert }] });
        assert.ok(result.compose !== undefined);
      }),
      { numRuns: 100 },
    );
  });
});
