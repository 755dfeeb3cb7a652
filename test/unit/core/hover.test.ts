import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentKind } from '../../../src/core';
import { analyze, LineIndex } from '../../../src/core';
import { computeHover } from '../../../src/core/hover';

function hoverAt(text: string, kind: DocumentKind, needle: string, delta = 0, path = 'x'): ReturnType<typeof computeHover> & { at: { line: number; character: number } } | undefined {
  const result = analyze(text, { path, kind });
  assert.ok(result);
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  const at = new LineIndex(text).positionAt(offset + delta);
  const hover = computeHover(result.document, at);
  return hover === undefined ? undefined : { ...hover, at };
}

function rangeText(text: string, hover: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(hover.range.start), lines.offsetAt(hover.range.end));
}

describe('computeHover', () => {
  describe('docker run flags and -v specs', () => {
    const script = "docker run --rm --read-only -v pgdata:/var/lib/postgresql/data:ro,nocopy -v /cache -v ./src:/app:z --volumes-from web:ro busybox\n";

    it('resolves a named volume source and shows the equivalent --mount', () => {
      const hover = hoverAt(script, 'shell', 'pgdata', 1);
      assert.ok(hover);
      assert.equal(rangeText(script, hover), 'pgdata');
      assert.match(hover.contents.en, /^Named volume `pgdata` at `\/var\/lib\/postgresql\/data`, read-only\./);
      assert.match(hover.contents.en, /--mount type=volume,source=pgdata,target=\/var\/lib\/postgresql\/data,readonly,volume-nocopy/);
      assert.match(hover.contents.ko, /^`\/var\/lib\/postgresql\/data`에 이름 있는 볼륨 `pgdata`, 읽기 전용\./);
    });

    it('explains each mode word on its own range', () => {
      const ro = hoverAt(script, 'shell', ':ro,', 1);
      assert.ok(ro);
      assert.equal(rangeText(script, ro), 'ro');
      assert.match(ro.contents.en, /\*\*ro: read-only\*\*/);
      const nocopy = hoverAt(script, 'shell', 'nocopy', 2);
      assert.ok(nocopy);
      assert.equal(rangeText(script, nocopy), 'nocopy');
      assert.match(nocopy.contents.en, /\*\*nocopy\*\*/);
    });

    it('calls a -v without source an anonymous volume, and a relative path a bind mount', () => {
      const anonymous = hoverAt(script, 'shell', '/cache', 2);
      assert.match(anonymous?.contents.en ?? '', /^Anonymous volume at `\/cache`: a new one for every container/);
      const bind = hoverAt(script, 'shell', './src', 1);
      assert.match(bind?.contents.en ?? '', /^Bind mount of host path `\.\/src` at `\/app`\./);
      const slash = hoverAt('docker run --rm -v /srv/site:/usr/share/nginx/html nginx\n', 'shell', '/srv', 1);
      assert.match(slash?.contents.en ?? '', /`--mount` refuses it \("bind source path does not exist"\)/);
      // z has no --mount field, so no equivalent is offered.
      assert.doesNotMatch(bind?.contents.en ?? '', /--mount type=/);
    });

    it('documents the flags themselves', () => {
      for (const [flag, title] of [['--rm', '**--rm**'], ['--read-only', '**--read-only**'], ['-v', '**-v, --volume'], ['--volumes-from', '**--volumes-from']] as const) {
        const hover = hoverAt(script, 'shell', ` ${flag} `, 2);
        assert.ok(hover, flag);
        assert.equal(rangeText(script, hover), flag);
        assert.ok(hover.contents.en.startsWith(title), `${flag}: ${hover.contents.en.slice(0, 40)}`);
      }
    });

    it('resolves --volumes-from', () => {
      const hover = hoverAt(script, 'shell', 'web:ro', 1);
      assert.match(hover?.contents.en ?? '', /^All mounts of container `web`, read-only here\./);
    });

    it('adds the storage kinds only when asked (the first mount hover of a document)', () => {
      const result = analyze(script, { path: 'x', kind: 'shell' });
      assert.ok(result);
      const at = new LineIndex(script).positionAt(script.indexOf('pgdata'));
      assert.match(computeHover(result.document, at, { withStorageKinds: true })?.contents.en ?? '', /Container writable layer/);
      assert.doesNotMatch(computeHover(result.document, at)?.contents.en ?? '', /Container writable layer/);
    });
  });

  describe('--mount and --tmpfs', () => {
    const script = 'docker run --rm --mount type=bind,src=./site,dst=/srv,bind-propagation=rshared --tmpfs /run:size=64m busybox\n';

    it('explains each --mount key and value', () => {
      const type = hoverAt(script, 'shell', 'type=', 1);
      assert.equal(rangeText(script, type ?? assert.fail()), 'type');
      assert.match(type?.contents.en ?? '', /\*\*type\*\*/);
      assert.match(type?.contents.en ?? '', /^Bind mount of host path `\.\/site` at `\/srv`\./);
      const value = hoverAt(script, 'shell', 'rshared', 2);
      assert.equal(rangeText(script, value ?? assert.fail()), 'rshared');
      assert.match(value?.contents.en ?? '', /Here: `bind-propagation=rshared`/);
      assert.match(value?.contents.en ?? '', /\*\*bind-propagation\*\*/);
      const dst = hoverAt(script, 'shell', 'dst=', 1);
      assert.match(dst?.contents.en ?? '', /\*\*target, dst, destination\*\*/);
    });

    it('explains --tmpfs', () => {
      const hover = hoverAt(script, 'shell', '/run', 1);
      assert.match(hover?.contents.en ?? '', /^tmpfs at `\/run`: memory only, gone when the container stops\./);
    });
  });

  describe('docker volume commands', () => {
    it('explains prune with Engine 23+ behaviour, and --all', () => {
      const script = 'docker volume prune --all --force\n';
      const verb = hoverAt(script, 'shell', 'prune', 1);
      assert.equal(rangeText(script, verb ?? assert.fail()), 'volume prune');
      assert.match(verb?.contents.en ?? '', /only \*\*anonymous\*\* volumes unless `--all`/);
      const all = hoverAt(script, 'shell', '--all', 3);
      assert.match(all?.contents.en ?? '', /^`--all`: unused named volumes are removed too\./);
    });

    it('explains create, ls, inspect and rm', () => {
      for (const verb of ['create', 'ls', 'inspect', 'rm']) {
        const script = `docker volume ${verb} data\n`;
        const hover = hoverAt(script, 'shell', verb, 1);
        assert.ok(hover?.contents.en.startsWith(`**docker volume ${verb}`), verb);
      }
    });
  });

  describe('Dockerfile', () => {
    const dockerfile = 'FROM alpine\nRUN --mount=type=cache,target=/root/.cache,sharing=locked apk add git\nVOLUME /data\n';

    it('explains VOLUME and its path', () => {
      const keyword = hoverAt(dockerfile, 'dockerfile', 'VOLUME', 2);
      assert.equal(rangeText(dockerfile, keyword ?? assert.fail()), 'VOLUME');
      assert.match(keyword?.contents.en ?? '', /\*\*new anonymous volume\*\*/);
      const path = hoverAt(dockerfile, 'dockerfile', '/data', 1);
      assert.match(path?.contents.en ?? '', /^Image mount point `\/data`/);
    });

    it('explains RUN --mount keys', () => {
      const sharing = hoverAt(dockerfile, 'dockerfile', 'sharing', 1);
      assert.equal(rangeText(dockerfile, sharing ?? assert.fail()), 'sharing');
      assert.match(sharing?.contents.en ?? '', /^Build cache/);
      assert.match(sharing?.contents.en ?? '', /`locked` \(wait\)/);
      const flag = hoverAt(dockerfile, 'dockerfile', '--mount', 3);
      assert.match(flag?.contents.en ?? '', /^\*\*RUN --mount\*\*/);
    });
  });

  describe('Compose', () => {
    const compose = [
      'services:',
      '  db:',
      '    image: postgres',
      '    volumes:',
      '      - pgdata:/var/lib/postgresql/data:ro',
      '      - type: bind',
      '        source: ./conf',
      '        target: /etc/conf',
      '        bind:',
      '          create_host_path: false',
      '    tmpfs: /run',
      'volumes:',
      '  pgdata:',
      '    external: true',
      '',
    ].join('\n');

    it('explains short-syntax parts', () => {
      const source = hoverAt(compose, 'compose', 'pgdata:/var', 1);
      assert.match(source?.contents.en ?? '', /^Named volume `pgdata` at `\/var\/lib\/postgresql\/data`, read-only\./);
      assert.match(source?.contents.en ?? '', /\*\*VOLUME or host path\*\*/);
      const mode = hoverAt(compose, 'compose', ':ro', 1);
      assert.match(mode?.contents.en ?? '', /\*\*ro: read-only\*\*/);
    });

    it('explains long-syntax keys, nested option keys included', () => {
      const source = hoverAt(compose, 'compose', 'source: ./conf', 1);
      assert.match(source?.contents.en ?? '', /^Bind mount of host path `\.\/conf` at `\/etc\/conf`\./);
      assert.match(source?.contents.en ?? '', /\*\*source\*\*/);
      const nested = hoverAt(compose, 'compose', 'create_host_path', 1);
      assert.match(nested?.contents.en ?? '', /\*\*bind\.create_host_path\*\*/);
    });

    it('explains service keys, top-level volumes and their keys', () => {
      const tmpfs = hoverAt(compose, 'compose', 'tmpfs:', 1);
      assert.match(tmpfs?.contents.en ?? '', /^\*\*tmpfs \(service\)\*\*/);
      const top = hoverAt(compose, 'compose', '\nvolumes:', 2);
      assert.match(top?.contents.en ?? '', /^\*\*volumes \(top level\)\*\*/);
      const name = hoverAt(compose, 'compose', '  pgdata:\n', 3);
      assert.match(name?.contents.en ?? '', /^Named volume `pgdata` \(external: created outside this project\), used by `db`\./);
      const external = hoverAt(compose, 'compose', 'external', 1);
      assert.match(external?.contents.en ?? '', /^\*\*external\*\*/);
    });
  });

  it('explains the flag of a spec the parser refused', () => {
    const script = 'docker run --rm -v :/data busybox\n';
    const hover = hoverAt(script, 'shell', ':/data', 2);
    assert.ok(hover);
    assert.equal(rangeText(script, hover), ':/data');
    assert.match(hover.contents.en, /^\*\*-v, --volume/);
  });

  it('returns nothing away from storage syntax', () => {
    assert.equal(hoverAt('echo hello world\n', 'shell', 'hello', 1), undefined);
  });
});
