import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globalFlagTakesValue, isBooleanLongFlag, isBooleanShorthand, parseGoBool, storageFlagOf, sudoFlagTakesValue } from '../../../../../src/core/sources/commandLine/flags';

describe('flag tables', () => {
  it('knows the boolean flags of docker run and that the rest take values', () => {
    assert.equal(isBooleanLongFlag('rm'), true);
    assert.equal(isBooleanLongFlag('read-only'), true);
    assert.equal(isBooleanLongFlag('name'), false);
    assert.equal(isBooleanShorthand('d'), true);
    assert.equal(isBooleanShorthand('v'), false);
    assert.equal(isBooleanShorthand('e'), false);
  });
  it('maps storage flags to their kind', () => {
    assert.deepEqual(['v', 'volume', 'mount', 'tmpfs', 'volumes-from', 'env'].map(storageFlagOf), ['volume', 'volume', 'mount', 'tmpfs', 'volumes-from', undefined]);
  });
  it('knows which program and sudo options take a value', () => {
    assert.equal(globalFlagTakesValue('-H'), true);
    assert.equal(globalFlagTakesValue('--host=x'), false);
    assert.equal(globalFlagTakesValue('--debug'), false);
    assert.equal(sudoFlagTakesValue('-u'), true);
    assert.equal(sudoFlagTakesValue('-E'), false);
  });
  it('parses booleans like Go strconv.ParseBool', () => {
    assert.deepEqual(['1', 't', 'TRUE', 'True', '0', 'F', 'false', 'yes', ''].map(parseGoBool), [true, true, true, true, false, false, false, undefined, undefined]);
  });
});
