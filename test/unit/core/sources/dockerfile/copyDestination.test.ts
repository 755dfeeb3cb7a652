import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyDestination } from '../../../../../src/core/sources/dockerfile/copyDestination';
import { GlobalScope, StageScope } from '../../../../../src/core/sources/dockerfile/scope';
import { LineIndex } from '../../../../../src/core/text';

function dest(args: string, workdir?: string): string | undefined {
  const scope = new StageScope(new GlobalScope());
  scope.workdir = workdir;
  scope.env.set('D', '/env');
  const m = { text: args, offsets: [...args].map((_, i) => i), end: args.length };
  return copyDestination(m, '\\', scope, new LineIndex(args))?.value;
}

describe('copyDestination', () => {
  it('takes the last argument after the flags, made absolute against WORKDIR', () => {
    assert.equal(dest('--from=build --chown=1:1 a b ./lib/', '/app'), '/app/lib');
    assert.equal(dest('a /abs'), '/abs');
    assert.equal(dest('a $D/x'), '/env/x');
    assert.equal(dest('["a b", "c d"]', '/w'), '/w/c d');
    assert.equal(dest('<<EOF /etc/conf'), undefined);
  });
  it('has nothing to say without a source and a destination', () => {
    assert.equal(dest(''), undefined);
    assert.equal(dest('only'), undefined);
  });
});
