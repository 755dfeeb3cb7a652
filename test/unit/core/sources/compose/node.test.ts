import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { entry, scalarText, toComposeNode } from '../../../../../src/core/sources/compose/node';
import type { ComposeNode } from '../../../../../src/core/sources/compose/node';
import { LineIndex } from '../../../../../src/core/text';

function read(text: string): ComposeNode | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true });
  return toComposeNode(doc.contents, doc, new LineIndex(text));
}

describe('toComposeNode', () => {
  it('keeps YAML types and the range of every key and value', () => {
    const root = read('a: 1\nb: true\nc: "x"\nd:\ne: 0755\n');
    assert.equal(entry(root, 'a')?.value?.kind, 'scalar');
    const a = entry(root, 'a')?.value;
    assert.ok(a?.kind === 'scalar');
    assert.equal(a.value, 1);
    assert.equal(scalarText(entry(root, 'b')?.value), 'true');
    const c = entry(root, 'c')?.value;
    assert.ok(c?.kind === 'scalar' && c.quoted);
    assert.deepEqual(c.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 6 } });
    assert.equal(scalarText(entry(root, 'd')?.value), undefined);
    const e = entry(root, 'e')?.value;
    assert.ok(e?.kind === 'scalar');
    assert.equal(e.spec.value, '0755');
    assert.deepEqual(entry(root, 'b')?.keyRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
  });

  it('maps quoted scalars back through quotes and escapes', () => {
    const root = read(`s: 'it''s:/x'\nd: "a\\tb:/y"\n`);
    const s = entry(root, 's')?.value;
    assert.ok(s?.kind === 'scalar');
    assert.equal(s.spec.value, "it's:/x");
    // `/x` sits at columns 10-12 of the line as written.
    assert.deepEqual(s.spec.rangeOf(5, 7), { start: { line: 0, character: 10 }, end: { line: 0, character: 12 } });
    const d = entry(root, 'd')?.value;
    assert.ok(d?.kind === 'scalar');
    assert.equal(d.spec.value, 'a\tb:/y');
    assert.deepEqual(d.spec.rangeOf(4, 6), { start: { line: 1, character: 9 }, end: { line: 1, character: 11 } });
  });

  it('resolves aliases to the anchor\'s text and marks them', () => {
    const root = read('x: &v\n  - data:/d\ny: *v\n');
    const y = entry(root, 'y')?.value;
    assert.ok(y?.kind === 'seq');
    assert.equal(y.aliased, true);
    assert.deepEqual(y.items[0]?.range.start, { line: 1, character: 4 });
    assert.equal(entry(root, 'x')?.value?.aliased, false);
  });

  it('resolves merge keys; explicit keys win, and earlier merged maps win over later ones', () => {
    const root = read('a: &a {image: one, tmpfs: /a}\nb: &b {image: two, user: root}\nc:\n  <<: [*a, *b]\n  tmpfs: /c\n');
    const c = entry(root, 'c')?.value;
    assert.ok(c?.kind === 'map');
    assert.deepEqual(c.entries.map((e) => [e.key, scalarText(e.value), e.merged]), [['tmpfs', '/c', false], ['image', 'one', true], ['user', 'root', true]]);
  });

  it('does not throw on broken YAML or a dangling alias', () => {
    assert.doesNotThrow(() => read('a: [\nb: *missing\n: :\n'));
    assert.doesNotThrow(() => read(''));
  });

  it('resolves each alias to the last anchor of its name written before it', () => {
    const root = read('a: &v one\nb: *v\nc: &v two\nd: *v\n');
    assert.deepEqual(['b', 'd'].map((k) => scalarText(entry(root, k)?.value)), ['one', 'two']);
  });

  it('converts an anchor once however many aliases nest it, so an alias bomb stays small', () => {
    let text = 'l0: &l0 [a, b, c, d, e, f, g, h, i, j]\n';
    for (let i = 1; i <= 12; i++) text += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
    const root = read(text);
    const top = entry(root, 'l12')?.value;
    assert.ok(top?.kind === 'seq' && top.items.length === 10);
    // Ten to the twelfth leaves if copied; the same converted node each time instead.
    assert.equal(top.items[0], top.items[9]);
    const leaf = entry(root, 'l0')?.value;
    assert.ok(leaf?.kind === 'seq');
    assert.equal(leaf.aliased, false);
  });

  it('leaves out an alias inside its own anchor instead of expanding it forever', () => {
    const root = read('a: &a [x, *a, *a]\nb: &b {k: v, self: *b}\n');
    const a = entry(root, 'a')?.value;
    assert.ok(a?.kind === 'seq');
    assert.deepEqual(a.items.map(scalarText), ['x']);
    const b = entry(root, 'b')?.value;
    assert.ok(b?.kind === 'map');
    assert.deepEqual(b.entries.map((e) => [e.key, e.value === undefined]), [['k', false], ['self', true]]);
  });

  it('merges keys from a long chain of merge keys without repeating any', () => {
    let text = 'x0: &m0 {k0: 0}\n';
    for (let i = 1; i < 60; i++) text += `x${i}: &m${i}\n  <<: *m${i - 1}\n  k${i}: ${i}\n  k0: own\n`;
    const last = entry(read(text), 'x59')?.value;
    assert.ok(last?.kind === 'map');
    assert.equal(last.entries.length, 60);
    assert.equal(new Set(last.entries.map((e) => e.key)).size, 60);
    assert.equal(scalarText(entry(last, 'k0')?.value), 'own');
  });
});
