import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { parseComposeLong } from '../../../../src/core/mounts/composeLong';
import { toComposeNode } from '../../../../src/core/sources/compose/node';
import type { ComposeMap } from '../../../../src/core/sources/compose/node';
import { LineIndex } from '../../../../src/core/text';

const context = { kind: 'compose-service', name: 'app' } as const;

function parse(yaml: string) {
  const lines = new LineIndex(yaml);
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  const node = toComposeNode(doc.contents, doc, lines);
  assert.equal(node?.kind, 'map');
  return parseComposeLong(node as ComposeMap, context);
}

const messages = (yaml: string): string[] => parse(yaml).problems.map((p) => p.message.en);

describe('parseComposeLong', () => {
  it('reads a volume mount with ranges for source, target and every option', () => {
    const { mount, problems } = parse('type: volume\nsource: data\ntarget: /data\nread_only: true\nvolume:\n  nocopy: true\n  subpath: app\n');
    assert.deepEqual(problems, []);
    assert.ok(mount);
    assert.equal(mount.type, 'volume');
    assert.equal(mount.syntax, 'compose-long');
    assert.equal(mount.source?.value, 'data');
    assert.deepEqual(mount.source?.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 12 } });
    assert.equal(mount.target?.value, '/data');
    assert.equal(mount.readOnly, true);
    assert.deepEqual(mount.options.map((o) => [o.key, o.value]), [['type', 'volume'], ['source', 'data'], ['target', '/data'], ['read_only', 'true'], ['volume.nocopy', 'true'], ['volume.subpath', 'app']]);
    const subpath = mount.options.find((o) => o.key === 'volume.subpath');
    assert.deepEqual(subpath?.keyRange, { start: { line: 6, character: 2 }, end: { line: 6, character: 9 } });
  });

  it('leaves the source out of an anonymous volume and a tmpfs', () => {
    assert.equal(parse('type: volume\ntarget: /x\n').mount?.source, undefined);
    const tmpfs = parse('type: tmpfs\ntarget: /run\ntmpfs:\n  size: 64m\n  mode: 1777\n');
    assert.deepEqual(tmpfs.problems, []);
    assert.equal(tmpfs.mount?.type, 'tmpfs');
  });

  it('reports unknown keys, in the entry and in option blocks', () => {
    assert.match(messages('type: volume\ntarget: /x\nreadonly: true\n')[0] ?? '', /additional property readonly is not allowed/);
    assert.match(messages('type: bind\nsource: .\ntarget: /x\nbind:\n  propagate: shared\n')[0] ?? '', /additional property propagate/);
    assert.deepEqual(messages('type: bind\nsource: .\ntarget: /x\nx-a: 1\nbind:\n  x-b: 2\n'), []);
  });

  it('reports a missing or unknown type, and a missing target', () => {
    assert.match(messages('source: data\ntarget: /x\n')[0] ?? '', /needs "type"/);
    assert.match(messages('type: disk\ntarget: /x\n')[0] ?? '', /not "disk"/);
    assert.match(messages('type: volume\nsource: data\n')[0] ?? '', /missing a mount target/);
    assert.match(messages('type: volume\ntarget: 5\n')[0] ?? '', /missing a mount target/);
    assert.match(messages('type: volume\ntarget: data\n')[0] ?? '', /'data' mount path must be absolute/);
  });

  it('reports what the engine refuses: a tmpfs source, a bind without source', () => {
    assert.match(messages('type: tmpfs\nsource: x\ntarget: /t\n')[0] ?? '', /field Source must not be specified/);
    assert.match(messages('type: bind\ntarget: /t\n')[0] ?? '', /field Source must not be empty/);
  });

  it('reports an option block that does not match the type', () => {
    assert.match(messages('type: volume\nsource: v\ntarget: /t\nbind:\n  propagation: shared\n')[0] ?? '', /mount of type `volume` should not define `bind` option/);
    assert.match(messages('type: bind\nsource: .\ntarget: /t\ntmpfs:\n  size: 1m\n')[0] ?? '', /should not define `tmpfs` option/);
  });

  it('checks values as compose-go does: booleans, enums, sizes and modes', () => {
    for (const ok of ['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'True', '"TRUE"', '${RO:-false}']) {
      assert.deepEqual(messages(`type: volume\ntarget: /t\nread_only: ${ok}\n`), [], ok);
    }
    for (const bad of ['1', '0', 't', '"1"', 'maybe']) {
      assert.match(messages(`type: volume\ntarget: /t\nread_only: ${bad}\n`)[0] ?? '', /must be true or false/, bad);
    }
    assert.match(messages('type: bind\nsource: .\ntarget: /t\nbind:\n  recursive: sometimes\n')[0] ?? '', /bind.recursive/);
    assert.deepEqual(messages('type: bind\nsource: .\ntarget: /t\nbind:\n  recursive: readonly\n  selinux: z\n  create_host_path: true\n'), []);
    for (const size of ['64m', '1g', '1.5GiB', '100', 1048576]) {
      assert.deepEqual(messages(`type: tmpfs\ntarget: /t\ntmpfs:\n  size: ${size}\n`), [], String(size));
    }
    assert.match(messages('type: tmpfs\ntarget: /t\ntmpfs:\n  size: -1\n')[0] ?? '', /tmpfs.size/);
    assert.match(messages('type: tmpfs\ntarget: /t\ntmpfs:\n  mode: "0999"\n')[0] ?? '', /tmpfs.mode/);
    assert.deepEqual(messages('type: tmpfs\ntarget: /t\ntmpfs:\n  mode: "0755"\n'), []);
  });
});
