import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAnonymous } from '../../../../src/core/mounts/mount';
import { mappedSpec } from '../../../../src/core/mounts/specText';
import { parseVolumeFlag } from '../../../../src/core/mounts/volumeFlag';
import { LineIndex, range } from '../../../../src/core/text';
import { assertNoProblems, assertOneProblem, commandContext, specOf } from './specHelper';

function parse(value: string) {
  const s = specOf(value);
  return { ...s, parsed: parseVolumeFlag(s.spec, commandContext) };
}

function accepted(value: string, type: string, source: string | undefined, target: string, readOnly = false) {
  const { parsed, at } = parse(value);
  assertNoProblems(parsed.problems);
  const mount = parsed.mount;
  assert.ok(mount !== undefined);
  assert.equal(mount.type, type);
  assert.equal(mount.source?.value, source);
  if (source !== undefined) assert.deepEqual(mount.source?.range, at(source));
  assert.equal(mount.target?.value, target);
  assert.deepEqual(mount.target?.range, at(target, source !== undefined && source.includes(target) ? 2 : 1));
  assert.equal(mount.readOnly, readOnly);
  assert.equal(mount.syntax, 'volume-flag');
  assert.deepEqual(mount.context, commandContext);
  return mount;
}

describe('parseVolumeFlag: what Docker accepts', () => {
  it('reads a bare path as an anonymous volume', () => {
    const mount = accepted('/data', 'volume', undefined, '/data');
    assert.ok(isAnonymous(mount));
    assert.deepEqual(mount.options, []);
  });
  it('reads NAME:DST as a named volume', () => {
    const mount = accepted('pgdata:/var/lib/postgresql/data', 'volume', 'pgdata', '/var/lib/postgresql/data');
    assert.ok(!isAnonymous(mount));
  });
  it('reads an absolute source as a read-only bind mount with its mode word', () => {
    const { parsed, at } = parse('/srv/www:/usr/share/nginx/html:ro');
    const mount = accepted('/srv/www:/usr/share/nginx/html:ro', 'bind', '/srv/www', '/usr/share/nginx/html', true);
    assert.deepEqual(mount.options, [{ key: 'ro', keyRange: at('ro'), value: undefined, valueRange: undefined }]);
    assertNoProblems(parsed.problems);
  });
  it('reads ./data as a bind mount (the CLI makes it absolute)', () => {
    accepted('./data:/data', 'bind', './data', '/data');
  });
  it('reads . as a bind mount of the current folder', () => {
    accepted('.:/app', 'bind', '.', '/app');
  });
  it('reads ../data and .hidden as bind mounts (the CLI makes any .-relative path absolute)', () => {
    accepted('../data:/data', 'bind', '../data', '/data');
    accepted('.cache:/root/.cache', 'bind', '.cache', '/root/.cache');
  });
  it('reads ~/x as a bind mount the shell expands', () => {
    accepted('~/x:/x', 'bind', '~/x', '/x');
  });
  it('reads $PWD and $(pwd) sources as bind mounts without judging the name', () => {
    accepted('$PWD:/app', 'bind', '$PWD', '/app');
    accepted('$(pwd)/src:/src:ro', 'bind', '$(pwd)/src', '/src', true);
  });
  it('does not split inside ${VAR:-default}', () => {
    accepted('${DATA_DIR:-./data}:/data', 'bind', '${DATA_DIR:-./data}', '/data');
  });
  it('does not judge a volume name built from a variable', () => {
    accepted('data_${ENV}:/data', 'volume', 'data_${ENV}', '/data');
  });
  it('accepts nocopy on a named volume', () => {
    const mount = accepted('vol:/data:nocopy', 'volume', 'vol', '/data');
    assert.equal(mount.options[0]?.key, 'nocopy');
  });
  it('accepts one word of each mode group on a bind mount', () => {
    const mount = accepted('/h:/c:ro,z,rslave', 'bind', '/h', '/c', true);
    assert.deepEqual(mount.options.map((o) => o.key), ['ro', 'z', 'rslave']);
  });
  it('accepts consistency words', () => {
    accepted('vol:/data:delegated', 'volume', 'vol', '/data');
    accepted('vol:/data:cached,ro', 'volume', 'vol', '/data', true);
  });
  it('accepts rw explicitly', () => {
    accepted('/h:/c:rw', 'bind', '/h', '/c', false);
  });
  it('accepts Z and a two-character volume name', () => {
    accepted('ab:/data:Z', 'volume', 'ab', '/data');
  });
  it('accepts names with dots, dashes and underscores', () => {
    accepted('my.vol_1-2:/data', 'volume', 'my.vol_1-2', '/data');
  });
  it('accepts a target with trailing slashes or backslashes (the daemon reads \\ as /)', () => {
    accepted('vol:/data//', 'volume', 'vol', '/data//');
    accepted('vol:\\data', 'volume', 'vol', '\\data');
  });
  it('accepts an anonymous volume at a relative path (the daemon does not check Config.Volumes)', () => {
    accepted('data', 'volume', undefined, 'data');
  });
  it('reads a one-letter source as a drive letter, as the CLI does', () => {
    accepted('a:/data', 'volume', undefined, 'a:/data');
  });
  it('reads the Docker socket as a bind mount', () => {
    accepted('/var/run/docker.sock:/var/run/docker.sock', 'bind', '/var/run/docker.sock', '/var/run/docker.sock');
  });
});

describe('parseVolumeFlag: Windows-style specs', () => {
  it('reads C:\\data:C:\\data as a bind mount without errors', () => {
    accepted('C:\\data:C:\\data', 'bind', 'C:\\data', 'C:\\data');
  });
  it('reads c:/x:/y as a bind mount into a Linux container', () => {
    accepted('c:/x:/y', 'bind', 'c:/x', '/y');
  });
  it('reads the engine pipe as an npipe mount', () => {
    accepted('\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine', 'npipe', '\\\\.\\pipe\\docker_engine', '\\\\.\\pipe\\docker_engine');
  });
  it('reads a read-only Windows bind mount', () => {
    accepted('C:\\data:C:\\data:ro', 'bind', 'C:\\data', 'C:\\data', true);
  });
  it('reads a named volume into a Windows path', () => {
    accepted('vol:C:\\data', 'volume', 'vol', 'C:\\data');
  });
});

describe('parseVolumeFlag: what the docker CLI refuses', () => {
  it('refuses an empty spec', () => {
    const { parsed, spec } = parse('');
    assert.equal(parsed.mount, undefined);
    assertOneProblem(parsed.problems, spec.range, 'invalid empty volume spec');
  });
  it('refuses a trailing colon and points at it', () => {
    const { parsed, at } = parse('/data:');
    assert.equal(parsed.mount, undefined);
    assertOneProblem(parsed.problems, at(':'), 'invalid spec: /data:: empty section between colons');
  });
  it('refuses a leading colon', () => {
    const { parsed, at } = parse(':/data');
    assertOneProblem(parsed.problems, at(':'), 'empty section between colons');
  });
  it('refuses two colons in a row and points at both', () => {
    const { parsed, at } = parse('vol::/data');
    assertOneProblem(parsed.problems, at('::'), 'invalid spec: vol::/data: empty section between colons');
  });
  it('refuses a two-character name followed by a colon only', () => {
    const { parsed, at } = parse('ab:');
    assertOneProblem(parsed.problems, at(':'), 'empty section between colons');
  });
  it('refuses a fourth section and points from the extra colon to the end', () => {
    const { parsed, at } = parse('vol:/data:ro:z');
    assert.equal(parsed.mount, undefined);
    assertOneProblem(parsed.problems, at(':z'), 'invalid spec: vol:/data:ro:z: too many colons');
  });
});

describe('parseVolumeFlag: what the daemon refuses', () => {
  it('refuses DST:MODE without a target', () => {
    const { parsed, at } = parse('/data:ro');
    assert.equal(parsed.mount, undefined);
    assertOneProblem(parsed.problems, at('ro'), "invalid volume specification: '/data:ro'", 'no container path');
  });
  it('refuses /data:rw the same way', () => {
    const { parsed, at } = parse('/data:rw');
    assertOneProblem(parsed.problems, at('rw'), "invalid volume specification: '/data:rw'");
  });
  it('refuses vol:z (z is a mode)', () => {
    const { parsed, at } = parse('vol:z');
    assertOneProblem(parsed.problems, at('z'), "invalid volume specification: 'vol:z'");
  });
  it('refuses a relative target', () => {
    const { parsed, at } = parse('vol:data');
    assert.equal(parsed.mount?.target?.value, 'data');
    assertOneProblem(parsed.problems, at('data'), `invalid mount config for type "volume": invalid mount path: 'data' mount path must be absolute`);
  });
  it('refuses / as the target', () => {
    const { parsed, at } = parse('vol:/');
    assertOneProblem(parsed.problems, at('/'), "invalid specification: destination can't be '/'");
  });
  it('refuses a target that cleans to /', () => {
    const { parsed, at } = parse('/h:/data/..');
    assertOneProblem(parsed.problems, at('/data/..'), 'invalid mount config for type "bind"', "destination can't be '/'");
  });
  it('refuses ro with rw and points at the second', () => {
    const { parsed, at } = parse('vol:/data:ro,rw');
    assertOneProblem(parsed.problems, at('rw'), 'invalid mode: ro,rw', '`rw` conflicts with `ro`');
  });
  it('refuses z with Z', () => {
    const { parsed, at } = parse('vol:/data:z,Z');
    assertOneProblem(parsed.problems, at('Z'), 'invalid mode: z,Z');
  });
  it('refuses rw twice', () => {
    const { parsed, at } = parse('/h:/data:rw,rw');
    assertOneProblem(parsed.problems, at('rw', 2), 'invalid mode: rw,rw');
  });
  it('refuses nocopy twice', () => {
    const { parsed, at } = parse('vol:/data:nocopy,nocopy');
    assertOneProblem(parsed.problems, at('nocopy', 2), 'invalid mode: nocopy,nocopy');
  });
  it('refuses two propagation words', () => {
    const { parsed, at } = parse('/h:/data:shared,rslave');
    assertOneProblem(parsed.problems, at('rslave'), 'invalid mode: shared,rslave');
  });
  it('refuses an unknown mode word', () => {
    const { parsed, at } = parse('vol:/data:bogus');
    assertOneProblem(parsed.problems, at('bogus'), 'invalid mode: bogus', '`bogus` is not a mode');
  });
  it('refuses copy (only nocopy exists)', () => {
    const { parsed, at } = parse('vol:/data:copy');
    assertOneProblem(parsed.problems, at('copy'), 'invalid mode: copy');
  });
  it('refuses mode words in upper case other than Z', () => {
    const { parsed, at } = parse('vol:/data:RO');
    assertOneProblem(parsed.problems, at('RO'), 'invalid mode: RO');
  });
  it('refuses a stray comma in the mode and points at it', () => {
    const { parsed, at } = parse('vol:/data:ro,');
    assertOneProblem(parsed.problems, at(','), 'invalid mode: ro,', 'stray comma');
  });
  it('refuses propagation on a named volume', () => {
    const { parsed, at } = parse('vol:/data:rshared');
    assertOneProblem(parsed.problems, at('rshared'), 'invalid mount config for type "volume": field BindOptions must not be specified');
  });
  it('refuses nocopy on a bind mount', () => {
    const { parsed, at } = parse('/h:/data:nocopy');
    assertOneProblem(parsed.problems, at('nocopy'), 'invalid mount config for type "bind": field VolumeOptions must not be specified');
  });
  it('refuses a relative source that is not a volume name', () => {
    const { parsed, at } = parse('foo/bar:/data');
    assert.equal(parsed.mount?.type, 'volume');
    assertOneProblem(parsed.problems, at('foo/bar'), 'create foo/bar: "foo/bar" includes invalid characters for a local volume name', 'use absolute path');
  });
  it('refuses a name that starts with an underscore', () => {
    const { parsed, at } = parse('_ab:/data');
    assertOneProblem(parsed.problems, at('_ab'), '"_ab" includes invalid characters');
  });
  it('refuses a name with a space', () => {
    const { parsed, at } = parse('vol name:/data');
    assertOneProblem(parsed.problems, at('vol name'), '"vol name" includes invalid characters');
  });
  it('reports every refused part at once', () => {
    const { parsed, at } = parse('foo/bar:data:bogus');
    assert.deepEqual(parsed.problems.map((p) => p.range), [at('bogus'), at('data'), at('foo/bar')]);
    assert.ok(parsed.problems.some((p) => p.message.en.includes('invalid mode: bogus')));
    assert.ok(parsed.problems.some((p) => p.message.en.includes("'data' mount path must be absolute")));
    assert.ok(parsed.problems.some((p) => p.message.en.includes('"foo/bar" includes invalid characters')));
  });
  it('says an anonymous volume at / fails at start', () => {
    const { parsed, at } = parse('/');
    assertOneProblem(parsed.problems, at('/'), 'fails to start it', 'whole filesystem');
  });
});

describe('parseVolumeFlag: ranges through quotes', () => {
  it('maps a mode word inside a quoted word back to the document', () => {
    const text = 'docker run -v "vol:/data:bogus" img';
    const lines = new LineIndex(text);
    const rawStart = text.indexOf('"');
    const value = 'vol:/data:bogus';
    const offsets = [...value].map((_, i) => rawStart + 1 + i);
    const spec = mappedSpec(value, offsets, rawStart, rawStart + value.length + 2, lines);
    const parsed = parseVolumeFlag(spec, commandContext);
    const bogus = text.indexOf('bogus');
    assertOneProblem(parsed.problems, range(0, bogus, 0, bogus + 5), 'invalid mode: bogus');
    assert.deepEqual(parsed.mount?.range, range(0, rawStart, 0, rawStart + value.length + 2));
  });
});

describe('parseVolumeFlag: sources filled in by CI and make', () => {
  it('reads a GitHub Actions expression as a host path', () => {
    accepted('${{ github.workspace }}:/src', 'bind', '${{ github.workspace }}', '/src');
  });
  it('reads make variables as host paths', () => {
    accepted('$(CURDIR)/data:/data:ro', 'bind', '$(CURDIR)/data', '/data', true);
    accepted('$$PWD:/app', 'bind', '$$PWD', '/app');
  });
  it('does not judge a target or a mode from a variable', () => {
    accepted('vol:${TARGET:-/data}', 'volume', 'vol', '${TARGET:-/data}');
    accepted('vol:/data:$MODE', 'volume', 'vol', '/data');
  });
});

describe('parseVolumeFlag: Podman commands', () => {
  const podman = { kind: 'command' as const, name: 'podman run img' };
  it('accepts Podman-only mode words and names', () => {
    const { spec } = specOf('vol:/data:U,O,idmap');
    const parsed = parseVolumeFlag(spec, podman);
    assertNoProblems(parsed.problems);
    assert.deepEqual(parsed.mount?.options.map((o) => o.key), ['U', 'O', 'idmap']);
  });
  it('still refuses a relative target and too many colons', () => {
    const relative = specOf('vol:data');
    assertOneProblem(parseVolumeFlag(relative.spec, podman).problems, relative.at('data'), 'must be absolute');
    const colons = specOf('vol:/data:ro:z');
    assertOneProblem(parseVolumeFlag(colons.spec, podman).problems, colons.at(':z'), 'too many colons');
  });
});

describe('parseVolumeFlag: a ~ the shell left alone', () => {
  it('reads ~/dir as a host path when the shell expands it', () => {
    const { parsed } = parse('~/stw:/data');
    assertNoProblems(parsed.problems);
    assert.equal(parsed.mount?.type, 'bind');
  });
  it('refuses a literal ~ as Docker does: a volume name with invalid characters', () => {
    const s = specOf('~/stw-fid:/data');
    const parsed = parseVolumeFlag(s.spec, commandContext, { literalTilde: true });
    assertOneProblem(
      parsed.problems,
      s.at('~/stw-fid'),
      'docker run refuses this: "create ~/stw-fid: "~/stw-fid" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path"',
      'expands `~` only at the start of an unquoted word',
    );
    assert.equal(parsed.mount?.type, 'volume');
  });
  it('keeps the usual reading when the source does not start with ~', () => {
    const s = specOf('/srv:/data');
    assertNoProblems(parseVolumeFlag(s.spec, commandContext, { literalTilde: true }).problems);
  });
});

describe('parseVolumeFlag: targets in /proc', () => {
  it('says a volume or a bind over /proc fails at start', () => {
    const { parsed, at } = parse('stw-a:/proc');
    assertOneProblem(parsed.problems, at('/proc'), 'fails to start it', 'cannot be mounted because it is not of type proc');
    const bind = parse('/srv:/proc/data:ro');
    assertOneProblem(bind.parsed.problems, bind.at('/proc/data'), 'cannot be mounted because it is inside /proc');
    const anonymous = parse('/proc');
    assertOneProblem(anonymous.parsed.problems, anonymous.at('/proc'), 'not of type proc');
  });
  it('accepts the files runc lets a bind cover, and /sys', () => {
    assertNoProblems(parse('/srv/cpuinfo:/proc/cpuinfo:ro').parsed.problems);
    assertNoProblems(parse('/srv:/sys').parsed.problems);
  });
  it('reports only the create refusal when the spec has one', () => {
    const { parsed, at } = parse('stw-a:/proc:bogus');
    assertOneProblem(parsed.problems, at('bogus'), 'invalid mode');
  });
});
