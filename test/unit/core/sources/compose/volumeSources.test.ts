import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseComposeShort } from '../../../../../src/core/mounts/composeShort';
import type { Mount } from '../../../../../src/core/mounts/mount';
import { verbatimSpec } from '../../../../../src/core/mounts/specText';
import { readServices } from '../../../../../src/core/sources/compose/services';
import { toComposeNode } from '../../../../../src/core/sources/compose/node';
import type { ComposeMap } from '../../../../../src/core/sources/compose/node';
import { sourceCanName, volumeSource } from '../../../../../src/core/sources/compose/volumeSources';
import { LineIndex } from '../../../../../src/core/text';
import { parseDocument } from 'yaml';

const context = { kind: 'compose-service', name: 'app' } as const;

function short(spec: string): Mount {
  const mount = parseComposeShort(verbatimSpec(spec, 0, new LineIndex(spec)), context).mount;
  assert.ok(mount, spec);
  return mount;
}

function mounts(text: string): Mount[] {
  const doc = parseDocument(text, { keepSourceTokens: true });
  return readServices(toComposeNode(doc.contents, doc, new LineIndex(text)) as ComposeMap, []).flatMap((s) => [...s.mounts]);
}

describe('volumeSource', () => {
  it('gives the name of a named volume and nothing for binds, tmpfs and anonymous volumes', () => {
    assert.equal(volumeSource(short('data:/d')), 'data');
    assert.equal(volumeSource(short('./data:/d')), undefined);
    assert.equal(volumeSource(short('/srv:/d')), undefined);
    assert.equal(volumeSource(short('/d')), undefined);
    const [bind, volume, tmpfs] = mounts(
      'services:\n  app:\n    tmpfs: /run\n    volumes:\n      - {type: bind, source: ./x, target: /x}\n      - {type: volume, source: logs, target: /l}\n',
    );
    assert.ok(bind && volume && tmpfs);
    assert.deepEqual([bind, volume, tmpfs].map(volumeSource), [undefined, 'logs', undefined]);
  });

  it('keeps a short-syntax source with a variable when, with every variable unset, it reads as a name', () => {
    assert.equal(volumeSource(short('${VOLUME}:/d')), '${VOLUME}');
    assert.equal(volumeSource(short('${VOLUME:-data}:/d')), '${VOLUME:-data}');
    assert.equal(volumeSource(short('${PROJECT}_data:/d')), '${PROJECT}_data');
    assert.equal(volumeSource(short('data_$ENV:/d')), 'data_$ENV');
  });

  it('drops a short-syntax source whose default or written start is a host path', () => {
    assert.equal(volumeSource(short('${DATA_DIR:-./data}:/d')), undefined);
    assert.equal(volumeSource(short('${DATA_DIR-/srv/data}:/d')), undefined);
    assert.equal(volumeSource(short('${OUTER:-${INNER:-~/data}}:/d')), undefined);
    assert.equal(volumeSource(short('${HOME}/data:/d')), undefined);
    assert.equal(volumeSource(short('$HOME/.config:/d')), undefined);
    assert.equal(volumeSource(short('./cache/${NAME}:/d')), undefined);
  });

  it('takes the long syntax at its word: a variable source names a volume only under `type: volume`', () => {
    const [bind, volume] = mounts(
      'services:\n  app:\n    volumes:\n      - {type: bind, source: "${NAME}", target: /b}\n      - {type: volume, source: "${DIR:-./x}", target: /v}\n',
    );
    assert.ok(bind && volume);
    assert.equal(volumeSource(bind), undefined);
    assert.equal(volumeSource(volume), '${DIR:-./x}');
  });
});

describe('sourceCanName', () => {
  it('compares a source without variables exactly', () => {
    assert.equal(sourceCanName('data', 'data'), true);
    assert.equal(sourceCanName('data', 'data2'), false);
    assert.equal(sourceCanName('price$$list', 'price$$list'), true);
  });

  it('lets each variable stand for any text and keeps the written parts in order', () => {
    assert.equal(sourceCanName('${VOLUME}', 'anything'), true);
    assert.equal(sourceCanName('${PROJECT}_data', 'app_data'), true);
    assert.equal(sourceCanName('${PROJECT}_data', '_data'), true);
    assert.equal(sourceCanName('${PROJECT}_data', 'app_cache'), false);
    assert.equal(sourceCanName('data_$ENV', 'data_prod'), true);
    assert.equal(sourceCanName('data_$ENV', 'cache_prod'), false);
    assert.equal(sourceCanName('a${X}b${Y}c', 'a-b-c'), true);
    assert.equal(sourceCanName('a${X}b${Y}c', 'acb'), false);
    assert.equal(sourceCanName('ab${X}ba', 'aba'), false);
    assert.equal(sourceCanName('${A:-x}${B:-${C}}-logs', 'web-logs'), true);
    assert.equal(sourceCanName('$${X}', '${X}'), false);
  });

  it('stays linear on a source with thousands of variables', () => {
    const source = '${A}a'.repeat(5000) + 'b';
    assert.equal(sourceCanName(source, 'a'.repeat(20000)), false);
    assert.equal(sourceCanName(source, 'a'.repeat(20000) + 'b'), true);
  });
});
