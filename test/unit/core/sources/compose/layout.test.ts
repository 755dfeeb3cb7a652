import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { readLayout } from '../../../../../src/core/sources/compose/layout';
import type { ComposeMap } from '../../../../../src/core/sources/compose/node';
import { toComposeNode } from '../../../../../src/core/sources/compose/node';
import { LineIndex } from '../../../../../src/core/text';

function layout(text: string) {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { keepSourceTokens: true });
  return readLayout(lines, toComposeNode(doc.contents, doc, lines) as ComposeMap | undefined);
}

describe('readLayout', () => {
  it('finds the end of a block `volumes:` and its entries\' indentation', () => {
    const text = 'services:\n    a:\n        image: x\nvolumes:\n    data:\n        driver: local  # note\n\n# end\n';
    const l = layout(text);
    assert.equal(l.volumesStyle, 'block');
    assert.equal(l.indent, '    ');
    assert.equal(l.volumesEntryIndent, '    ');
    assert.equal(text.slice(0, l.volumesInsertOffset), 'services:\n    a:\n        image: x\nvolumes:\n    data:\n        driver: local  # note');
  });

  it('tells an empty key, a flow mapping and a missing key apart', () => {
    assert.equal(layout('volumes:\nservices: {}\n').volumesStyle, 'empty');
    const flow = layout('volumes: {a: {}}\n');
    assert.equal(flow.volumesStyle, 'flow');
    assert.equal(flow.volumesInsertOffset, 'volumes: {a: {}'.length);
    const missing = layout('services:\n  a:\n    image: x\n');
    assert.equal(missing.volumesStyle, 'missing');
    assert.equal(missing.indent, '  ');
  });

  it('keeps CRLF line breaks', () => {
    assert.equal(layout('services:\r\n  a: {}\r\n').eol, '\r\n');
  });
});
