import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core';
import type { InspectImage } from '../../../src/server/imageFacts';
import { imageRefsOf, ImageFactsStore } from '../../../src/server/imageFacts';

const quiet = { info: (): void => undefined, error: (): void => undefined };

function store(): { images: ImageFactsStore; changes: () => number } {
  let changes = 0;
  const images = new ImageFactsStore({ log: quiet, onChange: () => changes++ });
  return { images, changes: () => changes };
}

describe('imageRefsOf', () => {
  it('collects Compose `image:` values, without variables', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n  app:\n    image: ${APP_IMAGE}\n  web:\n    build: .\n';
    const result = analyze(text, { path: '/p/compose.yaml' });
    assert.ok(result !== undefined);
    assert.deepEqual(imageRefsOf(result.document), ['postgres:16']);
  });

  it('collects the images of docker run and create, not of other verbs', () => {
    const text = '#!/bin/sh\ndocker run --rm -v a:/a alpine:3 sh\ndocker create redis:7\ndocker volume create x\n';
    const result = analyze(text, { path: '/p/run.sh' });
    assert.ok(result !== undefined);
    assert.deepEqual(imageRefsOf(result.document).sort(), ['alpine:3', 'redis:7']);
  });
});

describe('ImageFactsStore', () => {
  it('answers nothing without an engine and never inspects', async () => {
    const { images } = store();
    images.want(['postgres:16']);
    await images.settled();
    assert.equal(images.facts, undefined);
  });

  it('inspects wanted images in the background and keeps Config.Volumes paths; absent images stay unknown', async () => {
    const { images, changes } = store();
    const asked: string[] = [];
    const inspect: InspectImage = async (ref) => {
      asked.push(ref);
      return ref === 'app:1' ? { Config: { Volumes: { '/srv/state': {}, '/cache': {} } } } : undefined;
    };
    images.setInspector(inspect);
    images.want(['app:1', 'missing:2']);
    await images.settled();
    assert.deepEqual(asked.sort(), ['app:1', 'missing:2']);
    assert.deepEqual(images.facts?.volumes.get('app:1'), ['/srv/state', '/cache']);
    assert.equal(images.facts?.volumes.has('missing:2'), false);
    assert.equal(changes(), 1);
    // Asked again only on refresh.
    images.want(['app:1']);
    await images.settled();
    assert.equal(asked.length, 2);
  });

  it('keeps the previous answer when an inspect fails, and drops it when the image is gone', async () => {
    const { images } = store();
    let mode: 'present' | 'fail' | 'gone' = 'present';
    images.setInspector(async () => {
      if (mode === 'fail') throw new Error('no answer within 10 ms');
      return mode === 'present' ? { Config: { Volumes: { '/data': {} } } } : undefined;
    });
    images.want(['app:1']);
    await images.settled();
    const first = images.facts;
    mode = 'fail';
    images.refreshAll();
    await images.settled();
    assert.equal(images.facts, first, 'unchanged facts keep their identity, so analyses are not redone');
    mode = 'gone';
    images.refreshAll();
    await images.settled();
    assert.equal(images.facts?.volumes.has('app:1'), false);
  });

  it('forgets every answer when the engine goes away, and ignores answers that arrive after', async () => {
    const { images, changes } = store();
    let release: () => void = () => undefined;
    images.setInspector(() => new Promise((resolve) => (release = () => resolve({ Config: { Volumes: { '/late': {} } } }))));
    images.want(['app:1']);
    images.setInspector(undefined);
    release();
    await images.settled();
    assert.equal(images.facts, undefined);
    assert.equal(changes(), 0);
  });
});
