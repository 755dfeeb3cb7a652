import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../../../src/core';
import { serviceImage } from '../../../../src/core/images/composeService';

function images(text: string): Record<string, unknown> {
  const document = readDocument(text, 'compose', { path: 'compose.yaml' });
  const result: Record<string, unknown> = {};
  for (const service of document.compose?.services ?? []) {
    const found = serviceImage(document, service);
    result[service.name.value] = {
      image: found.image === undefined ? undefined : `${found.image.value}@${found.image.range.start.line}:${found.image.range.start.character}-${found.image.range.end.character}`,
      build: found.build === undefined ? undefined : { context: found.build.context, dockerfile: found.build.dockerfile, target: found.build.target },
    };
  }
  return result;
}

describe('serviceImage', () => {
  it('reads image: plain, quoted, with a comment, and build: as a scalar or a block', () => {
    const text = [
      'services:',
      '  a:',
      '    image: postgres:16 # the database',
      '  b:',
      '    environment:',
      '      image: not-this',
      '    "image": "mysql:8"',
      '  c:',
      '    build: ./c',
      '  d:',
      '    # comment',
      '    build:',
      '      context: api',
      '      dockerfile: "Dockerfile.dev"',
      '      target: dev',
      '      args:',
      '        target: not-this',
      '    image: example/d',
      '  e: { image: \'redis:7\', ports: [] }',
      '  f:',
      '    image:',
      '',
    ].join('\n');
    assert.deepEqual(images(text), {
      a: { image: 'postgres:16@2:11-22', build: undefined },
      b: { image: 'mysql:8@6:14-21', build: undefined },
      c: { image: undefined, build: { context: './c', dockerfile: undefined, target: undefined } },
      d: { image: 'example/d@17:11-20', build: { context: 'api', dockerfile: 'Dockerfile.dev', target: 'dev' } },
      e: { image: 'redis:7@18:15-22', build: undefined },
      f: { image: undefined, build: undefined },
    });
  });

  it('reads CRLF files and tab-free indentation of any width', () => {
    const text = 'services:\r\n    db:\r\n        image: mongo:7\r\n';
    assert.deepEqual(images(text), { db: { image: 'mongo:7@2:15-22', build: undefined } });
  });
});
