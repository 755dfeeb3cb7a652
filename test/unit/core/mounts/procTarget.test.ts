import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MountType } from '../../../../src/core/mounts/mount';
import { ALLOWED_PROC_MOUNTS, procTargetProblem } from '../../../../src/core/mounts/procTarget';
import { range } from '../../../../src/core/text';

const at = range(0, 10, 0, 20);
const problemOf = (type: MountType, target: string) => procTargetProblem(type, { value: target, range: at });

describe('procTargetProblem', () => {
  it('refuses a bind or a volume over /proc itself, at start, with runc\'s words', () => {
    for (const target of ['/proc', '/proc/', '//proc', '/proc/../proc', '/proc/.']) {
      for (const type of ['bind', 'volume'] as const) {
        const problem = problemOf(type, target);
        assert.ok(problem !== undefined, `${type} at ${target}`);
        assert.deepEqual(problem.range, at);
        assert.match(problem.message.en, /^docker run creates the container but fails to start it: ".*to rootfs at "\/proc": .*cannot be mounted because it is not of type proc"/);
        assert.match(problem.message.ko, /시작하지 못합니다/);
      }
    }
  });

  it('refuses a bind or a volume inside /proc with the path cleaned', () => {
    const problem = problemOf('volume', '/proc/data/');
    assert.ok(problem !== undefined);
    assert.match(problem.message.en, /to rootfs at "\/proc\/data": "…\/proc\/data" cannot be mounted because it is inside \/proc"/);
    assert.ok(problemOf('bind', '/proc/sys') !== undefined);
    assert.ok(problemOf('bind', '/proc/self') !== undefined);
    assert.ok(problemOf('bind', '/proc/cpuinfo/x') !== undefined);
  });

  it('lets binds cover the files runc allows', () => {
    assert.ok(ALLOWED_PROC_MOUNTS.includes('/proc/meminfo'));
    for (const target of ALLOWED_PROC_MOUNTS) assert.equal(problemOf('bind', target), undefined, target);
    assert.equal(problemOf('bind', '/proc/./uptime'), undefined);
  });

  it('refuses a tmpfs over /proc or /proc/sys, where it hides the files the runtime writes', () => {
    for (const target of ['/proc', '/proc/', '/proc/sys', '/proc/sys/net']) {
      const problem = problemOf('tmpfs', target);
      assert.ok(problem !== undefined, target);
      assert.match(problem.message.en, /fails to start it: "open \/proc\/sys\/net\/ipv4\/ip_unprivileged_port_start: no such file or directory"/);
    }
    // runc does not check tmpfs targets deeper inside /proc: /proc/driver starts.
    assert.equal(problemOf('tmpfs', '/proc/driver'), undefined);
    assert.equal(problemOf('tmpfs', '/proc/sys/net/ipv4'), undefined);
  });

  it('accepts everything else: /sys, look-alikes, relative paths and variables', () => {
    for (const target of ['/sys', '/procx', '/PROC', '/data/proc', 'proc', '$P/proc', '/proc$X']) {
      for (const type of ['bind', 'volume', 'tmpfs'] as const) assert.equal(problemOf(type, target), undefined, `${type} at ${target}`);
    }
    assert.equal(problemOf('image', '/proc'), undefined);
  });
});
