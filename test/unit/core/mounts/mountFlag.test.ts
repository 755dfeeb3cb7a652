import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAnonymous, optionValue } from '../../../../src/core/mounts/mount';
import { parseMountFlag } from '../../../../src/core/mounts/mountFlag';
import { assertNoProblems, assertOneProblem, commandContext, specOf } from './specHelper';

function parse(value: string) {
  const s = specOf(value, 'docker run --mount ');
  return { ...s, parsed: parseMountFlag(s.spec, commandContext) };
}

function accepted(value: string, type: string, source: string | undefined, target: string, readOnly = false) {
  const { parsed, at } = parse(value);
  assertNoProblems(parsed.problems);
  const mount = parsed.mount;
  assert.ok(mount !== undefined);
  assert.equal(mount.type, type);
  assert.equal(mount.source?.value, source);
  if (source) assert.deepEqual(mount.source?.range, at(source));
  assert.equal(mount.target?.value, target);
  assert.equal(mount.readOnly, readOnly);
  assert.equal(mount.syntax, 'mount-flag');
  return { mount, at };
}

function refused(value: string, part: string | undefined, ...texts: string[]) {
  const { parsed, at, spec } = parse(value);
  assertOneProblem(parsed.problems, part === undefined ? spec.range : at(part), ...texts);
  return parsed;
}

describe('parseMountFlag: what Docker accepts', () => {
  it('reads type, target and their ranges', () => {
    const { mount, at } = accepted('type=volume,target=/data', 'volume', undefined, '/data');
    assert.ok(isAnonymous(mount));
    assert.deepEqual(mount.target?.range, at('/data'));
    assert.deepEqual(mount.options, [
      { key: 'type', keyRange: at('type'), value: 'volume', valueRange: at('volume') },
      { key: 'target', keyRange: at('target'), value: '/data', valueRange: at('/data') },
    ]);
  });
  it('defaults to a volume mount', () => {
    const { mount } = accepted('target=/d', 'volume', undefined, '/d');
    assert.ok(isAnonymous(mount));
  });
  it('reads a named volume', () => {
    const { mount } = accepted('source=myvol,target=/d', 'volume', 'myvol', '/d');
    assert.ok(!isAnonymous(mount));
  });
  it('reads the aliases src, dst and a bare ro', () => {
    const { mount, at } = accepted('src=myvol,dst=/d,ro', 'volume', 'myvol', '/d', true);
    assert.deepEqual(optionValue(mount, 'ro'), { key: 'ro', keyRange: at('ro'), value: undefined, valueRange: undefined });
  });
  it('reads destination= and readonly=true', () => {
    accepted('src=myvol,destination=/d,readonly=true', 'volume', 'myvol', '/d', true);
  });
  it('reads booleans as Go strconv.ParseBool does', () => {
    accepted('src=myvol,target=/d,readonly=TRUE', 'volume', 'myvol', '/d', true);
    accepted('src=myvol,target=/d,ro=t', 'volume', 'myvol', '/d', true);
    accepted('src=myvol,target=/d,ro=1', 'volume', 'myvol', '/d', true);
    accepted('src=myvol,target=/d,ro=0', 'volume', 'myvol', '/d', false);
    accepted('src=myvol,target=/d,readonly=False', 'volume', 'myvol', '/d', false);
  });
  it('reads a bind mount', () => {
    accepted('type=bind,src=/srv/data,target=/d', 'bind', '/srv/data', '/d');
  });
  it('reads .-relative bind sources (the CLI makes them absolute)', () => {
    accepted('type=bind,src=./rel,target=/d', 'bind', './rel', '/d');
    accepted('type=bind,src=../rel,target=/d', 'bind', '../rel', '/d');
    accepted('type=bind,source=.,target=/app', 'bind', '.', '/app');
  });
  it('reads a bind source from a shell variable without judging it', () => {
    accepted('type=bind,src=$PWD,target=/app', 'bind', '$PWD', '/app');
  });
  it('reads a tmpfs mount with size and mode', () => {
    const { mount, at } = accepted('type=tmpfs,target=/d,tmpfs-size=64m,tmpfs-mode=1770', 'tmpfs', undefined, '/d');
    assert.deepEqual(optionValue(mount, 'tmpfs-size')?.valueRange, at('64m'));
    assert.equal(optionValue(mount, 'tmpfs-mode')?.value, '1770');
  });
  it('reads a read-only tmpfs with a size in GiB', () => {
    accepted('type=tmpfs,target=/d,tmpfs-size=1GiB,tmpfs-mode=0700,readonly', 'tmpfs', undefined, '/d', true);
  });
  it('matches keys and the type case-insensitively, keeping where they were written', () => {
    const { mount, at } = accepted('TYPE=Volume,TARGET=/d', 'volume', undefined, '/d');
    assert.equal(mount.options[0]?.key, 'type');
    assert.deepEqual(mount.options[0]?.keyRange, at('TYPE'));
  });
  it('reads volume-nocopy alone', () => {
    accepted('type=volume,target=/d,volume-nocopy', 'volume', undefined, '/d');
  });
  it('reads repeated volume-opt and labels with = in their values', () => {
    const { mount, at } = accepted('type=volume,src=myvol,target=/d,volume-driver=local,volume-opt=type=tmpfs,volume-opt=device=tmpfs,volume-label=a=b', 'volume', 'myvol', '/d');
    const opts = mount.options.filter((o) => o.key === 'volume-opt');
    assert.deepEqual(opts.map((o) => o.value), ['type=tmpfs', 'device=tmpfs']);
    assert.deepEqual(opts[0]?.valueRange, at('type=tmpfs'));
  });
  it('accepts any consistency value', () => {
    accepted('type=volume,target=/d,consistency=bogus', 'volume', undefined, '/d');
  });
  it('reads quoted CSV fields with commas inside', () => {
    const { mount, at } = accepted('"src=myvol","target=/a,b"', 'volume', 'myvol', '/a,b');
    assert.deepEqual(mount.target?.range, at('/a,b'));
  });
  it('reads a doubled quote inside a quoted field', () => {
    accepted('"target=/a""b"', 'volume', undefined, '/a"b');
  });
  it('reads bind propagation on a bind mount', () => {
    accepted('type=bind,src=/h,target=/d,bind-propagation=rshared', 'bind', '/h', '/d');
  });
  it('accepts bind-recursive=enabled even on a volume (it sets no bind option)', () => {
    accepted('type=volume,target=/d,bind-recursive=enabled', 'volume', undefined, '/d');
  });
  it('accepts bind-recursive=writable with readonly, and readonly with rprivate', () => {
    accepted('type=bind,src=/h,target=/d,bind-recursive=writable,ro', 'bind', '/h', '/d', true);
    accepted('type=bind,src=/h,target=/d,bind-recursive=readonly,ro,bind-propagation=rprivate', 'bind', '/h', '/d', true);
  });
  it('accepts bind-nonrecursive', () => {
    accepted('type=bind,src=/h,target=/d,bind-nonrecursive', 'bind', '/h', '/d');
  });
  it('accepts a volume subpath on a named volume', () => {
    accepted('type=volume,src=myvol,target=/d,volume-subpath=sub/dir', 'volume', 'myvol', '/d');
  });
  it('reads an image mount with a subpath', () => {
    accepted('type=image,source=alpine:3,target=/d,image-subpath=etc', 'image', 'alpine:3', '/d');
  });
  it('reads Windows mounts without Linux errors', () => {
    accepted('type=npipe,source=\\\\.\\pipe\\docker_engine,target=\\\\.\\pipe\\docker_engine', 'npipe', '\\\\.\\pipe\\docker_engine', '\\\\.\\pipe\\docker_engine');
    accepted('type=bind,src=C:\\data,target=C:\\data', 'bind', 'C:\\data', 'C:\\data');
  });
  it('does not apply the local name rule to another driver', () => {
    accepted('type=volume,src=q,target=/d,volume-driver=rexray', 'volume', 'q', '/d');
  });
  it('keeps the last source when one is given twice', () => {
    accepted('target=/d,src=myvol,src=other', 'volume', 'other', '/d');
  });
  it('reads an empty source as an anonymous volume', () => {
    const { mount } = accepted('src=,target=/d', 'volume', '', '/d');
    assert.ok(isAnonymous(mount));
  });
});

describe('parseMountFlag: what the docker CLI refuses', () => {
  it('refuses an empty value', () => {
    const parsed = refused('', undefined, 'EOF');
    assert.equal(parsed.mount, undefined);
  });
  it('refuses a trailing comma (a spec split by a space) and points at the comma', () => {
    const { parsed: split, at } = parse('type=volume,source=myvol,');
    assertOneProblem(split.problems, at(',', 2), "invalid field '' must be a key=value pair", 'space after a comma');
    const parsed = refused('source=myvol,', ',', "invalid field '' must be a key=value pair", 'space after a comma');
    assert.equal(parsed.mount?.source?.value, 'myvol');
  });
  it('refuses a key with a leading space', () => {
    refused('src=myvol, target=/d', ' target', "unexpected key ' target' in ' target=/d'", 'space');
  });
  it('refuses an unknown key', () => {
    refused('bogus=1,target=/d', 'bogus', "unexpected key 'bogus' in 'bogus=1'");
  });
  it('refuses bind-create-src, which CLI 28 does not know', () => {
    refused('type=bind,src=/h,target=/d,bind-create-src=true', 'bind-create-src', "unexpected key 'bind-create-src'");
  });
  it('refuses a key that needs a value', () => {
    refused('target=/d,volume-opt', 'volume-opt', "invalid field 'volume-opt' must be a key=value pair");
  });
  it('refuses a boolean it cannot read', () => {
    refused('src=myvol,target=/d,ro=yes', 'yes', 'invalid value for ro: yes');
  });
  it('refuses an empty boolean and points at the field', () => {
    refused('ro=,target=/d', 'ro=', 'invalid value for ro: ');
  });
  it('refuses volume-nocopy=yes', () => {
    refused('type=volume,target=/d,volume-nocopy=yes', 'yes', 'invalid value for volume-nocopy: yes');
  });
  it('refuses a tmpfs mode that is not octal', () => {
    refused('type=tmpfs,target=/d,tmpfs-mode=999', '999', 'invalid value for tmpfs-mode: 999');
  });
  it('refuses a tmpfs mode with a 0o prefix', () => {
    refused('type=tmpfs,target=/d,tmpfs-mode=0o700', '0o700', 'invalid value for tmpfs-mode: 0o700');
  });
  it('refuses tmpfs sizes go-units cannot read', () => {
    refused('type=tmpfs,target=/d,tmpfs-size=abc', 'abc', 'invalid value for tmpfs-size: abc');
    refused('type=tmpfs,target=/d,tmpfs-size=10%', '10%', 'invalid value for tmpfs-size: 10%');
    refused('type=tmpfs,target=/d,tmpfs-size=-1', '-1', 'invalid value for tmpfs-size: -1');
  });
  it('refuses an unknown bind-recursive value', () => {
    refused('type=bind,src=/h,target=/d,bind-recursive=bogus', 'bogus', 'invalid value for bind-recursive: bogus (must be "enabled", "disabled", "writable", or "readonly")');
  });
  it('refuses a mount without a target, pointing at the whole spec', () => {
    refused('src=myvol', undefined, 'target is required');
  });
  it('refuses an empty type', () => {
    refused('target=/d,type=', 'type=', 'type is required');
  });
  it('refuses bind options on a volume and points at the key', () => {
    refused('type=volume,target=/d,bind-propagation=rshared', 'bind-propagation', "cannot mix 'bind-*' options with mount type 'volume'");
  });
  it('refuses tmpfs options on a volume', () => {
    refused('type=volume,target=/d,tmpfs-size=1m', 'tmpfs-size', "cannot mix 'tmpfs-*' options with mount type 'volume'");
  });
  it('refuses volume options on a bind mount', () => {
    refused('type=bind,src=/h,target=/d,volume-nocopy', 'volume-nocopy', "cannot mix 'volume-*' options with mount type 'bind'");
  });
  it('refuses image options on a volume', () => {
    refused('type=volume,src=myvol,target=/d,image-subpath=x', 'image-subpath', "cannot mix 'image-*' options with mount type 'volume'");
  });
  it('refuses bind-recursive=readonly without readonly', () => {
    refused('type=bind,src=/h,target=/d,bind-recursive=readonly', 'bind-recursive=readonly', "option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction");
  });
  it('refuses bind-recursive=writable without readonly', () => {
    refused('type=bind,src=/h,target=/d,bind-recursive=writable', 'bind-recursive=writable', "option 'bind-recursive=writable' requires 'readonly'");
  });
  it('refuses bind-recursive=readonly without rprivate propagation', () => {
    refused('type=bind,src=/h,target=/d,bind-recursive=readonly,ro', 'bind-recursive=readonly', "requires 'bind-propagation=rprivate'");
  });
  it('refuses a quote inside an unquoted field and points at it', () => {
    const parsed = refused('src="my,vol",target=/d', '"', 'parse error on line 1, column 5: bare " in non-quoted-field');
    assert.equal(parsed.mount, undefined);
  });
  it('refuses text after a closing quote', () => {
    refused('"target=/d"x', 'x', 'extraneous or missing " in quoted-field');
  });
});

describe('parseMountFlag: what the daemon refuses', () => {
  it('refuses a bind mount without a source', () => {
    refused('type=bind,target=/d', 'bind', 'invalid mount config for type "bind": field Source must not be empty');
  });
  it('refuses a relative bind source', () => {
    refused('type=bind,src=relative,target=/d', 'relative', "invalid mount path: 'relative' mount path must be absolute");
  });
  it('refuses ~ in a bind source (the shell does not expand it after src=)', () => {
    refused('type=bind,src=~/x,target=/d', '~/x', "'~/x' mount path must be absolute");
  });
  it('refuses an unknown propagation', () => {
    refused('type=bind,src=/h,target=/d,bind-propagation=bogus', 'bogus', 'invalid propagation mode: bogus');
  });
  it('refuses a source on a tmpfs mount', () => {
    refused('type=tmpfs,src=x,target=/d', 'x', 'invalid mount config for type "tmpfs": field Source must not be specified');
  });
  it('refuses an unknown type and returns no mount', () => {
    const parsed = refused('type=bogus,target=/d', 'bogus', 'invalid mount config for type "bogus": mount type unknown');
    assert.equal(parsed.mount, undefined);
  });
  it('refuses a type with a trailing space', () => {
    refused('type=volume ,target=/d', 'volume ', 'invalid mount config for type "volume ": mount type unknown');
  });
  it('refuses cluster volumes with docker run', () => {
    refused('type=cluster,src=x,target=/d', 'cluster', 'mount type unknown', 'swarm');
  });
  it('refuses a relative target', () => {
    refused('target=d', 'd', "invalid mount config for type \"volume\": invalid mount path: 'd' mount path must be absolute");
  });
  it('refuses / as the target', () => {
    refused('target=/', '/', "invalid specification: destination can't be '/'");
  });
  it('refuses a one-character volume name', () => {
    refused('type=volume,src=a,target=/d', 'a', 'create a: volume name is too short, names should be at least two alphanumeric characters');
  });
  it('refuses a volume name with a slash', () => {
    refused('type=volume,src=foo/bar,target=/d', 'foo/bar', '"foo/bar" includes invalid characters for a local volume name');
  });
  it('refuses a subpath on an anonymous volume', () => {
    refused('type=volume,target=/d,volume-subpath=x', 'volume-subpath=x', 'must not set Subpath when using anonymous volumes');
  });
  it('refuses a subpath that climbs out of the volume', () => {
    refused('type=volume,src=myvol,target=/d,volume-subpath=../x', '../x', 'subpath must be a relative path within the volume');
  });
  it('refuses an image mount without a source', () => {
    refused('type=image,target=/d', 'image', 'invalid mount config for type "image": field Source must not be empty');
  });
});

describe('parseMountFlag: the local driver\'s volume options', () => {
  it('accepts type, device and o together', () => {
    accepted('type=volume,src=nfsvol,target=/d,volume-opt=type=nfs,volume-opt=device=:/export,volume-opt=o=addr=10.0.0.1', 'volume', 'nfsvol', '/d');
  });
  it('refuses o without device and type', () => {
    refused('type=volume,target=/d,volume-opt=o=size=1m', 'o=size=1m', 'missing required option: "device"');
  });
  it('refuses type without device, naming the volume', () => {
    refused('type=volume,src=myvol,target=/d,volume-opt=type=tmpfs', 'type=tmpfs', 'create myvol: missing required option: "device"');
  });
  it('refuses an option the local driver does not know', () => {
    refused('type=volume,src=myvol,target=/d,volume-opt=bogus=1', 'bogus=1', 'create myvol: invalid option: "bogus"');
  });
  it('leaves another driver\'s options alone', () => {
    accepted('type=volume,src=myvol,target=/d,volume-driver=rexray,volume-opt=bogus=1', 'volume', 'myvol', '/d');
  });
});

describe('parseMountFlag: empty values', () => {
  it('refuses an empty target and points at target=', () => {
    const { parsed, at } = parse('target=/d,target=');
    assertOneProblem(parsed.problems, at('target=', 2), 'target is required');
  });
  it('refuses a bind mount with an empty source', () => {
    refused('type=bind,src=,target=/d', 'src=', 'field Source must not be empty');
  });
  it('accepts an empty source on a tmpfs mount', () => {
    accepted('type=tmpfs,src=,target=/d', 'tmpfs', '', '/d');
  });
});

describe('parseMountFlag: Podman commands', () => {
  const podman = { kind: 'command' as const, name: 'podman run img' };
  it('accepts Podman-only types and keys', () => {
    const { spec } = specOf('type=glob,src=/usr/lib/*.so,dst=/usr/lib,relabel=shared,U', 'podman run --mount ');
    const parsed = parseMountFlag(spec, podman);
    assertNoProblems(parsed.problems);
    assert.equal(parsed.mount, undefined);
  });
  it('reads a Podman bind mount with its extra keys', () => {
    const { spec } = specOf('type=bind,src=/h,dst=/d,idmap', 'podman run --mount ');
    const parsed = parseMountFlag(spec, podman);
    assertNoProblems(parsed.problems);
    assert.equal(parsed.mount?.type, 'bind');
  });
  it('still refuses a mount without a target', () => {
    const { spec } = specOf('type=bind,src=/h', 'podman run --mount ');
    assertOneProblem(parseMountFlag(spec, podman).problems, spec.range, 'target=');
  });
});

describe('parseMountFlag: targets in /proc', () => {
  it('says a bind, a volume or a tmpfs over /proc fails at start', () => {
    refused('type=bind,source=/srv,target=/proc,readonly', '/proc', 'fails to start it', 'not of type proc');
    refused('type=volume,target=/proc/x', '/proc/x', 'fails to start it', 'inside /proc');
    refused('type=tmpfs,target=/proc', '/proc', 'fails to start it', 'ip_unprivileged_port_start');
    const parsed = refused('type=volume,src=stw-a,dst=/proc/', '/proc/', 'not of type proc');
    assert.equal(parsed.mount?.type, 'volume');
  });
  it('accepts the files runc lets a bind cover, and /sys', () => {
    accepted('type=bind,src=/srv/meminfo,dst=/proc/meminfo', 'bind', '/srv/meminfo', '/proc/meminfo');
    accepted('type=bind,src=/srv,dst=/sys', 'bind', '/srv', '/sys');
  });
  it('reports only the create refusal when the spec has one', () => {
    refused('type=tmpfs,src=x,target=/proc', 'x', 'Source must not be specified');
  });
});
