import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findDockerCommands, findInShell } from '../../../../../src/core/sources/commandLine/find';
import { mappedShell } from '../../../../../src/core/sources/commandLine/shellText';
import { LineIndex, range } from '../../../../../src/core/text';

function find(text: string, offset = 0, doc = text) {
  return findDockerCommands(text, offset, new LineIndex(doc));
}

describe('findDockerCommands', () => {
  it('finds every command of a chain and reports them in document order', () => {
    const r = find('docker volume create a && docker run -v aa:/a img; podman run -v /b img | cat');
    assert.deepEqual(r.commands.map((c) => c.verb), ['volume create', 'run', 'run']);
    assert.deepEqual(r.mounts.map((m) => m.target?.value), ['/a', '/b']);
  });

  it('finds commands inside $(...) and backticks, nested too, with document ranges', () => {
    const text = 'ID=$(docker run -d -v /a img) && X="`docker create -v /b img`" Y=$(echo $(docker run -v /c img))';
    const r = find(text);
    assert.deepEqual(r.mounts.map((m) => m.target?.value), ['/a', '/b', '/c']);
    assert.deepEqual(r.commands[0]?.range, range(0, 5, 0, 28));
    assert.deepEqual(r.mounts[2]?.range, range(0, 88, 0, 90));
  });

  it('maps ranges of text that starts at an offset (a Dockerfile RUN)', () => {
    const doc = 'FROM docker:cli\nRUN docker run -v /data img\n';
    const start = doc.indexOf('docker run');
    const r = find(doc.slice(start, doc.length - 1), start, doc);
    assert.deepEqual(r.commands[0]?.range, range(1, 4, 1, 27));
    assert.deepEqual(r.mounts[0]?.target?.range, range(1, 18, 1, 23));
  });

  it('does not report a spec problem that lies inside an unexpanded $VAR', () => {
    const r = find('docker run -v "$SRC":/app -v ${DATA_VOLUME}:/data img');
    assert.equal(r.problems.length, 0);
    assert.equal(r.mounts.length, 2);
  });

  it('still reports a problem outside the expanded part of a spec', () => {
    const r = find('docker run -v "$SRC":/app:bogus img');
    assert.deepEqual(r.problems.map((p) => [p.code, p.problem.range]), [['SW302', range(0, 26, 0, 31)]]);
  });

  it('reads the script of sh -c / bash -lc as shell, with ranges inside the quotes', () => {
    const text = `A=1 bash -lc 'docker run -v /x img' && sudo sh -c "docker create -v /y img"`;
    const r = find(text);
    assert.deepEqual(r.mounts.map((m) => [m.target?.value, m.range]), [['/x', range(0, 28, 0, 30)], ['/y', range(0, 68, 0, 70)]]);
    assert.equal(find(`sh script.sh docker run -v /x img`).commands.length, 0);
  });

  // How long each input takes is measured by bench/parsers.bench.ts, not asserted here.
  it('never throws on arbitrary and mutated command lines', () => {
    const pieces = ['docker', 'run', 'podman', 'volume', 'create', '-v', '--mount', '--tmpfs', '--volumes-from', '--rm', '-itv', '=', ':', ',', '/data', 'type=volume', '"', "'", '\\', '\n', '$(', ')', '`', '${', '}', '&&', '|', ';', '#', '<<', 'EOF', ' ', '\t', 'sh -c '];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(' '))), (text) => {
        find(text);
      }),
      { numRuns: 400 },
    );
  });

  it('finds nothing in text without docker commands, and never throws on fragments', () => {
    assert.equal(find('echo docker run -v /x img # docker run -v /y img').commands.length, 0);
    for (const text of ['docker run -v', 'docker run --mount "type=', 'docker run $(', 'sudo docker', '"docker run', 'docker run -v /a\\']) {
      assert.doesNotThrow(() => find(text), text);
    }
  });
});

describe('findInShell', () => {
  it('maps ranges through a shell text with scattered offsets', () => {
    const doc = '\t@docker run -v /x img';
    const shell = mappedShell(doc.slice(2), [...Array(doc.length - 2).keys()].map((i) => i + 2), doc.length);
    const r = findInShell(shell, new LineIndex(doc));
    assert.deepEqual(r.commands[0]?.program.range, range(0, 2, 0, 8));
    assert.deepEqual(r.mounts[0]?.range, range(0, 16, 0, 18));
  });
});
