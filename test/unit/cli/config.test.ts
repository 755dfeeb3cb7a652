import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, findConfig, loadConfig, parseConfig } from '../../../src/cli/config';
import { workspace } from './support';

describe('findConfig', () => {
  it('finds the nearest .stowage.json above the checked path before the one above the cwd', () => {
    const folder = workspace({
      '.stowage.json': '{"rules": {}}',
      'repo/.stowage.json': '{"rules": {"SW201": "off"}}',
      'repo/app/compose.yaml': 'services: {}\n',
      'elsewhere/x.sh': 'x\n',
    });
    assert.equal(findConfig(['app/compose.yaml'], path.join(folder, 'repo')), path.join(folder, 'repo', '.stowage.json'));
    assert.equal(findConfig(['../repo/app'], path.join(folder, 'elsewhere')), path.join(folder, 'repo', '.stowage.json'));
    assert.equal(findConfig([], path.join(folder, 'elsewhere')), path.join(folder, '.stowage.json'));
  });

  it('falls back to the cwd when the checked path has none above it', () => {
    const folder = workspace({ 'work/.stowage.json': '{}' });
    const outside = workspace({ 'run.sh': 'x\n' });
    assert.equal(findConfig([outside], path.join(folder, 'work')), path.join(folder, 'work', '.stowage.json'));
  });
});

describe('loadConfig', () => {
  it('reads the rules map', () => {
    const folder = workspace({ '.stowage.json': '{"rules": {"SW201": "off", "sw402": "error"}}' });
    assert.deepEqual(loadConfig(['.'], folder), { file: path.join(folder, '.stowage.json'), rules: { SW201: 'off', SW402: 'error' } });
  });
});

describe('parseConfig', () => {
  it('accepts an empty object and a $schema key', () => {
    assert.deepEqual(parseConfig('{}', 'f'), {});
    assert.deepEqual(parseConfig('{"$schema": "x", "rules": {"SW101": "info"}}', 'f'), { SW101: 'info' });
  });

  const invalid: [string, RegExp][] = [
    ['{"rules": ', /^f is not valid JSON: /],
    ['[]', /^f must hold an object/],
    ['{"rule": {}}', /^f: unknown setting 'rule' \(only "rules" is read\)$/],
    ['{"rules": ["SW201"]}', /^f: "rules" must be an object/],
    ['{"rules": {"SW201": false}}', /^f: rules\.SW201 must be a string/],
    ['{"rules": {"SW999": "off"}}', /unknown rule 'SW999'/],
    ['{"rules": {"SW201": "silent"}}', /unknown severity 'silent'/],
  ];
  for (const [text, message] of invalid) {
    it(`refuses ${text}`, () => {
      assert.throws(
        () => parseConfig(text, 'f'),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }
});
