import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GlobalScope, StageScope } from '../../../../../src/core/sources/dockerfile/scope';

describe('ARG/ENV scope', () => {
  it('hides global ARGs until the stage declares them, then takes the global default', () => {
    const global = new GlobalScope();
    global.args.set('V', '1.0');
    const stage = new StageScope(global);
    assert.equal(stage.lookup('V'), undefined);
    assert.equal(stage.isGlobalOnly('V'), true);
    stage.declareArg('V', undefined);
    assert.equal(stage.lookup('V'), '1.0');
    assert.equal(stage.isGlobalOnly('V'), false);
  });
  it('lets ENV win over ARG and passes ENV and WORKDIR, not ARG, to a child stage', () => {
    const global = new GlobalScope();
    const parent = new StageScope(global);
    parent.declareArg('X', 'arg');
    parent.env.set('X', 'env');
    parent.env.set('Y', 'y');
    parent.workdir = '/w';
    assert.equal(parent.lookup('X'), 'env');
    const child = new StageScope(global, parent);
    assert.equal(child.lookup('Y'), 'y');
    assert.equal(child.workdir, '/w');
    child.env.delete('X');
    assert.equal(child.lookup('X'), undefined);
  });
  it('knows the automatic platform ARGs and PATH', () => {
    const stage = new StageScope(new GlobalScope());
    assert.equal(stage.isGlobalOnly('TARGETARCH'), true);
    stage.declareArg('TARGETARCH', undefined);
    assert.equal(stage.lookup('TARGETARCH'), null);
    assert.match(stage.lookup('PATH') ?? '', /\/usr\/bin/);
  });
});
