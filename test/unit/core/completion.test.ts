import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentKind } from '../../../src/core';
import { analyze, LineIndex } from '../../../src/core';
import { computeCompletions, yamlKeyPath, yamlParentPath } from '../../../src/core/completion';

/** Completions at the `|` in `text`. */
function complete(textWithCursor: string, kind: DocumentKind): ReturnType<typeof computeCompletions> {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const result = analyze(text, { path: 'x', kind });
  assert.ok(result);
  return computeCompletions(result.document, new LineIndex(text).positionAt(offset));
}

const labels = (items: ReturnType<typeof computeCompletions>): string[] => items.map((i) => i.label);

describe('computeCompletions', () => {
  describe('--mount', () => {
    it('offers the keys of the default type (volume) and leaves out keys already written', () => {
      const items = complete('docker run --mount source=data,|\n', 'shell');
      assert.ok(labels(items).includes('volume-nocopy'));
      assert.ok(labels(items).includes('target'));
      assert.ok(!labels(items).includes('source'));
      assert.ok(!labels(items).includes('bind-propagation'));
      assert.ok(!labels(items).includes('tmpfs-size'));
    });

    it('offers the keys that fit type=tmpfs, filtered by what is typed, replacing the partial word', () => {
      const items = complete('docker run --mount=type=tmpfs,tmpfs-|\n', 'shell');
      assert.deepEqual(labels(items), ['tmpfs-size', 'tmpfs-mode']);
      assert.deepEqual(items[0]?.range, { start: { line: 0, character: 30 }, end: { line: 0, character: 36 } });
      assert.equal(items[0]?.insertText, 'tmpfs-size=');
    });

    it('offers values for type and bind-propagation', () => {
      assert.deepEqual(labels(complete('docker run --mount type=|\n', 'shell')), ['volume', 'bind', 'tmpfs', 'npipe', 'image', 'cluster']);
      assert.deepEqual(labels(complete('docker run --mount type=bind,bind-propagation=rs|\n', 'shell')), ['rshared', 'rslave']);
    });

    it('offers volume names known in the document for a volume source', () => {
      const items = complete('docker volume create cache\ndocker run -v pgdata:/data busybox\ndocker run --mount type=volume,source=|\n', 'shell');
      assert.deepEqual(labels(items), ['cache', 'pgdata']);
    });
  });

  describe('-v', () => {
    it('offers known volume names as the source, with the colon', () => {
      const items = complete('docker volume create pgdata\ndocker run --rm -v pg|\n', 'shell');
      assert.deepEqual(items.map((i) => [i.label, i.insertText]), [['pgdata', 'pgdata:']]);
      assert.deepEqual(complete('docker volume create pgdata\ndocker run --rm -v /|\n', 'shell'), []);
    });
  });

  describe('mode words and tmpfs options', () => {
    it('offers -v modes after the second colon, and Compose short-syntax modes', () => {
      assert.deepEqual(labels(complete('docker run --rm -v data:/data:r|\n', 'shell')), ['ro', 'rw', 'rprivate', 'rshared', 'rslave']);
      assert.deepEqual(labels(complete('docker run --rm -v data:/data:ro,n|\n', 'shell')), ['nocopy']);
      assert.deepEqual(labels(complete('services:\n  app:\n    volumes:\n      - ./src:/app:|\n', 'compose')).slice(0, 5), ['ro', 'rw', 'z', 'Z', 'nocopy']);
    });

    it('offers no modes in a Compose list that is not a service\'s volumes', () => {
      assert.deepEqual(complete('services:\n  app:\n    ports:\n      - 127.0.0.1:8080:|\n', 'compose'), []);
    });

    it('offers tmpfs mount options after the path', () => {
      const items = complete('docker run --rm --tmpfs /run:rw,s|\n', 'shell');
      assert.deepEqual(items.map((i) => [i.label, i.insertText]), [['size', 'size='], ['suid', 'suid']]);
    });
  });

  describe('RUN --mount', () => {
    it('offers BuildKit keys for the chosen type', () => {
      const items = complete('FROM alpine\nRUN --mount=type=cache,|\n', 'dockerfile');
      assert.deepEqual(labels(items), ['target', 'id', 'readonly', 'sharing', 'from', 'source', 'mode', 'uid', 'gid']);
      const secret = complete('FROM alpine\nRUN --mount=type=secret,|\n', 'dockerfile');
      assert.ok(labels(secret).includes('env'));
      assert.ok(!labels(secret).includes('sharing'));
    });

    it('offers BuildKit types and sharing modes', () => {
      assert.deepEqual(labels(complete('FROM alpine\nRUN --mount=type=|\n', 'dockerfile')), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
      assert.deepEqual(labels(complete('FROM alpine\nRUN --mount=type=cache,sharing=|\n', 'dockerfile')), ['shared', 'private', 'locked']);
    });
  });

  describe('Compose', () => {
    const head = 'services:\n  app:\n    image: nginx\n    volumes:\n';
    const tail = 'volumes:\n  appdata:\n  logs:\n';

    it('offers long-syntax keys and declared volume names on a new list item', () => {
      const items = complete(`${head}      - |\n${tail}`, 'compose');
      assert.deepEqual(labels(items), ['type', 'source', 'target', 'read_only', 'consistency', 'bind', 'volume', 'tmpfs', 'image', 'appdata:', 'logs:']);
    });

    it('offers the remaining keys inside a long-syntax item and the keys of an option block', () => {
      assert.deepEqual(labels(complete(`${head}      - type: bind\n        re|\n${tail}`, 'compose')), ['read_only']);
      assert.deepEqual(labels(complete(`${head}      - type: bind\n        bind:\n          |\n${tail}`, 'compose')), ['propagation', 'create_host_path', 'selinux', 'recursive']);
    });

    it('offers values: types, booleans, propagation, and volume names for a volume source', () => {
      assert.deepEqual(labels(complete(`${head}      - type: |\n${tail}`, 'compose')), ['volume', 'bind', 'tmpfs', 'image', 'npipe', 'cluster']);
      assert.deepEqual(labels(complete(`${head}      - type: volume\n        source: |\n${tail}`, 'compose')), ['appdata', 'logs']);
      assert.deepEqual(labels(complete(`${head}      - type: bind\n        source: |\n${tail}`, 'compose')), []);
      // The half-typed name is the mount being written, not a volume to offer.
      assert.deepEqual(labels(complete(`${head}      - type: volume\n        source: ap|\n${tail}`, 'compose')), ['appdata']);
      assert.deepEqual(labels(complete(`${head}      - type: volume\n        source: lo|\n${tail}`, 'compose')), ['logs']);
      assert.deepEqual(labels(complete(`${head}      - type: bind\n        bind:\n          propagation: r|\n${tail}`, 'compose')), ['rprivate', 'rshared', 'rslave']);
    });

    it('offers nothing outside service volumes', () => {
      assert.deepEqual(labels(complete('services:\n  app:\n    |\n', 'compose')), []);
    });
  });

  describe('YAML paths from indentation', () => {
    const text = 'services:\n  app:\n    volumes:\n      - type: bind\n        bind:\n          propagation: shared\nvolumes:\n  data:\n';
    const lines = new LineIndex(text);
    it('reads the parents of a key, list items as []', () => {
      assert.deepEqual(yamlParentPath(lines, 5, 10), ['services', 'app', 'volumes', '[]', 'bind']);
      assert.deepEqual(yamlKeyPath(lines, 3), ['services', 'app', 'volumes', '[]', 'type']);
      assert.deepEqual(yamlKeyPath(lines, 7), ['volumes', 'data']);
    });
  });
});
