import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseKeyValues, validateVolumeName } from '../../../src/engine/volumeName';

describe('validateVolumeName', () => {
  it('accepts what the local driver accepts', () => {
    for (const name of ['ab', 'db-data', 'my_vol.1', '0x', '', 'A9']) assert.equal(validateVolumeName(name), undefined, name);
  });
  it('refuses one-character names with the engine text', () => {
    assert.equal(validateVolumeName('a')?.en, '"a": volume name is too short, names should be at least two alphanumeric characters');
  });
  it('refuses invalid characters with the engine text', () => {
    for (const name of ['a b', '-ab', '.ab', 'a/b', '_ab', 'ä1']) {
      assert.equal(validateVolumeName(name)?.en, `"${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed`, name);
    }
  });
  it('leaves other drivers to themselves', () => {
    assert.equal(validateVolumeName('a b', 'nfs-plugin'), undefined);
  });
});
describe('parseKeyValues', () => {
  it('reads key=value pairs and flags empty keys', () => {
    assert.deepEqual(parseKeyValues('a=1, b=x=y\nflag'), { values: { a: '1', b: 'x=y', flag: '' }, invalid: [] });
    assert.deepEqual(parseKeyValues('=oops').invalid, ['=oops']);
  });
});
