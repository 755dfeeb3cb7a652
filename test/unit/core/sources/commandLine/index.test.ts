import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../../../src/core';
import { readCommandLines } from '../../../../../src/core/sources/commandLine';
import type { CommandLineKind } from '../../../../../src/core/sources/commandLine';
import { LineIndex, range } from '../../../../../src/core/text';

const root = process.env['STOWAGE_ROOT'] ?? process.cwd();

function read(kind: CommandLineKind, file: string) {
  const text = readFileSync(path.join(root, 'test/fixtures/commandLine', file), 'utf8');
  const result = readCommandLines(text, kind, new LineIndex(text));
  return {
    ...result,
    summary: result.commands.map((c) => `${c.program.value} ${c.verb} ${c.image?.value ?? '-'}`),
    targets: result.mounts.map((m) => m.target?.value),
  };
}

describe('readCommandLines', () => {
  it('reads a shell script: sudo, continuations, $(...), chains and pipes; not heredoc bodies', () => {
    const r = read('shell', 'shell/deploy.sh');
    assert.deepEqual(r.summary, [
      'docker volume create -',
      'docker run postgres:16',
      'docker create $IMAGE',
      'docker run $IMAGE',
      'docker run agent:2',
      'docker run $IMAGE',
    ]);
    assert.deepEqual(r.targets, ['/var/lib/postgresql/data', '/var/lib/postgresql/run', '/cache', '/app/config', '/var/run/docker.sock', '/srv/uploads']);
    assert.deepEqual(r.commands[1]?.range, range(7, 8, 10, 13));
    assert.deepEqual(r.mounts[1]?.range, range(9, 5, 9, 28));
    assert.deepEqual(r.commands[2]?.rm?.range, range(12, 20, 12, 24));
    assert.deepEqual(r.mounts[2]?.range, range(12, 33, 12, 55));
    assert.deepEqual(r.mounts[2]?.context, { kind: 'command', name: 'docker create $IMAGE' });
  });

  it('reports the --mount spec split after a comma in a script', () => {
    const r = read('shell', 'shell/deploy.sh');
    assert.deepEqual(r.problems.map((p) => [p.code, p.problem.range]), [['SW303', range(20, 19, 20, 66)]]);
  });

  it('reads Makefile recipes with $$ and continuations, not variables or define blocks', () => {
    const r = read('makefile', 'makefile/Makefile');
    assert.deepEqual(r.summary, ['docker run make', 'docker run sh', 'docker run sh']);
    assert.deepEqual(r.targets, ['/src', '/tmp/build', '/root/.ssh']);
    assert.deepEqual(r.mounts[2]?.source?.value, '$HOME/.ssh');
    assert.deepEqual(r.mounts[2]?.source?.range, range(12, 19, 12, 30));
    assert.deepEqual(r.commands[1]?.range, range(8, 2, 9, 21));
  });

  it('reads Markdown shell fences and prompted console lines', () => {
    const r = read('markdown', 'markdown/README.md');
    assert.deepEqual(r.summary, ['docker run postgres:16', 'docker run busybox', 'docker volume prune -', 'docker run busybox', 'podman run alpine']);
    assert.deepEqual(r.commands[1]?.range, range(13, 2, 13, 35));
    assert.deepEqual(r.mounts[2]?.range, range(18, 7, 18, 16));
  });

  it('reads every run: of a workflow, block scalars included', () => {
    const r = read('workflow', 'workflow/ci.yml');
    assert.deepEqual(r.summary, ['docker run node:20', 'docker volume create -', 'docker run registry:2', 'docker run busybox', 'docker run busybox']);
    assert.deepEqual(r.targets, ['/src', '/data', '/var/run/docker.sock', '/cache', '/quoted']);
    assert.deepEqual(r.mounts[2]?.source?.range, range(14, 15, 14, 35));
    assert.deepEqual(r.mounts[4]?.range, range(21, 28, 21, 35));
    assert.equal(r.problems.length, 0);
  });

  it('never throws on arbitrary text of any kind', () => {
    const kinds: CommandLineKind[] = ['shell', 'makefile', 'markdown', 'workflow'];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.string({ maxLength: 400 }), (kind, body) => {
        const text = kind === 'markdown' ? `\`\`\`console\n$ ${body}` : kind === 'workflow' ? `run: |\n  ${body}` : kind === 'makefile' ? `a:\n\t${body}` : body;
        readCommandLines(text, kind, new LineIndex(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each fixture exactly its expected findings', () => {
    const fixtures: [CommandLineKind, string][] = [['shell', 'shell/deploy.sh'], ['makefile', 'makefile/Makefile'], ['markdown', 'markdown/README.md'], ['workflow', 'workflow/ci.yml']];
    for (const [kind, file] of fixtures) {
      const folder = path.join(root, 'test/fixtures/commandLine', path.dirname(file));
      const text = readFileSync(path.join(root, 'test/fixtures/commandLine', file), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as unknown;
      const findings = analyze(text, { path: file, kind })?.findings ?? [];
      const actual = findings.map((f) => ({ code: f.code, range: [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character] }));
      assert.deepEqual(actual, expected, file);
    }
  });
});
