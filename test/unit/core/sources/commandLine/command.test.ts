import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findProgram, readDockerCommand } from '../../../../../src/core/sources/commandLine/command';
import { verbatimShell } from '../../../../../src/core/sources/commandLine/shellText';
import { tokenize } from '../../../../../src/core/sources/commandLine/tokenize';
import { WordMapper } from '../../../../../src/core/sources/commandLine/words';
import { LineIndex, range } from '../../../../../src/core/text';

function read(text: string) {
  const words = tokenize(text).commands[0]?.words ?? [];
  const index = findProgram(words);
  if (index === -1) return undefined;
  return readDockerCommand(words, index, new WordMapper(verbatimShell(text, 0), new LineIndex(text)));
}

describe('findProgram', () => {
  const programAt = (text: string): number => findProgram(tokenize(text).commands[0]?.words ?? []);
  it('finds docker and podman after assignments, sudo with options, env and shell keywords', () => {
    assert.equal(programAt('docker run img'), 0);
    assert.equal(programAt('A=1 B="x y" docker run img'), 2);
    assert.equal(programAt('sudo -E -u deploy docker run img'), 4);
    assert.equal(programAt('sudo --user=deploy -- podman run img'), 3);
    assert.equal(programAt('env -i PATH=/bin docker run img'), 3);
    assert.equal(programAt('env -u HOME docker run img'), 3);
    assert.equal(programAt('then docker run img'), 1);
    assert.equal(programAt('/usr/local/bin/docker run img'), 0);
    assert.equal(programAt('$ docker run img'), 1);
    assert.equal(programAt("'$' docker run img"), -1);
  });
  it('returns -1 for other programs', () => {
    assert.equal(programAt('echo docker run img'), -1);
    assert.equal(programAt('dockerd --debug'), -1);
    assert.equal(programAt('sudo'), -1);
  });
});

describe('readDockerCommand', () => {
  it('reads run with its program, verb, tokens, image, --rm and --read-only ranges', () => {
    const command = read('docker run --rm --read-only -v /data nginx echo hi')?.command;
    assert.ok(command);
    assert.equal(command.verb, 'run');
    assert.deepEqual(command.program, { value: 'docker', range: range(0, 0, 0, 6) });
    assert.deepEqual(command.verbRange, range(0, 7, 0, 10));
    assert.deepEqual(command.rm, { value: '--rm', range: range(0, 11, 0, 15) });
    assert.deepEqual(command.readOnlyRootfs?.range, range(0, 16, 0, 27));
    assert.deepEqual(command.image, { value: 'nginx', range: range(0, 37, 0, 42) });
    assert.equal(command.tokens.length, 8);
    assert.deepEqual(command.range, range(0, 0, 0, 50));
    assert.deepEqual(command.insertFlagsAt, { line: 0, character: 11 });
  });

  it('reads container run|create, podman, global options and quoted tokens', () => {
    const command = read('podman --log-level debug container create "my image"')?.command;
    assert.equal(command?.verb, 'create');
    assert.deepEqual(command?.verbRange, range(0, 25, 0, 41));
    assert.equal(command?.image?.value, 'my image');
    assert.deepEqual(command?.tokens.at(-1), { value: 'my image', raw: '"my image"', range: range(0, 42, 0, 52) });
    assert.equal(read('docker -H tcp://x:2375 run img')?.command.image?.value, 'img');
  });

  it('reads docker volume subcommands and their aliases, without mounts', () => {
    assert.equal(read('docker volume create data')?.command.verb, 'volume create');
    assert.equal(read('docker volume remove data')?.command.verb, 'volume rm');
    assert.equal(read('docker volume list')?.command.verb, 'volume ls');
    assert.equal(read('docker volume prune --all -f')?.command.verb, 'volume prune');
    assert.equal(read('docker volume inspect data')?.command.image, undefined);
    assert.deepEqual(read('docker volume prune')?.command.insertFlagsAt, { line: 0, character: 19 });
  });

  it('gives every flag the range of what was written and its value', () => {
    const command = read('docker run -dv "/a b":/c --rm=true --mount=type=tmpfs,dst=/t img')?.command;
    assert.deepEqual(command?.flags, [
      { name: 'detach', range: range(0, 11, 0, 13), value: undefined },
      { name: 'volume', range: range(0, 13, 0, 14), value: { value: '/a b:/c', range: range(0, 15, 0, 24) } },
      { name: 'rm', range: range(0, 25, 0, 29), value: { value: 'true', range: range(0, 30, 0, 34) } },
      { name: 'mount', range: range(0, 35, 0, 42), value: { value: 'type=tmpfs,dst=/t', range: range(0, 43, 0, 60) } },
    ]);
    assert.deepEqual(read('docker volume rm -f data')?.command.flags, [{ name: 'force', range: range(0, 17, 0, 19), value: undefined }]);
  });

  it('ignores commands that are not storage commands', () => {
    assert.equal(read('docker ps -a'), undefined);
    assert.equal(read('docker compose up'), undefined);
    assert.equal(read('docker volume'), undefined);
    assert.equal(read('docker'), undefined);
  });

  it('puts the --rm insertion point at the end of the verb when nothing follows it', () => {
    const command = read('docker run')?.command;
    assert.deepEqual(command?.insertFlagsAt, { line: 0, character: 10 });
    assert.equal(command?.image, undefined);
  });

  it('reports a storage flag without a value with pflag\'s error, under the flag\'s rule', () => {
    assert.equal(read('docker run -v /data img')?.problems.length, 0);
    const missing = read('docker run -v');
    assert.equal(missing?.problems[0]?.code, 'SW302');
    assert.deepEqual(missing?.problems[0]?.problem.range, range(0, 11, 0, 13));
    assert.match(missing?.problems[0]?.problem.message.en ?? '', /flag needs an argument: 'v' in -v/);
    const mount = read('docker run --mount');
    assert.equal(mount?.problems[0]?.code, 'SW303');
    assert.match(mount?.problems[0]?.problem.message.en ?? '', /flag needs an argument: --mount/);
    assert.equal(read('docker run --tmpfs')?.problems[0]?.code, 'SW304');
    assert.equal(read('docker run --volumes-from')?.problems[0]?.code, 'SW306');
  });

  it('reports a --mount spec split after a comma as SW303 with the rejoin fix', () => {
    const text = 'docker run --mount type=volume,source=myvol, target=/data busybox';
    const result = read(text);
    const split = result?.problems.find((p) => /splits this --mount spec/.test(p.problem.message.en));
    assert.equal(split?.code, 'SW303');
    assert.deepEqual(split?.problem.range, range(0, 19, 0, 57));
    assert.match(split?.problem.message.en ?? '', /invalid field '' must be a key=value pair/);
    const edit = split?.problem.fixes?.[0]?.edits[0];
    assert.deepEqual(edit, { range: range(0, 44, 0, 45), newText: '' });
    assert.equal(result?.command.image?.value, 'busybox');
  });
});

describe('readDockerCommand: a ~ the shell does not expand', () => {
  it('reports a quoted ~ source as the volume name Docker refuses, on the source', () => {
    const result = read(`docker run -v '~/stw-fid:/data' img`);
    assert.deepEqual(result?.problems.map((p) => [p.code, p.problem.range]), [['SW302', range(0, 15, 0, 24)]]);
    assert.match(result?.problems[0]?.problem.message.en ?? '', /"~\/stw-fid" includes invalid characters for a local volume name/);
    assert.equal(result?.command.mounts[0]?.type, 'volume');
  });
  it('reads an unquoted ~ at the start of the word as the host path the shell makes of it', () => {
    const result = read('docker run -v ~/stw-fid:/data img');
    assert.deepEqual(result?.problems, []);
    assert.equal(result?.command.mounts[0]?.type, 'bind');
  });
  it('reports --volume=~/x, where the tilde is not at the start of the word', () => {
    assert.equal(read('docker run --volume=~/x:/data img')?.problems[0]?.code, 'SW302');
  });
});
