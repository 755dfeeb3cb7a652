import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../../../src/core';
import { range } from '../../../../../src/core/text';
import { applyFix, findingsOf } from './findings';

const sw301 = (text: string, kind: 'shell' | 'markdown' | 'makefile' | 'workflow' = 'shell') => findingsOf('SW301', text, kind);

describe('SW301 anonymous volume without --rm', () => {
  it('reports docker run -v /path without --rm on the anonymous spec, with a warning and both languages', () => {
    const [finding, ...rest] = sw301('docker run -d -v /data busybox:1');
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

  it("counts the image's declared volumes with no mount exactly there, reported on the image", () => {
    const [finding] = sw301('docker run -d --name db -e POSTGRES_PASSWORD=x postgres:16');
    assert.deepEqual(finding?.range, range(0, 47, 0, 58));
    assert.equal(
      finding?.message.en,
      "docker run creates an anonymous volume at /var/lib/postgresql/data (the image postgres:16 declares /var/lib/postgresql/data, with nothing mounted there) and has no --rm: each run leaves a new volume behind that only 'docker volume prune' removes.",
    );
    assert.equal(applyFix('docker run -d postgres:16', sw301('docker run -d postgres:16')[0]), 'docker run --rm -d postgres:16');
    const [both] = sw301('docker run -v /scratch mongo:7');
    assert.deepEqual(both?.range, range(0, 14, 0, 22));
    assert.match(both?.message.en ?? '', /creates 3 anonymous volumes \(\/scratch, \/data\/db, \/data\/configdb\) \(the image mongo:7 declares \/data\/db, \/data\/configdb,/);
  });

  it('stays quiet when a mount sits exactly at each image volume, with --rm, or when the image is unknown', () => {
    assert.deepEqual(sw301('docker run -d -v pg:/var/lib/postgresql/data/ postgres:16'), []);
    assert.deepEqual(sw301('docker run -d --mount type=tmpfs,dst=/data redis:7'), []);
    assert.deepEqual(sw301('docker run --rm postgres:16'), []);
    assert.deepEqual(sw301('docker run -d example/app:1'), []);
    assert.deepEqual(sw301('docker run -d --volumes-from old postgres:16'), []);
    // An anonymous -v at the image's path is the same volume: counted once.
    assert.match(sw301('docker run -v /data redis:7')[0]?.message.en ?? '', /creates an anonymous volume at \/data and/);
    // A mount above the path, or a --tmpfs written with a trailing slash, does not stop the engine.
    assert.equal(sw301('docker run -v pg:/var/lib postgres:16').length, 1);
    assert.equal(sw301('docker run --tmpfs /data/ redis:7').length, 1);
  });

  it('takes the image volumes from engine facts when given', () => {
    const text = 'docker run -d example/app:1\n';
    const engine = (ref: string): readonly string[] | undefined => (ref === 'example/app:1' ? ['/srv/data'] : undefined);
    const findings = analyze(text, { path: 'run.sh', kind: 'shell', imageVolumes: { engine } })?.findings.filter((f) => f.code === 'SW301') ?? [];
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.message.en ?? '', /at \/srv\/data \(the image example\/app:1 declares/);
  });
});
