import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readDockerfile } from '../../../../../src/core/sources/dockerfile';
import { LineIndex } from '../../../../../src/core/text';

function read(text: string): ReturnType<typeof readDockerfile> {
  return readDockerfile(text, new LineIndex(text), { path: 'Dockerfile' });
}

function fixture(feature: string): string {
  return readFileSync(path.join(process.env['STOWAGE_ROOT'] ?? '.', 'test/fixtures/dockerfile', feature, 'Dockerfile'), 'utf8');
}

describe('readDockerfile', () => {
  it('reads stages with names, base images and in-file parents', () => {
    const r = read('FROM node:20 AS build\nRUN true\nFROM --platform=$BUILDPLATFORM build AS test\nFROM scratch\n');
    const stages = r.dockerfile?.stages ?? [];
    assert.deepEqual(stages.map((s) => [s.index, s.name?.value, s.baseImage?.value, s.parentStage]), [
      [0, 'build', 'node:20', undefined],
      [1, 'test', 'build', 0],
      [2, undefined, 'scratch', undefined],
    ]);
    assert.deepEqual(stages[0]?.name?.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 21 } });
    assert.deepEqual(stages[0]?.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 8 } });
  });
  it('puts VOLUME paths in their stage with the stage name or index as context', () => {
    const r = read('FROM a AS web\nVOLUME /data\nFROM b\nVOLUME ["/logs"]\n');
    assert.deepEqual(r.mounts.map((m) => [m.recordedTarget, m.context.name]), [['/data', 'web'], ['/logs', '1']]);
    assert.deepEqual(r.dockerfile?.stages.map((s) => s.volumes.length), [1, 1]);
  });
  it('keeps ARG/ENV definitions in order and applies Docker scoping', () => {
    const r = read(fixture('arg-scope'));
    assert.deepEqual(r.dockerfile?.globalArgs?.map((v) => [v.kind, v.name.value, v.value]), [['ARG', 'VERSION', '1.0']]);
    assert.deepEqual(r.mounts.map((m) => m.recordedTarget), ['/opt/', '/opt/1.0', '/srv/']);
    assert.deepEqual(r.dockerfile?.stages[2]?.variables.map((v) => [v.kind, v.name.value, v.value]), [['ENV', 'ROOT', '/srv']]);
  });
  it('expands ENV against the scope before the instruction, and reads the old `ENV name value` form', () => {
    const r = read('FROM a\nENV A=/one\nENV A=/two B=$A\nENV C some value\nVOLUME $B $C\n');
    const vars = r.dockerfile?.stages[0]?.variables.map((v) => [v.name.value, v.value]);
    assert.deepEqual(vars, [['A', '/one'], ['A', '/two'], ['B', '/one'], ['C', 'some value']]);
    assert.deepEqual(r.mounts.map((m) => m.recordedTarget), ['/one', 'some value']);
  });
  it('inherits ENV and WORKDIR from an in-file parent stage, but not ARG', () => {
    const r = read('FROM a AS base\nARG X=/x\nENV Y=/y\nWORKDIR /w\nFROM base\nVOLUME $Y $X/z\nRUN --mount=type=cache true\n');
    assert.deepEqual(r.mounts.filter((m) => m.syntax === 'dockerfile-volume').map((m) => m.recordedTarget), ['/y', '/z']);
    assert.deepEqual(r.problems.map((p) => p.code), ['SW106']);
  });
  it('follows the escape directive', () => {
    const r = read(fixture('escape-directive'));
    assert.equal(r.dockerfile?.escapeCharacter, '`');
    assert.deepEqual(r.mounts.map((m) => [m.type, m.recordedTarget ?? m.target?.value]), [
      ['volume', 'C:\\data'],
      ['volume', 'C:\\logs'],
      // Docker's flag reader always takes `\` as an escape, whatever the directive says.
      ['cache', 'C:cache'],
    ]);
    assert.deepEqual(r.problems, []);
  });
  it('reads heredoc scripts without taking their lines for instructions', () => {
    const r = read(fixture('heredoc'));
    assert.deepEqual(r.mounts.filter((m) => m.syntax === 'dockerfile-volume').map((m) => m.recordedTarget), ['/data', '/after']);
    const steps = r.dockerfile?.stages[0]?.steps ?? [];
    assert.deepEqual(steps[0]?.commands?.map((c) => c.name?.value), ['set', 'echo', 'docker']);
    assert.deepEqual(steps[1]?.commands?.map((c) => [c.name?.value, c.redirects.map((w) => w.value)]), [['cat', ['/etc/motd']]]);
  });
  it('collects RUN --mount mounts per stage and tags their problems SW110', () => {
    const r = read('FROM a\nRUN --mount=type=cache,target=/c --mount=type=nope,target=/x make\n');
    assert.deepEqual(r.dockerfile?.stages[0]?.runMounts.map((m) => [m.type, m.target?.value]), [['cache', '/c'], ['bind', '/x']]);
    assert.deepEqual(r.problems.map((p) => [p.code, p.problem.range.start.character, p.problem.range.end.character]), [['SW110', 46, 50]]);
  });
  it('reads quoted and continued --mount flags with exact ranges', () => {
    const r = read('FROM a\nRUN --mount="type=cache,target=/c" \\\n    --mount=type=tmpfs,target=/t,size=x true\n');
    assert.deepEqual(r.dockerfile?.stages[0]?.runMounts.map((m) => m.type), ['cache', 'tmpfs']);
    assert.deepEqual(r.problems[0]?.problem.range, { start: { line: 2, character: 38 }, end: { line: 2, character: 39 } });
  });
  it('hands the shell text of RUN to the command-line reader', () => {
    const r = read('FROM a\nRUN apt-get update && \\\n    docker run -v /srv:/srv busybox\n');
    assert.equal(r.commands.length, 1);
    assert.equal(r.commands[0]?.program.value, 'docker');
    assert.deepEqual(r.commands[0]?.program.range.start, { line: 2, character: 4 });
  });
  it('records COPY/ADD destinations against WORKDIR and RUN commands per step', () => {
    const r = read('FROM a\nVOLUME /v\nWORKDIR /app\nCOPY --chown=1 a b ./lib/\nADD ["x y", "dest"]\nWORKDIR sub\nRUN cd /tmp && make > out.log\n');
    const steps = r.dockerfile?.stages[0]?.steps ?? [];
    assert.deepEqual(steps.map((s) => [s.keyword, s.workdir, s.destination?.value]), [
      ['WORKDIR', '/app', undefined],
      ['COPY', '/app', '/app/lib'],
      ['ADD', '/app', '/app/dest'],
      ['WORKDIR', '/app/sub', undefined],
      ['RUN', '/app/sub', undefined],
    ]);
    assert.deepEqual(steps[1]?.destination?.range, { start: { line: 3, character: 19 }, end: { line: 3, character: 25 } });
    assert.deepEqual(steps[4]?.commands?.map((c) => [c.name?.value, c.redirects.map((w) => w.value)]), [['cd', []], ['make', ['out.log']]]);
  });
  it('reads no commands or destinations in a stage without VOLUME (only SW107 needs them)', () => {
    const steps = read('FROM a\nCOPY a /b\nRUN touch /c\n').dockerfile?.stages[0]?.steps ?? [];
    assert.deepEqual(steps.map((s) => [s.destination, s.commands]), [[undefined, undefined], [undefined, []]]);
  });
  it('never throws on half-typed lines', () => {
    const text = fixture('half-typed');
    for (let end = 0; end <= text.length; end++) {
      const partial = text.slice(0, end);
      assert.doesNotThrow(() => read(partial), JSON.stringify(partial));
    }
  });
  it('reads CRLF files with the same ranges', () => {
    const r = read('FROM a\r\nVOLUME /a \\\r\n  /b\r\nVOLUME ["/x"]\r\n');
    assert.deepEqual(r.mounts.map((m) => [m.recordedTarget, m.range.start.line, m.range.start.character, m.range.end.character]), [
      ['/a', 1, 7, 9],
      ['/b', 2, 2, 4],
      ['/x', 3, 8, 12],
    ]);
  });
  it('ignores instructions before the first FROM other than ARG', () => {
    const r = read('VOLUME /early\nRUN --mount=type=bad true\nFROM a\n');
    assert.deepEqual(r.mounts, []);
    assert.deepEqual(r.problems, []);
  });
});

describe('readDockerfile on arbitrary input', () => {
  const pieces = [
    'FROM a AS b\n', 'VOLUME ', 'RUN ', '--mount=', 'type=cache,', 'target=/x', ',', '=', '"', "'", '[', ']', '$', '{', '}', ':-',
    '\\', '\n', ' ', 'ARG X=1\n', 'ENV Y ', '<<EOF\n', 'EOF\n', '# escape=`\n', '`', 'WORKDIR /w\n', 'COPY a ', '/data', 'docker run -v ', '&&', '#', '\r\n',
  ];
  const dockerfileish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));

  // How long each input takes is measured by bench/parsers.bench.ts, not asserted here.
  it('never throws on Dockerfile-like noise', () => {
    fc.assert(
      fc.property(dockerfileish, (text) => {
        read(text);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on mutated fixtures', () => {
    const base = ['run-mount', 'malformed-json', 'heredoc', 'undefined-variable'].map(fixture);
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 6 }), (text, at, cut, insert) => {
        const i = at % (text.length + 1);
        read(text.slice(0, i) + insert + text.slice(i + cut));
      }),
      { numRuns: 300 },
    );
  });
});
