import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildFileReader } from '../../../src/server/files';

describe('buildFileReader', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'stowage-files-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const compose = path.join(folder, 'compose.yaml');

  it('reads relative to the Compose file, open editors first, and reports every path read', () => {
    mkdirSync(path.join(folder, 'app'));
    writeFileSync(path.join(folder, 'app', 'Dockerfile'), 'FROM scratch\nVOLUME /disk\n');
    const read: string[] = [];
    const open = new Map([[path.join(folder, 'other.Dockerfile'), 'FROM scratch\nVOLUME /open\n']]);
    const readFile = buildFileReader(compose, (p) => open.get(p), (p) => read.push(p));
    assert.equal(readFile('app/Dockerfile'), 'FROM scratch\nVOLUME /disk\n');
    assert.equal(readFile('./other.Dockerfile'), 'FROM scratch\nVOLUME /open\n');
    assert.deepEqual(read, [path.join(folder, 'app', 'Dockerfile'), path.join(folder, 'other.Dockerfile')]);
  });

  it('sees a changed file (new mtime), and answers undefined for a missing file or a folder without throwing', () => {
    const file = path.join(folder, 'Dockerfile');
    writeFileSync(file, 'FROM scratch\n');
    const readFile = buildFileReader(compose, () => undefined);
    assert.equal(readFile('Dockerfile'), 'FROM scratch\n');
    writeFileSync(file, 'FROM scratch\nVOLUME /x\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(readFile('Dockerfile'), 'FROM scratch\nVOLUME /x\n');
    assert.equal(readFile('nope/Dockerfile'), undefined);
    assert.equal(readFile('app'), undefined);
  });
});
