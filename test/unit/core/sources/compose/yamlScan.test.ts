import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAlias, parseDocument, visit } from 'yaml';
import type { Alias } from 'yaml';
import { readComposeTree } from '../../../../../src/core/sources/compose/node';
import { YamlScan } from '../../../../../src/core/sources/compose/yamlScan';
import { LineIndex } from '../../../../../src/core/text';

/** What `yaml`'s own check reports, for comparison. */
function yamlOwn(text: string): number[] {
  return parseDocument(text, { uniqueKeys: true })
    .errors.filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => e.pos[0]);
}

/** Repeated keys as the Compose reader finds them while converting. */
function duplicates(text: string): readonly number[] {
  return readComposeTree(parseDocument(text, { uniqueKeys: false }), new LineIndex(text)).duplicateKeyOffsets;
}

const DUPLICATES = [
  'a: 1\nb: 2\na: 3\n',
  'services:\n  web:\n    image: x\n    image: y\n  db: {a: 1, a: 2}\n',
  'x:\n  - {k: 1}\n  - {k: 2}\n',
  '1: one\n"1": string\n',
  '? [a]\n: 1\n? [a]\n: 2\n',
  '? {k: 1, k: 2}\n: v\n',
  'a: &x 1\nb: *x\n<<: {c: 1}\n<<: {d: 1}\n',
  'x: &m {a: 1, a: 2}\ny: *m\nz: *m\n',
  '.nan: 1\n.nan: 2\n~: 1\nnull: 2\n',
];

describe('YamlScan', () => {
  it('finds the keys yaml reports as repeated, at the repeated key, each once', () => {
    for (const text of DUPLICATES) assert.deepEqual([...duplicates(text)].sort((a, b) => a - b), yamlOwn(text), text);
    assert.deepEqual(duplicates('a: 1\nb: 2\na: 3\n'), [10]);
  });

  it('finds repeated keys deeper than the conversion goes', () => {
    const text = 'a: ' + '['.repeat(80) + '{k: 1, k: 2}' + ']'.repeat(80) + '\n';
    assert.deepEqual(duplicates(text), yamlOwn(text));
    assert.equal(duplicates(text).length, 1);
  });

  it('checks a mapping of tens of thousands of keys in one pass', () => {
    let text = '';
    for (let i = 0; i < 50000; i++) text += `k${i}: ${i}\n`;
    text += 'k49999: again\n';
    assert.deepEqual(duplicates(text), [text.lastIndexOf('k49999')]);
  });

  it('resolves every alias of a full walk as yaml does', () => {
    const text = 'a: &x one\n? &k [&x two, *x]\n: *x\nc: &x three\nd: [*x, *k]\ne: *nope\n';
    const doc = parseDocument(text);
    const scan = new YamlScan();
    scan.walk(doc.contents);
    const aliases: Alias[] = [];
    visit(doc, { Alias: (_key, node) => void aliases.push(node) });
    assert.equal(aliases.length, 5);
    for (const alias of aliases) assert.equal(scan.target(alias), isAlias(alias) ? alias.resolve(doc) : undefined);
  });
});
