import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { range } from '../../../../../src/core/text';
import { findingsOf } from './findings';

const sw306 = (text: string) => findingsOf('SW306', text);

describe('SW306 invalid --volumes-from mode', () => {
  it('reports a mode other than ro or rw with the daemon\'s error', () => {
    const [finding] = sw306('docker run --volumes-from web:bogus img');
    assert.equal(finding?.severity, 'error');
    assert.deepEqual(finding?.range, range(0, 30, 0, 35));
    assert.match(finding?.message.en ?? '', /invalid mode: bogus/);
  });

  it('stays quiet for NAME, NAME:ro and NAME:rw', () => {
    assert.deepEqual(sw306('docker run --volumes-from web --volumes-from=db:ro --volumes-from cache:rw img'), []);
  });
});
