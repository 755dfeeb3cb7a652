import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextDigest, parseHost, resolveEndpoint, type ConnectionInputs } from '../../../src/engine/connection';

function inputs(overrides: Partial<ConnectionInputs> & { files?: Record<string, string> } = {}): ConnectionInputs {
  const files = overrides.files ?? {};
  return {
    hostSetting: undefined,
    workspaceTrusted: true,
    env: {},
    platform: 'linux',
    homeDir: '/home/dev',
    readFile: (path) => files[path],
    ...overrides,
  };
}

function endpointOf(input: ConnectionInputs) {
  const resolution = resolveEndpoint(input);
  assert.ok(resolution.ok, resolution.ok ? '' : resolution.message.en);
  return resolution.endpoint;
}

describe('resolveEndpoint', () => {
  it('falls back to the platform default socket', () => {
    assert.deepEqual(endpointOf(inputs()), { host: 'unix:///var/run/docker.sock', scheme: 'unix', socketPath: '/var/run/docker.sock', source: 'default' });
    const windows = endpointOf(inputs({ platform: 'win32', homeDir: 'C:\\Users\\dev' }));
    assert.equal(windows.host, 'npipe:////./pipe/docker_engine');
    assert.equal(windows.socketPath, '//./pipe/docker_engine');
  });

  it('puts the setting first, then DOCKER_HOST', () => {
    const env = { DOCKER_HOST: 'tcp://build:2375' };
    assert.equal(endpointOf(inputs({ hostSetting: 'unix:///run/podman/podman.sock', env })).socketPath, '/run/podman/podman.sock');
    assert.equal(endpointOf(inputs({ hostSetting: 'unix:///run/podman/podman.sock', env })).source, 'setting');
    const fromEnv = endpointOf(inputs({ hostSetting: '  ', env }));
    assert.deepEqual([fromEnv.source, fromEnv.hostname, fromEnv.port, fromEnv.tls], ['DOCKER_HOST', 'build', 2375, undefined]);
  });

  it('ignores the setting in an untrusted workspace', () => {
    const endpoint = endpointOf(inputs({ hostSetting: 'tcp://evil:2375', workspaceTrusted: false }));
    assert.equal(endpoint.source, 'default');
  });

  it('uses TLS with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, defaulting the port to 2376', () => {
    const endpoint = endpointOf(inputs({ env: { DOCKER_HOST: 'tcp://secure.example', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' } }));
    assert.deepEqual(endpoint.tls, { certPath: '/certs', verify: true });
    assert.equal(endpoint.port, 2376);
    assert.equal(endpoint.host, 'tcp://secure.example:2376');
    const defaultCerts = endpointOf(inputs({ env: { DOCKER_HOST: 'tcp://secure.example:2376', DOCKER_TLS_VERIFY: '1' } }));
    assert.deepEqual(defaultCerts.tls, { certPath: '/home/dev/.docker', verify: true });
  });

  it('reads the current context from config.json and its meta.json', () => {
    const digest = contextDigest('remote');
    const files = {
      '/home/dev/.docker/config.json': JSON.stringify({ currentContext: 'remote' }),
      [`/home/dev/.docker/contexts/meta/${digest}/meta.json`]: JSON.stringify({ Name: 'remote', Endpoints: { docker: { Host: 'ssh://ops@build.example', SkipTLSVerify: false } } }),
    };
    const endpoint = endpointOf(inputs({ files }));
    assert.deepEqual(endpoint, { host: 'ssh://ops@build.example', scheme: 'ssh', hostname: 'build.example', port: 22, username: 'ops', source: 'context', contextName: 'remote' });
  });

  it('lets DOCKER_CONTEXT override config.json, and DOCKER_HOST override both', () => {
    const files = {
      '/cfg/config.json': JSON.stringify({ currentContext: 'remote' }),
      [`/cfg/contexts/meta/${contextDigest('other')}/meta.json`]: JSON.stringify({ Endpoints: { docker: { Host: 'unix:///other.sock' } } }),
      [`/cfg/contexts/tls/${contextDigest('other')}/docker/ca.pem`]: 'x',
    };
    const env = { DOCKER_CONFIG: '/cfg', DOCKER_CONTEXT: 'other' };
    const endpoint = endpointOf(inputs({ files, env }));
    assert.equal(endpoint.socketPath, '/other.sock');
    assert.equal(endpoint.contextName, 'other');
    assert.equal(endpointOf(inputs({ files, env: { ...env, DOCKER_HOST: 'unix:///env.sock' } })).socketPath, '/env.sock');
  });

  it('treats the "default" context as the default socket and reports a missing context', () => {
    assert.equal(endpointOf(inputs({ env: { DOCKER_CONTEXT: 'default' } })).source, 'default');
    const missing = resolveEndpoint(inputs({ env: { DOCKER_CONTEXT: 'gone' } }));
    assert.equal(missing.ok, false);
    assert.match(missing.ok ? '' : missing.message.en, /Docker context "gone" was not found/);
  });

  it('uses TLS files of a context', () => {
    const digest = contextDigest('tls');
    const files = {
      [`/home/dev/.docker/contexts/meta/${digest}/meta.json`]: JSON.stringify({ Endpoints: { docker: { Host: 'tcp://10.0.0.5:2376' } } }),
      [`/home/dev/.docker/contexts/tls/${digest}/docker/ca.pem`]: 'ca',
    };
    const endpoint = endpointOf(inputs({ files, env: { DOCKER_CONTEXT: 'tls' } }));
    assert.deepEqual(endpoint.tls, { certPath: `/home/dev/.docker/contexts/tls/${digest}/docker`, verify: true });
  });
});

describe('parseHost', () => {
  it('accepts bare host:port as tcp, and unix:// without a path', () => {
    const bare = parseHost('localhost:2375', 'setting', undefined, undefined);
    assert.ok(bare.ok);
    assert.equal(bare.ok && bare.endpoint.host, 'tcp://localhost:2375');
    const unix = parseHost('unix://', 'setting', undefined, undefined);
    assert.equal(unix.ok && unix.endpoint.socketPath, '/var/run/docker.sock');
  });
  it('refuses unknown schemes with a message naming the accepted ones', () => {
    const result = parseHost('fd://', 'setting', undefined, undefined);
    assert.equal(result.ok, false);
    assert.equal(result.ok ? '' : result.message.en, 'Unsupported Docker host "fd://": use unix://, npipe://, tcp:// or ssh://.');
    assert.match(result.ok ? '' : result.message.ko, /fd:\/\//);
  });
  it('computes context digests as SHA-256 of the name', () => {
    assert.equal(contextDigest('default'), '37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f');
  });
});
