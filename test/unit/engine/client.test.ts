import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dockerOptionsFor } from '../../../src/engine/client';
import { parseHost, type EngineEndpoint, type TlsFiles } from '../../../src/engine/connection';

function endpoint(host: string, tls?: TlsFiles): EngineEndpoint {
  const resolution = parseHost(host, 'setting', tls, undefined);
  assert.ok(resolution.ok);
  return resolution.endpoint;
}

describe('dockerOptionsFor', () => {
  it('sets every connection key so DOCKER_HOST in the environment cannot leak in', () => {
    const options = dockerOptionsFor(endpoint('unix:///run/user/1000/podman/podman.sock'), () => undefined) as Record<string, unknown>;
    assert.equal(options['socketPath'], '/run/user/1000/podman/podman.sock');
    for (const key of ['host', 'port', 'protocol', 'ca', 'cert', 'key']) assert.ok(key in options && options[key] === undefined, key);
  });
  it('uses https with the certificates from the cert folder', () => {
    const files: Record<string, Buffer> = { '/certs/ca.pem': Buffer.from('ca'), '/certs/cert.pem': Buffer.from('cert'), '/certs/key.pem': Buffer.from('key') };
    const options = dockerOptionsFor(endpoint('tcp://build:2376', { certPath: '/certs', verify: true }), (path) => files[path]) as Record<string, unknown>;
    assert.deepEqual([options['protocol'], options['host'], options['port'], String(options['ca']), String(options['cert']), String(options['key'])], ['https', 'build', 2376, 'ca', 'cert', 'key']);
    assert.equal(options['checkServerIdentity'], undefined);
    const skip = dockerOptionsFor(endpoint('tcp://build:2376', { certPath: undefined, verify: false }), () => undefined) as Record<string, unknown>;
    assert.equal(typeof skip['checkServerIdentity'], 'function');
  });
  it('uses plain http for tcp without TLS and the ssh transport for ssh://', () => {
    const plain = dockerOptionsFor(endpoint('tcp://10.0.0.2:2375'), () => undefined) as Record<string, unknown>;
    assert.deepEqual([plain['protocol'], plain['host'], plain['port']], ['http', '10.0.0.2', 2375]);
    const ssh = dockerOptionsFor(endpoint('ssh://ops@build.example:2222'), () => undefined) as Record<string, unknown>;
    assert.deepEqual([ssh['protocol'], ssh['host'], ssh['port'], ssh['username']], ['ssh', 'build.example', 2222, 'ops']);
  });
});
