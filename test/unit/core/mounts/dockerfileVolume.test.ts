import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDockerfileVolume } from '../../../../src/core/mounts/dockerfileVolume';
import type { ParsedDockerfileVolume } from '../../../../src/core/mounts/dockerfileVolume';
import { isAnonymous } from '../../../../src/core/mounts/mount';
import { logicalLine } from '../../../../src/core/sources/dockerfile/logicalLine';
import { LineIndex } from '../../../../src/core/text';

/** Parses the arguments of `VOLUME ...` written on the first line of `text`. */
function parse(text: string, vars: Record<string, string | null> = {}, escape = '\\', globals: string[] = []): ParsedDockerfileVolume {
  const lines = new LineIndex(text);
  const { line } = logicalLine(text, 'VOLUME'.length, escape);
  return parseDockerfileVolume({
    args: line,
    escape,
    lookup: (name) => vars[name],
    globalOnly: (name) => globals.includes(name),
    workdir: undefined,
    lineStart: { line: 0, character: 0 },
    context: { kind: 'dockerfile', name: '0' },
    lines,
  });
}

const recorded = (r: ParsedDockerfileVolume): (string | undefined)[] => r.mounts.map((m) => m.recordedTarget);
const codes = (r: ParsedDockerfileVolume): string[] => r.problems.map((p) => p.code);

describe('parseDockerfileVolume', () => {
  it('reads the shell form into one anonymous volume per word, with exact ranges', () => {
    const r = parse('VOLUME /a  /b');
    assert.deepEqual(recorded(r), ['/a', '/b']);
    assert.deepEqual(r.mounts[1]?.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 13 } });
    assert.equal(r.mounts[0]?.syntax, 'dockerfile-volume');
    assert.equal(r.mounts[0]?.type, 'volume');
    assert.equal(r.mounts[0] !== undefined && isAnonymous(r.mounts[0]), true);
    assert.deepEqual(r.mounts[0]?.context, { kind: 'dockerfile', name: '0' });
    assert.deepEqual(codes(r), []);
  });
  it('joins continuation lines and ranges the words on their own lines', () => {
    const r = parse('VOLUME /a \\\n   /b');
    assert.deepEqual(recorded(r), ['/a', '/b']);
    assert.deepEqual(r.mounts[1]?.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 5 } });
  });
  it('reads the JSON form, ranging each string with its quotes', () => {
    const r = parse('VOLUME ["/x", "/y z"]');
    assert.deepEqual(recorded(r), ['/x', '/y z']);
    assert.deepEqual(r.mounts[1]?.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 20 } });
  });
  it('records what the engine recorded for single quotes and host:container', () => {
    assert.deepEqual(recorded(parse("VOLUME ['/c']")), ['[/c]']);
    assert.deepEqual(recorded(parse('VOLUME /host:/container')), ['/host:/container']);
  });
  it('removes quotes per word and expands variables, unknown ones to empty', () => {
    assert.deepEqual(recorded(parse('VOLUME "/data" \'/x\'')), ['/data', '/x']);
    assert.deepEqual(recorded(parse('VOLUME $A/${B}/${C:-dflt}/$D', { A: '/a', B: 'b' })), ['/a/b/dflt/']);
    assert.deepEqual(recorded(parse('VOLUME ["$A/x"]', { A: '/srv' })), ['/srv/x']);
  });
  it('tags each problem with its rule', () => {
    assert.deepEqual(codes(parse("VOLUME ['/c']")), ['SW102']);
    assert.deepEqual(codes(parse('VOLUME ["/c"')), ['SW103']);
    assert.deepEqual(codes(parse('VOLUME /h:/c')), ['SW104']);
    assert.deepEqual(codes(parse('VOLUME rel')), ['SW105']);
    assert.deepEqual(codes(parse('VOLUME /x/$NOPE')), ['SW106']);
    assert.deepEqual(codes(parse('VOLUME /x/$DECLARED', { DECLARED: null })), []);
  });
  it("reports a JSON element Docker cannot expand, with Docker's text and no mount", () => {
    const r = parse('VOLUME ["/ok", "${X"]');
    assert.deepEqual(recorded(r), ['/ok']);
    assert.deepEqual(codes(r), ['SW103']);
    assert.equal(r.problems[0]?.problem.message.en, 'Docker cannot read this VOLUME word: "failed to process "${X": syntax error: missing \'}\'"; the build fails.');
  });
  it('ranges SW106 on the variable inside a JSON string', () => {
    const r = parse('VOLUME ["/x/${NOPE}"]');
    assert.deepEqual(r.problems[0]?.problem.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 19 } });
  });
  it('offers ARG in the stage for a global-only variable', () => {
    const r = parse('VOLUME /x/$G', {}, '\\', ['G']);
    const fix = r.problems[0]?.problem.fixes?.[0];
    assert.equal(fix?.edits[0]?.newText, 'ARG G\n');
    assert.equal(fix?.preferred, true);
  });
  it('keeps backslashes when the escape directive makes the backtick the escape character', () => {
    const r = parse('VOLUME C:\\data `\n       C:\\logs', {}, '`');
    assert.deepEqual(recorded(r), ['C:\\data', 'C:\\logs']);
    assert.deepEqual(codes(r), []);
  });
  it('never throws on half-typed arguments', () => {
    for (const text of ['VOLUME', 'VOLUME ', 'VOLUME [', 'VOLUME ["', 'VOLUME ${', 'VOLUME $', "VOLUME '", 'VOLUME [""]', 'VOLUME \\']) {
      assert.doesNotThrow(() => parse(text), text);
    }
    assert.deepEqual(parse('VOLUME').mounts, []);
  });
});
