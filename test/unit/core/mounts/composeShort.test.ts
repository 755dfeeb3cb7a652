import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasInterpolation, isAbsoluteContainerPath, isHostPathSource, parseComposeShort } from '../../../../src/core/mounts/composeShort';
import { verbatimSpec } from '../../../../src/core/mounts/specText';
import { LineIndex } from '../../../../src/core/text';

const context = { kind: 'compose-service', name: 'web' } as const;

/** Parses a spec written at column 8 of the second line, as in `      - SPEC`. */
function parse(spec: string) {
  const text = `volumes:\n      - ${spec}\n`;
  return parseComposeShort(verbatimSpec(spec, 'volumes:\n      - '.length, new LineIndex(text)), context);
}

const col = (r: { start: { character: number }; end: { character: number } }): [number, number] => [r.start.character - 8, r.end.character - 8];

describe('parseComposeShort', () => {
  it('reads SOURCE:TARGET:MODE with a range for every part', () => {
    const { mount, problems } = parse('pgdata:/var/lib/postgresql/data:ro');
    assert.deepEqual(problems, []);
    assert.ok(mount);
    assert.equal(mount.type, 'volume');
    assert.equal(mount.syntax, 'compose-short');
    assert.deepEqual(mount.context, context);
    assert.equal(mount.source?.value, 'pgdata');
    assert.deepEqual(col(mount.source!.range), [0, 6]);
    assert.equal(mount.target?.value, '/var/lib/postgresql/data');
    assert.deepEqual(col(mount.target!.range), [7, 31]);
    assert.equal(mount.readOnly, true);
    assert.deepEqual(mount.options.map((o) => [o.key, ...col(o.keyRange)]), [['ro', 32, 34]]);
  });

  it('tells binds from volumes the way compose-go does', () => {
    for (const [spec, type] of [
      ['./src:/src', 'bind'],
      ['../up:/up', 'bind'],
      ['~/x:/x', 'bind'],
      ['/abs:/abs', 'bind'],
      ['.hidden:/h', 'bind'],
      ['C:\\data:/data', 'bind'],
      ['\\\\host\\share:/s', 'bind'],
      ['data:/data', 'volume'],
      ['/anon', 'volume'],
      ['${DIR:-./data}:/d', 'bind'],
      ['${VOL:-cache}:/d', 'volume'],
    ] as const) {
      assert.equal(parse(spec).mount?.type, type, spec);
    }
    assert.equal(parse('/anon').mount?.source, undefined);
  });

  it('keeps Windows drive letters in sources and targets', () => {
    const { mount, problems } = parse('C:\\Users\\me:D:\\work:ro');
    assert.deepEqual(problems, []);
    assert.equal(mount?.source?.value, 'C:\\Users\\me');
    assert.equal(mount?.target?.value, 'D:\\work');
    assert.equal(mount?.readOnly, true);
  });

  it('refuses too many colons and empty sections with compose-go\'s words', () => {
    const tooMany = parse('data:/data:ro:extra');
    assert.equal(tooMany.mount, undefined);
    assert.match(tooMany.problems[0]?.message.en ?? '', /invalid spec: data:\/data:ro:extra: too many colons/);
    assert.deepEqual(col(tooMany.problems[0]!.range), [13, 19]);
    for (const spec of [':/x', 'data::ro', 'data:/x:']) {
      const { problems } = parse(spec);
      assert.match(problems[0]?.message.en ?? '', /empty section between colons/, spec);
    }
    assert.match(parse('').problems[0]?.message.en ?? '', /invalid empty volume spec/);
  });

  it('refuses a relative target and `/` as a target with the engine\'s words', () => {
    const relative = parse('data:srv');
    assert.match(relative.problems[0]?.message.en ?? '', /invalid mount path: 'srv' mount path must be absolute/);
    assert.deepEqual(col(relative.problems[0]!.range), [5, 8]);
    assert.match(parse('a').problems[0]?.message.en ?? '', /'a' mount path must be absolute/);
    assert.match(parse('data:/').problems[0]?.message.en ?? '', /destination can't be '\/'/);
    // compose-go reads `/data:ro` as the host path /data mounted at `ro`.
    const modeAsTarget = parse('/data:ro');
    assert.equal(modeAsTarget.mount?.type, 'bind');
    assert.match(modeAsTarget.problems[0]?.message.en ?? '', /'ro' mount path must be absolute.*mounts the host path \/data at "ro"; an anonymous volume takes no mode/);
  });

  it('accepts every mode compose-go knows, and reports unknown and conflicting ones', () => {
    for (const mode of ['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate', 'cached', 'delegated', 'consistent', 'ro,z', 'rw,nocopy']) {
      assert.deepEqual(parse(`./a:/a:${mode}`).problems, [], mode);
    }
    const unknown = parse('data:/a:ro,r0');
    assert.match(unknown.problems[0]?.message.en ?? '', /Unknown mode "r0"/);
    assert.deepEqual(col(unknown.problems[0]!.range), [11, 13]);
    assert.match(parse('data:/a:ro,rw').problems[0]?.message.en ?? '', /"rw" conflicts with "ro"/);
    assert.match(parse('./a:/a:shared,rslave').problems[0]?.message.en ?? '', /"rslave" conflicts with "shared"/);
    assert.equal(parse('data:/a:rw,ro').mount?.readOnly, true);
  });

  it('never reports interpolation, and checks only what a variable cannot change', () => {
    for (const spec of ['${SRC}:${DST}', '${A:-x:y}:/data', '${HOST_ROOT:?set it}/etc:/etc:${MODE:-ro}', '$HOME/x:/x', '${D}:/src:/dst:ro', 'data:${HOME}']) {
      assert.deepEqual(parse(spec).problems, [], spec);
    }
    assert.match(parse('${SRC}:relative').problems[0]?.message.en ?? '', /must be absolute/);
    assert.equal(parse('${A:-x:y}:/data').mount?.source?.value, '${A:-x:y}');
    assert.equal(parse('./price$$list:/p').mount?.source?.value, './price$$list');
  });

  it('recognises interpolation, host-path sources and absolute container paths', () => {
    assert.equal(hasInterpolation('a$$b'), false);
    assert.equal(hasInterpolation('${A}'), true);
    assert.equal(hasInterpolation('$A/x'), true);
    assert.equal(hasInterpolation('price$5'), false);
    assert.equal(isHostPathSource('data'), false);
    assert.equal(isHostPathSource('./data'), true);
    assert.equal(isAbsoluteContainerPath('C:\\x'), true);
    assert.equal(isAbsoluteContainerPath('x/y'), false);
  });
});
