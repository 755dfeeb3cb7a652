import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocEntry } from '../../../src/core/docs';
import {
  COMPOSE_LONG_KEY_DOCS, COMPOSE_LONG_VALUES, COMPOSE_SERVICE_KEY_DOCS, COMPOSE_SHORT_DOCS, COMPOSE_TOP_LEVEL_VOLUME_DOCS,
  DOCKERFILE_VOLUME_DOC, FLAG_ALIASES, FLAG_DOCS, MOUNT_FLAG_KEY_DOCS, MOUNT_FLAG_KEYS_BY_TYPE, MOUNT_FLAG_VALUES,
  RUN_MOUNT_FLAG_DOC, RUN_MOUNT_KEY_DOCS, RUN_MOUNT_KEYS_BY_TYPE, STORAGE_KINDS, VOLUME_COMMAND_DOCS, VOLUME_MODE_DOCS, renderEntry,
} from '../../../src/core/docs';

const HANGUL = /[\uac00-\ud7a3]/;

const tables: Record<string, Readonly<Record<string, DocEntry>>> = {
  FLAG_DOCS, VOLUME_COMMAND_DOCS, MOUNT_FLAG_KEY_DOCS, VOLUME_MODE_DOCS, RUN_MOUNT_KEY_DOCS, COMPOSE_LONG_KEY_DOCS,
  COMPOSE_TOP_LEVEL_VOLUME_DOCS, COMPOSE_SERVICE_KEY_DOCS, COMPOSE_SHORT_DOCS,
  single: { DOCKERFILE_VOLUME_DOC, RUN_MOUNT_FLAG_DOC },
};

describe('hover texts', () => {
  for (const [table, entries] of Object.entries(tables)) {
    it(`${table}: every entry is written in English and Korean and links Docker's docs`, () => {
      for (const [key, entry] of Object.entries(entries)) {
        for (const part of [entry.title, entry.body, entry.values, entry.defaultValue]) {
          if (part === undefined) continue;
          assert.ok(part.en.trim().length > 0, `${table}.${key} en`);
          assert.ok(part.ko.trim().length > 0, `${table}.${key} ko`);
        }
        assert.match(entry.body.ko, HANGUL, `${table}.${key} body is not Korean`);
        assert.match(entry.url, /^https:\/\/docs\.docker\.com\//, `${table}.${key} url`);
      }
    });
  }

  it('documents every --mount key of every type, and every value list has a key doc', () => {
    for (const [type, keys] of Object.entries(MOUNT_FLAG_KEYS_BY_TYPE)) {
      for (const key of keys) assert.ok(MOUNT_FLAG_KEY_DOCS[key], `--mount ${type}: ${key}`);
    }
    for (const key of Object.keys(MOUNT_FLAG_VALUES)) assert.ok(MOUNT_FLAG_KEY_DOCS[key], key);
  });

  it('documents every RUN --mount key of every type', () => {
    for (const [type, keys] of Object.entries(RUN_MOUNT_KEYS_BY_TYPE)) {
      for (const key of keys) assert.ok(RUN_MOUNT_KEY_DOCS[key], `RUN --mount ${type}: ${key}`);
    }
  });

  it('documents every Compose long-syntax key that has values', () => {
    for (const key of Object.keys(COMPOSE_LONG_VALUES)) assert.ok(COMPOSE_LONG_KEY_DOCS[key], key);
  });

  it('maps every storage flag spelling to a documented flag', () => {
    for (const [spelling, canonical] of Object.entries(FLAG_ALIASES)) assert.ok(FLAG_DOCS[canonical], spelling);
  });

  it('explains volume prune as Engine 23+ does it', () => {
    const prune = VOLUME_COMMAND_DOCS['volume prune'];
    assert.match(prune?.body.en ?? '', /Engine 23 \(API 1\.42\).*only \*\*anonymous\*\* volumes unless `--all`/);
  });

  it('renders an entry as Markdown with its values, default and link in the chosen language', () => {
    const entry = MOUNT_FLAG_KEY_DOCS['bind-propagation'];
    assert.ok(entry);
    const en = renderEntry(entry, 'en');
    assert.equal(en.split('\n\n')[0], '**bind-propagation**');
    assert.match(en, /Accepted values: `rprivate`/);
    assert.match(en, /Default: `rprivate`/);
    assert.match(en, /\[Docker documentation\]\(https:\/\/docs\.docker\.com\/engine\/storage\/bind-mounts\/#configure-bind-propagation\)/);
    assert.match(renderEntry(entry, 'ko'), /기본값: `rprivate`/);
  });

  it('explains the storage kinds in both languages', () => {
    for (const kind of ['writable layer', 'Volume', 'Bind mount', 'tmpfs', 'Named pipe']) assert.ok(STORAGE_KINDS.en.includes(kind), kind);
    for (const kind of ['쓰기 가능 레이어', '볼륨', '바인드 마운트', 'tmpfs', '네임드 파이프']) assert.ok(STORAGE_KINDS.ko.includes(kind), kind);
  });
});
