import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../../../src/core';
import type { Mount } from '../../../../../src/core';
import { composeOf, declareVolumeEdit, normalizeTarget, removeLinesEdit, suggestVolumeName } from '../../../../../src/core/rules/compose/edits';
import { applyEdits } from './helpers';

function document(text: string) {
  return readDocument(text, 'compose', { path: 'compose.yaml' });
}

function declare(text: string, name: string): string | undefined {
  const doc = document(text);
  const compose = composeOf(doc);
  assert.ok(compose);
  const edit = declareVolumeEdit(doc, compose, name);
  return edit === undefined ? undefined : applyEdits(text, [edit]);
}

describe('compose edits', () => {
  it('declares a volume in each style of top-level volumes', () => {
    assert.equal(declare('volumes:\n  a:\n    driver: local\n', 'b'), 'volumes:\n  a:\n    driver: local\n  b:\n');
    assert.equal(declare('volumes:\n', 'b'), 'volumes:\n  b:\n');
    assert.equal(declare('volumes: {}\n', 'b'), 'volumes: {b: {}}\n');
    assert.equal(declare('volumes: {a: {}}\n', 'b'), 'volumes: {a: {}, b: {}}\n');
    assert.equal(declare('services: {}', 'b'), 'services: {}\n\nvolumes:\n  b:\n');
    assert.equal(declare('', 'b'), '\nvolumes:\n  b:\n');
  });

  it('does not write into volumes that come from an anchor or are not a mapping', () => {
    assert.equal(declare('x: &v\n  a:\nvolumes: *v\n', 'b'), undefined);
    assert.equal(declare('volumes: [a]\n', 'b'), undefined);
  });

  it('removes whole lines, keeping the next one', () => {
    const text = 'a:\n  b: 1\n  c: 2\nd: 3\n';
    const doc = document(text);
    assert.equal(applyEdits(text, [removeLinesEdit(doc, { start: { line: 1, character: 2 }, end: { line: 2, character: 0 } })]), 'a:\n  c: 2\nd: 3\n');
    assert.equal(applyEdits(text, [removeLinesEdit(doc, { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } })]), 'a:\n  b: 1\n  c: 2\n');
    const commented = 'a:\n  # about b\n  b: 1\n# about the file\n  c: 2\n';
    const c = document(commented);
    assert.equal(applyEdits(commented, [removeLinesEdit(c, { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } })]), 'a:\n# about the file\n  c: 2\n');
    assert.equal(applyEdits(commented, [removeLinesEdit(c, { start: { line: 4, character: 2 }, end: { line: 4, character: 6 } })]), 'a:\n  # about b\n  b: 1\n# about the file\n');
  });

  it('normalises targets as paths', () => {
    assert.equal(normalizeTarget('/data/'), '/data');
    assert.equal(normalizeTarget('/srv/./a//b'), '/srv/a/b');
    assert.equal(normalizeTarget('/'), '/');
    assert.equal(normalizeTarget('C:\\Data\\'), normalizeTarget('c:/data'));
  });

  it('suggests `<service>-<last segment>`, valid for Compose and not taken', () => {
    const mount = (service: string, target: string): Mount => ({
      type: 'volume', source: undefined, target: { value: target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      readOnly: false, options: [], syntax: 'compose-short', context: { kind: 'compose-service', name: service }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    assert.equal(suggestVolumeName(mount('web', '/app/node_modules'), new Set()), 'web-node_modules');
    assert.equal(suggestVolumeName(mount('web', '/var/lib/my data'), new Set()), 'web-my-data');
    assert.equal(suggestVolumeName(mount('_w', '/'), new Set()), 'w-data');
    assert.equal(suggestVolumeName(mount('db', '/data'), new Set(['db-data', 'db-data-2'])), 'db-data-3');
  });
});
