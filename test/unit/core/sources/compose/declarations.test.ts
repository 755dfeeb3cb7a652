import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { readVolumeDeclarations } from '../../../../../src/core/sources/compose/declarations';
import type { ComposeMap } from '../../../../../src/core/sources/compose/node';
import { toComposeNode } from '../../../../../src/core/sources/compose/node';
import { LineIndex } from '../../../../../src/core/text';

function declarations(text: string) {
  const doc = parseDocument(text, { keepSourceTokens: true });
  return readVolumeDeclarations(toComposeNode(doc.contents, doc, new LineIndex(text)) as ComposeMap);
}

describe('readVolumeDeclarations', () => {
  it('reads names, attributes, external and the engine name', () => {
    const [data, shared, old, empty] = declarations('volumes:\n  data:\n    driver: local\n  shared:\n    external: true\n    name: team-shared\n  old:\n    external:\n      name: legacy\n  empty: {}\n');
    assert.equal(data?.name.value, 'data');
    assert.deepEqual(data?.name.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } });
    assert.equal(data?.external, false);
    assert.deepEqual(data?.attributes.map((a) => a.key.value), ['driver']);
    assert.equal(shared?.external, true);
    assert.equal(shared?.engineName?.value, 'team-shared');
    assert.equal(old?.external, true);
    assert.deepEqual(empty?.attributes, []);
    assert.equal(data?.shared, false);
  });

  it('treats `external: false` and a quoted "true" as written', () => {
    const [a, b] = declarations('volumes:\n  a:\n    external: false\n  b:\n    external: "true"\n');
    assert.equal(a?.external, false);
    assert.equal(b?.external, true);
  });

  it('marks declarations that come through a merge key or an alias as shared', () => {
    const list = declarations('x-d: &d {driver: local}\nx-all: &all\n  c:\nvolumes:\n  a:\n    <<: *d\n  b:\n');
    assert.deepEqual(list.map((d) => [d.name.value, d.shared]), [['a', true], ['b', false]]);
    assert.deepEqual(declarations('x-all: &all\n  c:\nvolumes: *all\n').map((d) => d.shared), [true]);
  });
});
