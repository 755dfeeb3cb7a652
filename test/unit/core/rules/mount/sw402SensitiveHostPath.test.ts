import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sensitiveRoot } from '../../../../../src/core/rules/mount/sw402SensitiveHostPath';
import { range } from '../../../../../src/core/text';
import { applyFix, findingsOf } from '../command/findings';

const sw402 = (text: string, kind: 'shell' | 'compose' = 'shell') => findingsOf('SW402', text, kind);

describe('SW402 sensitive host path mounted writable', () => {
  it('reports a writable bind of /etc on its source, with the read-only fix', () => {
    const text = 'docker run -v /etc:/host/etc img';
    const [finding] = sw402(text);
    assert.equal(finding?.severity, 'warning');
    assert.deepEqual(finding?.range, range(0, 14, 0, 18));
    assert.equal(finding?.message.en, "The host path /etc is mounted writable: the container can change the host's /etc; mount it read-only unless it must write there.");
    assert.equal(applyFix(text, finding), 'docker run -v /etc:/host/etc:ro img');
    assert.deepEqual(sw402('docker run -v /etc:/host/etc:ro img'), []);
  });

  it('names the sensitive folder for a path under it', () => {
    assert.match(sw402('docker run -v /etc/ssl/private:/k img')[0]?.message.en ?? '', /\/etc\/ssl\/private \(under \/etc\)/);
  });

  it('makes -v modes and --mount specs read-only in their own syntax', () => {
    const cases: [string, string][] = [
      ['docker run -v /root:/r:z img', 'docker run -v /root:/r:z,ro img'],
      ['docker run -v /root:/r:rw img', 'docker run -v /root:/r:ro img'],
      ['docker run --mount type=bind,src=/boot,dst=/b img', 'docker run --mount type=bind,src=/boot,dst=/b,readonly img'],
      ['docker run --mount type=bind,src=/boot,dst=/b,readonly=false img', 'docker run --mount type=bind,src=/boot,dst=/b,readonly=true img'],
      ['docker run -v "$HOME/.ssh":/root/.ssh img', 'docker run -v "$HOME/.ssh":/root/.ssh:ro img'],
    ];
    for (const [text, expected] of cases) {
      const fixed = applyFix(text, sw402(text)[0]);
      assert.equal(fixed, expected);
      assert.deepEqual(sw402(fixed), [], fixed);
    }
  });

  it('fixes Compose short and long syntax', () => {
    const text = [
      'services:',
      '  app:',
      '    image: x',
      '    volumes:',
      '      - /etc:/host/etc',
      '      - type: bind',
      '        source: /root',
      '        target: /r',
      '      - {type: bind, source: /boot, target: /b}',
      '',
    ].join('\n');
    const findings = sw402(text, 'compose');
    assert.deepEqual(findings.map((f) => f.range), [range(4, 8, 4, 12), range(6, 16, 6, 21), range(8, 29, 8, 34)]);
    assert.match(applyFix(text, findings[0]), /- \/etc:\/host\/etc:ro\n/);
    assert.match(applyFix(text, findings[1]), /target: \/r\n {8}read_only: true\n/);
    assert.match(applyFix(text, findings[2]), /target: \/b, read_only: true\}/);
  });

  it('stays quiet for read-only mounts, ordinary paths, volumes and harmless devices', () => {
    assert.deepEqual(sw402('docker run -v /etc:/etc:ro -v /srv/etc:/x -v etc:/y -v /dev/log:/dev/log -v /home/me/project:/src img'), []);
    assert.deepEqual(sw402('docker run --mount type=bind,src=/etc,dst=/e,ro img'), []);
  });
});

describe('sensitiveRoot', () => {
  it('finds the sensitive folder a host path lies in', () => {
    const roots = ['/', '/etc', '/etc/passwd', '/root/.aws', '/boot', '/proc/sys', '/sys/fs/cgroup', '/dev', '/dev/sda', '/var/lib/docker/volumes', '~/.ssh', '$HOME/.ssh/id_rsa', '${HOME}/.ssh', '/home/deploy/.ssh', '//etc/', '/var/../etc'].map(sensitiveRoot);
    assert.deepEqual(roots, ['/', '/etc', '/etc', '/root', '/boot', '/proc', '/sys', '/dev', '/dev', '/var/lib/docker', '~/.ssh', '~/.ssh', '~/.ssh', '~/.ssh', '/etc', '/etc']);
  });
  it('leaves other paths alone', () => {
    assert.deepEqual(['/etcetera', '/var/lib/dockerd', '/dev/shm', '/dev/null', 'etc', './etc', '/home/me', '~/.sshx'].map(sensitiveRoot), Array(8).fill(undefined));
  });
});

describe('SW402 in a Dockerfile', () => {
  it('skips RUN --mount and VOLUME, which cannot reach the host, but reads a docker run inside RUN', () => {
    const text = [
      'FROM x',
      'RUN --mount=type=bind,source=/etc,target=/etc,rw true',
      'VOLUME /etc',
      'RUN docker run -v /etc:/host/etc img',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf('SW402', text, 'dockerfile').map((f) => f.range.start.line), [3]);
  });
});
