import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logicalLine } from '../../../../../src/core/sources/dockerfile/logicalLine';
import { readRun } from '../../../../../src/core/sources/dockerfile/runInstruction';
import type { ReadRun } from '../../../../../src/core/sources/dockerfile/runInstruction';
import { GlobalScope, StageScope } from '../../../../../src/core/sources/dockerfile/scope';
import { LineIndex } from '../../../../../src/core/text';

function run(doc: string, hasVolumes = true, workdir?: string): ReadRun {
  const scope = new StageScope(new GlobalScope());
  scope.workdir = workdir;
  const { line, next } = logicalLine(doc, 'RUN'.length, '\\');
  return readRun(doc, line, next, scope, hasVolumes, { kind: 'dockerfile', name: 'build' }, '\\', new LineIndex(doc));
}

describe('readRun', () => {
  it('turns each --mount into a mount with the stage context, skipping other flags', () => {
    const r = run('RUN --network=none --mount=type=cache,target=/c --mount=type=tmpfs,target=/t make');
    assert.deepEqual(r.runMounts.map((m) => [m.type, m.target?.value, m.context.name]), [['cache', '/c', 'build'], ['tmpfs', '/t', 'build']]);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.shellCommands.map((c) => c.name?.value), ['make']);
  });
  it('tags mount refusals SW110, a valueless --mount at the flag', () => {
    const r = run('RUN --mount --mount= --mount=type=cache true');
    assert.deepEqual(r.problems.map((p) => [p.code, p.problem.range.start.character, p.problem.range.end.character]), [
      ['SW110', 4, 11],
      ['SW110', 12, 20],
      ['SW110', 29, 39],
    ]);
    assert.match(r.problems[0]?.problem.message.en ?? '', /"Missing a value on flag: mount"/);
    assert.match(r.problems[2]?.problem.message.en ?? '', /"invalid mount target "\/""/);
  });
  it('uses WORKDIR for a mount without target', () => {
    assert.deepEqual(run('RUN --mount=type=cache true', true, '/app').problems, []);
  });
  it('reads no shell for the exec form, and no commands before a VOLUME', () => {
    assert.deepEqual(run('RUN ["sh", "-c", "docker run -v /x busybox"]').found.commands, []);
    assert.deepEqual(run('RUN touch /x', false).shellCommands, []);
  });
  it('hands shell text and heredoc scripts to the docker command reader', () => {
    const r = run('RUN <<EOF\ndocker run --rm -v /srv:/srv busybox\nEOF\n');
    assert.equal(r.found.commands.length, 1);
    assert.deepEqual(r.found.commands[0]?.program.range.start, { line: 1, character: 0 });
    assert.deepEqual(r.shellCommands.map((c) => c.name?.value), ['docker']);
  });
});
