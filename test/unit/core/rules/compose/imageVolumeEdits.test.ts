import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../../../src/core';
import { newVolumeName } from '../../../../../src/core/rules/compose/edits';
import { addServiceMountEdit, mergeInsertions } from '../../../../../src/core/rules/compose/imageVolumeEdits';
import { applyEdits } from './helpers';

function addMount(text: string, spec: string): string | undefined {
  const document = readDocument(text, 'compose', { path: 'compose.yaml' });
  const compose = document.compose;
  const service = compose?.services[0];
  assert.ok(compose && service);
  const edit = addServiceMountEdit(document, compose, service, spec);
  return edit === undefined ? undefined : applyEdits(text, [edit]);
}

describe('image volume edits', () => {
  it('names a volume after the service and the last path segment, unique', () => {
    assert.equal(newVolumeName('db', '/var/lib/postgresql/data', new Set()), 'db-data');
    assert.equal(newVolumeName('db', '/var/lib/mysql', new Set(['db-mysql', 'db-mysql-2'])), 'db-mysql-3');
    assert.equal(newVolumeName('_x', '/', new Set()), 'x-data');
  });

  it('appends to a block list after a long-syntax entry, and adds a volumes: key after comments and blank lines', () => {
    assert.equal(
      addMount('services:\n  db:\n    volumes:\n      - type: volume\n        source: a\n        target: /a\n\n  other:\n    image: x\n', 'b:/b'),
      'services:\n  db:\n    volumes:\n      - type: volume\n        source: a\n        target: /a\n      - b:/b\n\n  other:\n    image: x\n',
    );
    assert.equal(
      addMount('services:\n  db:\n    image: x\n    # trailing comment\n\n  other:\n    image: y\n', 'b:/b'),
      'services:\n  db:\n    image: x\n    volumes:\n      - b:/b\n    # trailing comment\n\n  other:\n    image: y\n',
    );
  });

  it('gives no edit for a flow list, an empty key, or a flow service', () => {
    assert.equal(addMount('services:\n  db:\n    image: x\n    volumes: [a:/a]\n', 'b:/b'), undefined);
    assert.equal(addMount('services:\n  db:\n    image: x\n    volumes:\n', 'b:/b'), undefined);
    assert.equal(addMount('services:\n  db: { image: x }\n', 'b:/b'), undefined);
  });

  it('merges insertions at one point in order and leaves others', () => {
    const p = { line: 1, character: 0 };
    const q = { line: 2, character: 0 };
    assert.deepEqual(
      mergeInsertions([
        { range: { start: p, end: p }, newText: 'a' },
        { range: { start: q, end: q }, newText: 'c' },
        { range: { start: p, end: p }, newText: 'b' },
      ]),
      [
        { range: { start: p, end: p }, newText: 'ab' },
        { range: { start: q, end: q }, newText: 'c' },
      ],
    );
  });
});
