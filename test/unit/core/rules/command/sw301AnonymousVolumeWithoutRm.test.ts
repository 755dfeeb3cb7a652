import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { range } from '../../../../../src/core/text';
import { applyFix, findingsOf } from './findings';

const sw301 = (text: string, kind: 'shell' | 'markdown' | 'makefile' | 'workflow' = 'shell') => findingsOf('SW301', text, kind);

describe('SW301 anonymous volume without --rm', () => {
  it('reports docker run -v /path without --rm on the anonymous spec, with a warning and both languages', () => {
    const [finding, ...rest] = sw301('docker run -d -v /data postgres:16');
    assert.equal(rest.length, 0);
    assert.equal(finding?.severity, 'warning');
    assert.deepEqual(finding?.range, range(0, 17, 0, 22));
    assert.equal(finding?.message.en, "docker run creates an anonymous volume at /data and has no --rm: each run leaves a new volume behind that only 'docker volume prune' removes.");
    assert.match(finding?.message.ko ?? '', /익명 볼륨/);
  });

  it('offers --rm right after the verb, and the fixed line is quiet', () => {
    const text = 'docker container create -v /data busybox';
    const fixed = applyFix(text, sw301(text)[0]);
    assert.equal(fixed, 'docker container create --rm -v /data busybox');
    assert.deepEqual(sw301(fixed), []);
  });

  it('counts every anonymous volume once, --mount type=volume without source included', () => {
    const [finding] = sw301('docker run -v /a -v /a/ --mount type=volume,dst=/b img');
    assert.match(finding?.message.en ?? '', /creates 2 anonymous volumes \(\/a, \/b\)/);
  });

  it('stays quiet with --rm, --rm=true, named volumes, binds and tmpfs', () => {
    assert.deepEqual(sw301('docker run --rm -v /data img'), []);
    assert.deepEqual(sw301('docker run --rm=true -v /data img'), []);
    assert.deepEqual(sw301('docker run -v data:/data -v /srv:/srv --tmpfs /run --mount type=volume,src=x,dst=/x img'), []);
  });

  it('reports --rm=false as no --rm, and the fix rewrites it', () => {
    const text = 'docker run -d --rm=false -v /data img';
    const [finding] = sw301(text);
    assert.equal(applyFix(text, finding), 'docker run -d --rm -v /data img');
    assert.deepEqual(finding?.fixes[0]?.title, { en: 'Use --rm', ko: '--rm 사용' });
  });

  it('does not count an anonymous -v that a bind, a --mount or a --tmpfs at the same path replaces', () => {
    assert.deepEqual(sw301('docker run -v /e -v /srv:/e/ img'), []);
    assert.deepEqual(sw301('docker run -v /e --mount type=tmpfs,dst=/e img'), []);
    assert.deepEqual(sw301('docker run -v /e/ --tmpfs /e img'), []);
    // The daemon matches --tmpfs paths as written: `/e/` does not replace `-v /e`.
    assert.equal(sw301('docker run -v /e --tmpfs /e/ img').length, 1);
  });

  it('ignores docker volume commands', () => {
    assert.deepEqual(sw301('docker volume create data && docker volume prune -f'), []);
  });

  it('works in Markdown, Makefiles and workflows', () => {
    assert.equal(sw301('```sh\ndocker run -v /x img\n```\n', 'markdown').length, 1);
    assert.equal(sw301('t:\n\tdocker run -v /x img\n', 'makefile').length, 1);
    const [inWorkflow] = sw301('steps:\n  - run: |\n      docker run -v /x img\n', 'workflow');
    assert.deepEqual(inWorkflow?.range, range(2, 20, 2, 22));
    assert.equal(applyFix('steps:\n  - run: |\n      docker run -v /x img\n', inWorkflow), 'steps:\n  - run: |\n      docker run --rm -v /x img\n');
  });

  it('inserts --rm before the first argument, also when it is on the next line', () => {
    const text = 'docker run \\\n  -v /x img';
    assert.equal(applyFix(text, sw301(text)[0]), 'docker run \\\n  --rm -v /x img');
  });
});
