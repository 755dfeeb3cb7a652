import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { range } from '../../../../../src/core/text';
import { applyFix, findingsOf } from './findings';

const sw303 = (text: string) => findingsOf('SW303', text);

describe('SW303 invalid --mount spec', () => {
  it('reports what the --mount parser finds as an error', () => {
    const [finding] = sw303('docker run --mount type=bind,dst=/x img');
    assert.equal(finding?.severity, 'error');
    assert.match(finding?.message.en ?? '', /^docker run refuses this/);
    assert.ok((finding?.range.start.character ?? 0) >= 19);
  });

  it('reports a spec split after a comma once, on both words, and the fix rejoins them', () => {
    const text = 'docker run --mount type=volume,source=myvol, target=/data busybox';
    const findings = sw303(text);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.range, range(0, 19, 0, 57));
    assert.match(findings[0]?.message.en ?? '', /"invalid field '' must be a key=value pair"\. The space after the comma splits this --mount spec/);
    const fixed = applyFix(text, findings[0]);
    assert.equal(fixed, 'docker run --mount type=volume,source=myvol,target=/data busybox');
    assert.deepEqual(sw303(fixed), []);
  });

  it('rejoins a split spec across a line continuation', () => {
    const text = 'docker run --mount type=bind,src=/a, \\\n  dst=/b img';
    assert.equal(applyFix(text, sw303(text)[0]), 'docker run --mount type=bind,src=/a,dst=/b img');
  });

  it('reports a trailing comma with nothing to rejoin as the parser does', () => {
    const findings = sw303('docker run --mount type=volume,dst=/a, img');
    assert.equal(findings.length, 1);
    assert.doesNotMatch(findings[0]?.message.en ?? '', /splits this --mount spec/);
  });

  it('stays quiet for valid specs', () => {
    assert.deepEqual(sw303('docker run --mount type=volume,src=data,dst=/data,readonly --mount "type=bind,source=/a b,target=/b" img'), []);
  });
});
