import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { USAGE } from '../../../src/cli/args';
import { localeFromEnv } from '../../../src/cli/run';
import { ROOT, runCli, workspace } from './support';

describe('run', () => {
  it('prints the usage for --help and exits 0', async () => {
    assert.deepEqual(await runCli(['--help'], ROOT), { code: 0, stdout: USAGE + '\n', stderr: '' });
    assert.equal((await runCli(['map', '-h'], ROOT)).stdout, USAGE + '\n');
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(await runCli(['--version'], ROOT), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('turns a usage mistake into exit 2 with a hint and nothing on stdout', async () => {
    assert.deepEqual(await runCli(['check', '--formt=json'], ROOT), {
      code: 2,
      stdout: '',
      stderr: "stowage: unknown option '--formt'; did you mean '--format'?\nRun 'stowage --help' for usage.\n",
    });
    assert.equal((await runCli([], ROOT)).code, 2);
    assert.equal((await runCli(['lint'], ROOT)).code, 2);
  });

  it('reports a broken .stowage.json for map too', async () => {
    const folder = workspace({ '.stowage.json': 'nope', 'run.sh': 'x\n' });
    const result = await runCli(['map'], folder);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^stowage: .*\.stowage\.json is not valid JSON: /);
  });
});

describe('localeFromEnv', () => {
  it('prefers LC_ALL, then LC_MESSAGES, then LANG, and falls back to English', () => {
    assert.equal(localeFromEnv({ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }), 'ko');
    assert.equal(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'en_GB', LANG: 'ko_KR' }), 'en');
    assert.equal(localeFromEnv({ LANG: 'ko' }), 'ko');
    assert.equal(localeFromEnv({ LANG: 'fr_FR.UTF-8' }), 'en');
    assert.equal(localeFromEnv({}), 'en');
  });
});
