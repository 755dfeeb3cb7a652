import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { isCandidate, readCandidate, walkCandidates } from '../../../src/node/workspaceFiles';

const root = mkdtempSync(path.join(tmpdir(), 'stowage-walk-'));
after(() => rmSync(root, { recursive: true, force: true }));
function write(relative: string, text: string | Buffer): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('walkCandidates', () => {
  it('visits the files the core reads in name order, skipping node_modules, .git and .gitignore matches', () => {
    write('compose.yaml', 'services: {}\n');
    write('b/deploy', '#!/bin/sh\ndocker run busybox\n');
    write('b/notes.txt', 'docker run -v /x busybox\n');
    write('a/Dockerfile', 'FROM busybox\n');
    write('node_modules/p/run.sh', 'x\n');
    write('.git/hooks/x.sh', 'x\n');
    write('.gitignore', 'out/\n');
    write('out/run.sh', 'x\n');
    const seen: string[] = [];
    walkCandidates(root, (file) => {
      seen.push(path.relative(root, file));
    });
    assert.deepEqual(seen, ['a/Dockerfile', 'b/deploy', 'compose.yaml']);
  });

  it('stops when the visitor says so', () => {
    const seen: string[] = [];
    walkCandidates(root, (file) => {
      seen.push(path.relative(root, file));
      return seen.length < 2;
    });
    assert.deepEqual(seen, ['a/Dockerfile', 'b/deploy']);
  });

  it('decides by name, or by shebang for names without an extension', () => {
    assert.equal(isCandidate(path.join(root, 'b/deploy'), true), true);
    assert.equal(isCandidate(path.join(root, 'b/notes.txt'), true), false);
  });

  it('reads a candidate, or says why not', () => {
    write('bin.sh', Buffer.from([0x64, 0, 0x65]));
    assert.deepEqual(readCandidate(path.join(root, 'bin.sh'), 1 << 20), { ok: false, reason: 'binary file (NUL byte in the first 8 KB)' });
    const read = readCandidate(path.join(root, 'compose.yaml'), 1 << 20);
    assert.ok(read.ok);
    assert.equal(read.kind, 'compose');
  });
});
