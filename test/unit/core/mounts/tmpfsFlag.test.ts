import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTmpfsFlag } from '../../../../src/core/mounts/tmpfsFlag';
import { assertNoProblems, assertOneProblem, commandContext, specOf } from './specHelper';

function parse(value: string) {
  const s = specOf(value, 'docker run --tmpfs ');
  return { ...s, parsed: parseTmpfsFlag(s.spec, commandContext) };
}

function accepted(value: string, target: string, readOnly = false) {
  const { parsed, at } = parse(value);
  assertNoProblems(parsed.problems);
  const mount = parsed.mount;
  assert.ok(mount !== undefined);
  assert.equal(mount.type, 'tmpfs');
  assert.equal(mount.source, undefined);
  assert.equal(mount.target?.value, target);
  assert.deepEqual(mount.target?.range, at(target));
  assert.equal(mount.readOnly, readOnly);
  assert.equal(mount.syntax, 'tmpfs-flag');
  return { mount, at };
}

function refusedAt(value: string, part: string, ...texts: string[]) {
  const { parsed, at } = parse(value);
  assertOneProblem(parsed.problems, at(part), ...texts);
  assert.equal(parsed.mount?.type, 'tmpfs');
}

describe('parseTmpfsFlag: what Docker accepts', () => {
  it('reads a bare destination', () => {
    const { mount } = accepted('/run', '/run');
    assert.deepEqual(mount.options, []);
  });
  it('reads size and mode with key and value ranges', () => {
    const { mount, at } = accepted('/run:size=64m,mode=1777', '/run');
    assert.deepEqual(mount.options, [
      { key: 'size', keyRange: at('size'), value: '64m', valueRange: at('64m') },
      { key: 'mode', keyRange: at('mode'), value: '1777', valueRange: at('1777') },
    ]);
  });
  it('accepts an empty option list after the colon', () => {
    accepted('/run:', '/run');
  });
  it('accepts a size as a percentage of memory', () => {
    accepted('/run:size=10%', '/run');
  });
  it('reads ro as read-only, with the usual hardening flags', () => {
    accepted('/run:ro,noexec,nosuid,nodev', '/run', true);
  });
  it('lets the last of ro and rw win', () => {
    accepted('/run:ro,rw', '/run', false);
    accepted('/run:rw,ro', '/run', true);
  });
  it('accepts nr_inodes, uid and gid', () => {
    accepted('/run:nr_inodes=1k,uid=1000,gid=1000', '/run');
  });
  it('accepts mpol, nr_blocks and size units in either case', () => {
    accepted('/run:mpol=default,nr_blocks=100,size=1M', '/run');
    accepted('/run:size=1G', '/run');
  });
  it('accepts every atime and sync flag in the mount flags table', () => {
    accepted('/run:exec,suid,dev,sync,async,dirsync,mand,nomand,atime,noatime,diratime,nodiratime,relatime,norelatime,strictatime,nostrictatime', '/run');
  });
  it('accepts defaults and propagation flags', () => {
    accepted('/run:defaults,rprivate', '/run');
    accepted('/run:unbindable', '/run');
  });
  it('accepts octal modes with leading zeros', () => {
    accepted('/run:mode=0755', '/run');
    accepted('/run:mode=01777', '/run');
  });
  it('accepts a trailing slash and a repeated size', () => {
    accepted('/run/:ro', '/run/', true);
    accepted('/run:size=1m,size=2m', '/run');
  });
  it('does not judge a destination or an option from a shell variable', () => {
    accepted('$RUN_DIR:size=$SIZE', '$RUN_DIR');
  });
});

describe('parseTmpfsFlag: refused when the container is created', () => {
  it('refuses a relative destination', () => {
    refusedAt('run', 'run', "invalid mount path: 'run' mount path must be absolute", 'docker run refuses this');
  });
  it('refuses / as the destination', () => {
    refusedAt('/:size=1m', '/', "invalid specification: destination can't be '/'");
  });
  it('refuses an empty destination', () => {
    const { parsed, spec } = parse(':size=1m');
    assertOneProblem(parsed.problems, spec.range, "invalid mount path: '' mount path must be absolute");
  });
});

describe('parseTmpfsFlag: refused when the container starts', () => {
  it('refuses an unknown option', () => {
    refusedAt('/run:bogus', 'bogus', 'fails to start it', 'invalid tmpfs option ["bogus"]');
  });
  it('refuses huge, which Docker does not pass to the kernel', () => {
    refusedAt('/run:size=1m,huge=never', 'huge=never', 'invalid tmpfs option ["huge" "never"]');
  });
  it('refuses tmpcopyup and noswap', () => {
    refusedAt('/run:tmpcopyup', 'tmpcopyup', 'invalid tmpfs option ["tmpcopyup"]');
    refusedAt('/run:noswap', 'noswap', 'invalid tmpfs option ["noswap"]');
  });
  it('refuses flags in upper case (the table is case-sensitive)', () => {
    refusedAt('/run:RO', 'RO', 'invalid tmpfs option ["RO"]');
  });
  it('refuses a data key without a value', () => {
    refusedAt('/run:size', 'size', 'invalid tmpfs option ["size"]', 'needs a value');
  });
  it('refuses an empty option and points at the stray comma', () => {
    refusedAt('/run:,size=1m', ',', 'invalid tmpfs option [""]', 'stray comma');
    refusedAt('/run:ro,,size=1m', ',', 'invalid tmpfs option [""]');
  });
  it('refuses a size the kernel cannot read', () => {
    refusedAt('/run:size=64x', '64x', 'data: size=64x: invalid argument', 'The kernel refuses');
    refusedAt('/run:size=1.5m', '1.5m', 'size=1.5m');
    refusedAt('/run:size=abc', 'abc', 'size=abc');
  });
  it('refuses an empty size', () => {
    refusedAt('/run:size=', 'size=', 'data: size=: invalid argument');
  });
  it('refuses a mode that is not octal', () => {
    refusedAt('/run:mode=999', '999', 'data: mode=999: invalid argument');
    refusedAt('/run:mode=abc', 'abc', 'mode=abc');
  });
  it('refuses a uid or gid that is not a number', () => {
    refusedAt('/run:uid=abc', 'abc', 'uid=abc');
    refusedAt('/run:uid=-1', '-1', 'uid=-1');
    refusedAt('/run:gid=root', 'root', 'gid=root');
  });
  it('refuses an unknown memory policy and a bad nr_inodes', () => {
    refusedAt('/run:mpol=bogus', 'bogus', 'mpol=bogus');
    refusedAt('/run:nr_inodes=abc', 'abc', 'nr_inodes=abc');
  });
  it('refuses a second colon, which ends up inside an option', () => {
    refusedAt('/run:size=1m:ro', '1m:ro', 'size=1m:ro');
  });
  it('refuses bind, rbind and remount, which the runtime cannot mount', () => {
    refusedAt('/run:rbind', 'rbind', 'fails to start it', 'bind mount of nothing');
    refusedAt('/run:bind', 'bind', 'bind mount of nothing');
    refusedAt('/run:remount', 'remount', 'invalid argument');
  });
  it('reports each refused option', () => {
    const { parsed, at } = parse('/run:bogus,size=x');
    assert.deepEqual(parsed.problems.map((p) => p.range), [at('bogus'), at('x')]);
  });
});

describe('parseTmpfsFlag: percentages', () => {
  it('accepts a percentage for size only, not for nr_inodes', () => {
    accepted('/run:size=50%', '/run');
    refusedAt('/run:nr_inodes=10%', '10%', 'nr_inodes=10%', 'no percentage');
  });
});

describe('parseTmpfsFlag: Podman commands', () => {
  const podman = { kind: 'command' as const, name: 'podman run img' };
  it('accepts Podman-only options', () => {
    const { spec } = specOf('/run:tmpcopyup,U', 'podman run --tmpfs ');
    assertNoProblems(parseTmpfsFlag(spec, podman).problems);
  });
  it('still refuses a relative destination', () => {
    const { spec, at } = specOf('run:size=1m', 'podman run --tmpfs ');
    assertOneProblem(parseTmpfsFlag(spec, podman).problems, at('run'), 'must be absolute');
  });
});

describe('parseTmpfsFlag: targets in /proc', () => {
  it('says a tmpfs over /proc or /proc/sys fails at start', () => {
    refusedAt('/proc', '/proc', 'fails to start it', 'open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory');
    refusedAt('/proc/sys:size=1m', '/proc/sys', 'ip_unprivileged_port_start');
  });
  it('accepts a tmpfs deeper in /proc, and /sys', () => {
    accepted('/proc/driver', '/proc/driver');
    accepted('/sys', '/sys');
  });
});
