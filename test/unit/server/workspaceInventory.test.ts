import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { referencesIn, WorkspaceInventory } from '../../../src/server/workspaceInventory';

const root = mkdtempSync(path.join(tmpdir(), 'stowage-inventory-'));
const folder = path.join(root, 'Shop');
function write(relative: string, text: string): string {
  const file = path.join(folder, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
const compose = write('compose.yaml', 'services:\n  db:\n    volumes:\n      - pgdata:/data\nvolumes:\n  pgdata: {}\n');
write('scripts/backup.sh', 'docker run --rm -v shop_pgdata:/from:ro -v /srv/backup:/to busybox\n');
write('node_modules/x/run.sh', 'docker run -v shop_pgdata:/x busybox\n');
write('.gitignore', 'ignored/\n');
write('ignored/run.sh', 'docker run -v shop_pgdata:/x busybox\n');
after(() => rmSync(root, { recursive: true, force: true }));

const silent = { info: () => undefined, error: () => undefined };

describe('WorkspaceInventory', () => {
  it('finds a volume in Compose files (by its project-prefixed name) and scripts, not in ignored folders', () => {
    const inventory = new WorkspaceInventory(() => [folder], () => [], silent);
    const found = inventory.referencesTo('shop_pgdata').map((r) => [path.relative(folder, new URL(r.uri).pathname), r.range.start.line, r.range.start.character, r.kind, r.context]);
    assert.deepEqual(found, [
      ['compose.yaml', 5, 2, 'declaration', undefined],
      ['compose.yaml', 3, 8, 'mount', 'db'],
      ['scripts/backup.sh', 0, 19, 'mount', 'docker run busybox'],
    ]);
    assert.deepEqual(inventory.referencedNames(), ['shop_pgdata']);
  });

  it('reads open documents as the editor has them, and the disk again after invalidate()', () => {
    const open = [{ uri: pathToFileURL(compose).href, fsPath: compose, text: 'services:\n  db:\n    volumes: [other:/data]\n' }];
    const inventory = new WorkspaceInventory(() => [folder], () => open, silent);
    assert.deepEqual(inventory.referencedNames(), ['shop_other', 'shop_pgdata']);
    assert.equal(inventory.referencesTo('shop_pgdata').length, 1);
    write('later.sh', 'docker volume create late\n');
    assert.ok(!inventory.referencedNames().includes('late'), 'cached until invalidated');
    inventory.invalidate();
    assert.ok(inventory.referencedNames().includes('late'));
  });

  it('ignores files it cannot read as Stowage documents', () => {
    assert.deepEqual(referencesIn('file:///x/notes.txt', '/x/notes.txt', 'docker run -v a:/b img\n'), []);
  });
});
