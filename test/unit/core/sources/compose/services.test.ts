import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import type { CodedProblem } from '../../../../../src/core/document';
import type { ComposeMap } from '../../../../../src/core/sources/compose/node';
import { toComposeNode } from '../../../../../src/core/sources/compose/node';
import { readServices } from '../../../../../src/core/sources/compose/services';
import { LineIndex } from '../../../../../src/core/text';

function services(text: string, problems: CodedProblem[] = []) {
  const doc = parseDocument(text, { keepSourceTokens: true });
  return readServices(toComposeNode(doc.contents, doc, new LineIndex(text)) as ComposeMap, problems);
}

describe('readServices', () => {
  it('reads short, long and tmpfs mounts in order, with the service as context', () => {
    const [web] = services('services:\n  web:\n    image: x\n    volumes:\n      - data:/data\n      - type: bind\n        source: .\n        target: /src\n    tmpfs:\n      - /run:size=64m,mode=1777\n      - /tmp\n');
    assert.ok(web);
    assert.equal(web.name.value, 'web');
    assert.deepEqual(web.mounts.map((m) => [m.syntax, m.type, m.target?.value]), [
      ['compose-short', 'volume', '/data'],
      ['compose-long', 'bind', '/src'],
      ['tmpfs-flag', 'tmpfs', '/run'],
      ['tmpfs-flag', 'tmpfs', '/tmp'],
    ]);
    assert.ok(web.mounts.every((m) => m.context.kind === 'compose-service' && m.context.name === 'web'));
    assert.deepEqual(web.mounts[2]?.options.map((o) => [o.key, o.value]), [['size', '64m'], ['mode', '1777']]);
    assert.deepEqual(web.volumesKeyRange, { start: { line: 3, character: 4 }, end: { line: 3, character: 11 } });
  });

  it('takes `tmpfs:` as a single string too', () => {
    const [job] = services('services:\n  job:\n    tmpfs: /scratch\n');
    assert.deepEqual(job?.mounts.map((m) => m.target?.value), ['/scratch']);
  });

  it('records volumes_from entries with their modes', () => {
    const [app] = services('services:\n  app:\n    volumes_from:\n      - db\n      - db:ro\n      - container:legacy:rw\n');
    assert.deepEqual(app?.volumesFrom.map((v) => [v.container.value, v.mode?.value]), [['db', undefined], ['db', 'ro'], ['container:legacy', 'rw']]);
    assert.deepEqual(app?.volumesFrom[2]?.mode?.range, { start: { line: 5, character: 25 }, end: { line: 5, character: 27 } });
  });

  it('tags parser problems with SW204 and SW205', () => {
    const problems: CodedProblem[] = [];
    services('services:\n  a:\n    volumes:\n      - data:/a:ro:extra\n      - type: volume\n', problems);
    assert.deepEqual(problems.map((p) => p.code), ['SW204', 'SW205']);
  });

  it('refuses volumes that are not a list, and entries that are neither text nor a mapping', () => {
    const problems: CodedProblem[] = [];
    services('services:\n  a:\n    volumes: ./data:/data\n  b:\n    volumes:\n      - 8080\n      - [x]\n      -\n', problems);
    assert.deepEqual(problems.map((p) => [p.code, p.problem.range.start.line, /must be a list|is either text/.exec(p.problem.message.en)?.[0]]), [
      ['SW204', 2, 'must be a list'],
      ['SW204', 5, 'is either text'],
      ['SW204', 6, 'is either text'],
    ]);
  });

  it('marks mounts that come from an anchor as shared', () => {
    const [one, two] = services('x-v: &v\n  - data:/d\nservices:\n  one:\n    volumes: *v\n  two:\n    volumes:\n      - data:/d\n');
    assert.equal(one?.sharedMounts.size, 1);
    assert.equal(two?.sharedMounts.size, 0);
  });

  it('returns nothing for a file without services', () => {
    assert.deepEqual(services('volumes:\n  a:\n'), []);
  });
});
