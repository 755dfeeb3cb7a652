import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHost, type EngineEndpoint } from '../../../src/engine/connection';
import { EngineError, classifyEngineError, isConnectionFault } from '../../../src/engine/errors';

const unix = (): EngineEndpoint => {
  const resolution = parseHost('unix:///run/docker.sock', 'default', undefined, undefined);
  assert.ok(resolution.ok);
  return resolution.endpoint;
};
const socketError = (code: string): Error => Object.assign(new Error(`connect ${code} /run/docker.sock`), { code });

describe('classifyEngineError', () => {
  it('says "not running" for a missing or refusing socket, with the CLI words', () => {
    for (const code of ['ENOENT', 'ECONNREFUSED']) {
      const fault = classifyEngineError(socketError(code), unix());
      assert.equal(fault.kind, 'notRunning');
      assert.equal(fault.message.en, 'Cannot connect to the Docker daemon at unix:///run/docker.sock. Is the docker daemon running?');
      assert.match(fault.message.ko, /Docker 데몬/);
      assert.ok(isConnectionFault(fault));
    }
  });
  it('gives the docker-group fix for a socket permission error', () => {
    const fault = classifyEngineError(socketError('EACCES'), unix());
    assert.equal(fault.kind, 'permissionDenied');
    assert.match(fault.message.en, /^Permission denied while trying to connect to the Docker daemon socket at \/run\/docker\.sock\./);
    assert.match(fault.message.en, /usermod -aG docker \$USER/);
  });
  it('names the host that cannot be found, and TLS failures', () => {
    const tcp = parseHost('tcp://nowhere.invalid:2376', 'setting', { certPath: undefined, verify: true }, undefined);
    assert.ok(tcp.ok);
    const missing = classifyEngineError(Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' }), tcp.endpoint);
    assert.deepEqual([missing.kind, missing.message.en], ['hostNotFound', 'Docker host "nowhere.invalid" was not found or cannot be reached.']);
    const tls = classifyEngineError(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), tcp.endpoint);
    assert.equal(tls.kind, 'tls');
    assert.match(tls.message.en, /DOCKER_CERT_PATH/);
  });
  it('quotes the engine text for refused requests and keeps the status code', () => {
    const conflict = Object.assign(new Error('(HTTP code 409) conflict - remove named1: volume is in use - [0e2d7e46d9fe] '), {
      statusCode: 409,
      json: { message: 'remove named1: volume is in use - [0e2d7e46d9fe]' },
    });
    const fault = classifyEngineError(conflict, unix());
    assert.deepEqual([fault.kind, fault.statusCode, fault.message.en], ['inUse', 409, 'The engine refused: "remove named1: volume is in use - [0e2d7e46d9fe]".']);
    assert.equal(isConnectionFault(fault), false);
    assert.equal(classifyEngineError(Object.assign(new Error('x'), { statusCode: 404, json: { message: 'get nope: no such volume' } }), unix()).kind, 'notFound');
  });
  it('recognizes timeouts and passes EngineError faults through', () => {
    const timeout = classifyEngineError(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' }), unix());
    assert.equal(timeout.kind, 'timeout');
    assert.equal(classifyEngineError(new EngineError(timeout), undefined), timeout);
    assert.equal(classifyEngineError('weird', undefined).kind, 'api');
  });
});
