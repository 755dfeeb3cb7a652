import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { range } from '../../../../../src/core/text';
import { findingsOf } from '../command/findings';

const sw401 = (text: string, kind: 'shell' | 'compose' = 'shell') => findingsOf('SW401', text, kind);

describe('SW401 engine socket mounted', () => {
  it('reports the Docker socket on its source, read-only or not, as a warning', () => {
    const [finding] = sw401('docker run -v /var/run/docker.sock:/var/run/docker.sock:ro img');
    assert.equal(finding?.severity, 'warning');
    assert.deepEqual(finding?.range, range(0, 14, 0, 34));
    assert.equal(
      finding?.message.en,
      "The engine's socket /var/run/docker.sock is mounted: anything in the container can drive the engine and so has root access to the host; read-only does not limit the API.",
    );
    assert.match(finding?.message.ko ?? '', /읽기 전용/);
  });

  it('knows /run/docker.sock, rootless and Podman sockets, and the Windows pipe', () => {
    for (const source of ['/run/docker.sock', '/run/user/1000/docker.sock', '/run/podman/podman.sock', '/run/user/1000/podman/podman.sock', '$XDG_RUNTIME_DIR/docker.sock', '~/.docker/run/docker.sock']) {
      assert.equal(sw401(`docker run -v ${source}:/var/run/docker.sock img`).length, 1, source);
    }
    // Quoted: unquoted, the shell would turn `\\.\pipe` into `\.pipe`.
    const pipe = String.raw`docker run --mount 'type=npipe,source=\\.\pipe\docker_engine,target=\\.\pipe\docker_engine' img`;
    assert.deepEqual(sw401(pipe).map((f) => f.range), [range(0, 38, 0, 60)]);
    assert.match(sw401(pipe)[0]?.message.en ?? '', /named pipe \\\\\.\\pipe\\docker_engine is mounted/);
  });

  it('reports a bind of the folder that holds the socket, and of /', () => {
    for (const source of ['/var/run', '/run', '/run/podman', '/run/user/1000', '/']) {
      const [finding] = sw401(`docker run -v ${source}:/host img`);
      assert.ok(finding, source);
    }
    assert.match(sw401('docker run -v /var/run:/host/run img')[0]?.message.en ?? '', /^\/var\/run holds the engine's socket/);
  });

  it('reports Compose services too', () => {
    const text = 'services:\n  agent:\n    image: x\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n';
    assert.deepEqual(sw401(text, 'compose').map((f) => f.range), [range(4, 8, 4, 28)]);
  });

  it('stays quiet for other paths, named volumes and Dockerfile VOLUME', () => {
    assert.deepEqual(sw401('docker run -v /var/run/app:/run/app -v docker.sock:/x -v /srv/docker.sock.d:/y img'), []);
    assert.deepEqual(findingsOf('SW401', 'FROM x\nVOLUME /var/run/docker.sock\n', 'dockerfile'), []);
  });
});

describe('SW401 in a Dockerfile', () => {
  it('skips RUN --mount and VOLUME, which cannot reach the host, but reads a docker run inside RUN', () => {
    const text = [
      'FROM x',
      'RUN --mount=type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock true',
      'VOLUME /var/run/docker.sock',
      'RUN docker run -v /var/run/docker.sock:/s img',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf('SW401', text, 'dockerfile').map((f) => f.range.start.line), [3]);
  });
});
