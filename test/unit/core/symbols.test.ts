import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentKind } from '../../../src/core';
import { analyze, comparePositions } from '../../../src/core';
import type { StorageSymbol } from '../../../src/core/symbols';
import { computeSymbols } from '../../../src/core/symbols';

function symbols(text: string, kind: DocumentKind): StorageSymbol[] {
  const result = analyze(text, { path: 'x', kind });
  assert.ok(result);
  return computeSymbols(result.document);
}

const outline = (list: readonly StorageSymbol[]): unknown => list.map((s) => [s.kind, s.name, s.detail, s.children.map((c) => [c.name, c.detail])]);

function assertInside(parent: StorageSymbol): void {
  for (const child of parent.children) {
    assert.ok(comparePositions(parent.range.start, child.range.start) <= 0 && comparePositions(child.range.end, parent.range.end) <= 0, `${child.name} outside ${parent.name}`);
    assert.ok(comparePositions(child.range.start, child.selectionRange.start) <= 0 && comparePositions(child.selectionRange.end, child.range.end) <= 0, `${child.name} selection`);
  }
}

describe('computeSymbols', () => {
  it('lists Compose services with their mounts, then top-level volumes', () => {
    const list = symbols('services:\n  db:\n    image: postgres\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n      - ./init:/docker-entrypoint-initdb.d:ro\n    tmpfs: /run\nvolumes:\n  pgdata:\n  backups:\n    external: true\n', 'compose');
    assert.deepEqual(outline(list), [
      ['service', 'db', '3 mounts', [['pgdata → /var/lib/postgresql/data', 'volume'], ['./init → /docker-entrypoint-initdb.d', 'bind, ro'], ['/run', 'tmpfs']]],
      ['volumeDeclaration', 'pgdata', 'volume', []],
      ['volumeDeclaration', 'backups', 'external volume', []],
    ]);
    for (const s of list) assertInside(s);
  });

  it('lists Dockerfile stages that hold storage, with VOLUME paths as Docker records them', () => {
    const list = symbols("FROM alpine AS build\nRUN --mount=type=cache,target=/root/.cache true\nFROM alpine\nCOPY . /app\nFROM alpine\nVOLUME ['/c'] /data\n", 'dockerfile');
    assert.deepEqual(outline(list), [
      ['stage', 'build', 'FROM', [['/root/.cache', 'cache']]],
      ['stage', 'stage 2', 'FROM', [['[/c]', 'anonymous volume'], ['/data', 'anonymous volume']]],
    ]);
    for (const s of list) assertInside(s);
  });

  it('lists docker commands with mounts', () => {
    const list = symbols('docker run --rm -v /data -v cache:/cache:ro alpine\ndocker ps\n', 'shell');
    assert.deepEqual(outline(list), [['command', 'docker run alpine', '2 mounts', [['(anonymous) → /data', 'anonymous volume'], ['cache → /cache', 'volume, ro']]]]);
    for (const s of list) assertInside(s);
  });
});
