import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { collectFiles, displayPath, formatSize, readCandidate } from '../../../src/cli/files';
import { workspace } from './support';

const names = (folder: string, paths: readonly string[] = ['.']): string[] => collectFiles(paths, folder).files.map((f) => f.displayPath);

describe('collectFiles', () => {
  it('walks folders in name order and keeps only files the core reads', () => {
    const folder = workspace({
      'Dockerfile': 'FROM alpine\n',
      'compose.yaml': 'services: {}\n',
      'notes.txt': 'docker run -v /data alpine\n',
      'scripts/deploy.sh': 'docker run alpine\n',
      'scripts/backup': '#!/bin/bash\ndocker run alpine\n',
      'scripts/helper': 'just text\n',
      'docs/README.md': '# app\n',
      'Makefile': 'all:\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'config.yml': 'a: 1\n',
    });
    assert.deepEqual(names(folder), [
      '.github/workflows/ci.yml',
      'Dockerfile',
      'Makefile',
      'compose.yaml',
      'docs/README.md',
      'scripts/backup',
      'scripts/deploy.sh',
    ]);
  });

  it('skips node_modules and .git and honours nested .gitignore files relative to their folder', () => {
    const folder = workspace({
      '.gitignore': 'build/\n*.generated.sh\n',
      'node_modules/pkg/run.sh': 'x\n',
      '.git/hooks/pre-commit.sh': 'x\n',
      'build/Dockerfile': 'FROM a\n',
      'one.generated.sh': 'x\n',
      'kept.sh': 'x\n',
      'app/.gitignore': 'local.sh\n!keep.generated.sh\n',
      'app/local.sh': 'x\n',
      'app/keep.generated.sh': 'x\n',
      'app/deep/local.sh': 'x\n',
      'app/deep/other.sh': 'x\n',
      'other/local.sh': 'x\n',
    });
    assert.deepEqual(names(folder), ['app/deep/other.sh', 'app/keep.generated.sh', 'kept.sh', 'other/local.sh']);
  });

  it('applies the .gitignore files above a walked folder up to the repository root', () => {
    const folder = workspace({ '.gitignore': 'secret.sh\n', 'sub/secret.sh': 'x\n', 'sub/open.sh': 'x\n' });
    mkdirSync(path.join(folder, '.git'));
    assert.deepEqual(names(path.join(folder, 'sub'), ['.']), ['open.sh']);
    // Outside a repository there is no root to walk up to: only the walked folder's own files count.
    const loose = workspace({ '.gitignore': 'secret.sh\n', 'sub/secret.sh': 'x\n' });
    assert.deepEqual(names(path.join(loose, 'sub'), ['.']), ['secret.sh']);
  });

  it('checks an explicit file even when ignored, reports missing paths and unrecognised files', () => {
    const folder = workspace({ '.gitignore': 'ignored.sh\n', 'ignored.sh': 'x\n', 'notes.txt': 'x\n' });
    const collected = collectFiles(['ignored.sh', 'nope', 'notes.txt', 'ignored.sh'], folder);
    assert.deepEqual(collected.files.map((f) => f.displayPath), ['ignored.sh']);
    assert.deepEqual(collected.missing, ['nope']);
    assert.deepEqual(collected.unrecognised, ['notes.txt']);
  });

  it('prints paths relative to the cwd with forward slashes', () => {
    const folder = workspace({ 'a/b/run.sh': 'x\n' });
    assert.deepEqual(names(path.join(folder, 'a'), ['b']), ['b/run.sh']);
    assert.equal(displayPath(path.join(folder, 'a', 'b', 'run.sh'), path.join(folder, 'a', 'c')), '../b/run.sh');
  });
});

describe('readCandidate', () => {
  it('returns the text and kind, without a byte order mark', () => {
    const folder = workspace({ 'Dockerfile': '\uFEFFFROM alpine\nVOLUME /data\n' });
    const read = readCandidate(path.join(folder, 'Dockerfile'), 1000);
    assert.deepEqual(read, { ok: true, text: 'FROM alpine\nVOLUME /data\n', kind: 'dockerfile', bom: true });
  });

  it('skips binary files: a NUL byte in the first 8 KB', () => {
    const early = workspace({ 'tool.sh': Buffer.from([0x23, 0x21, 0x00, 0x41]) });
    assert.deepEqual(readCandidate(path.join(early, 'tool.sh'), 1 << 20), { ok: false, reason: 'binary file (NUL byte in the first 8 KB)' });
    // A NUL after the first 8 KB is not looked for, as git does.
    const late = Buffer.concat([Buffer.from('a'.repeat(9000)), Buffer.from([0])]);
    const lateFolder = workspace({ 'late.sh': late });
    assert.equal(readCandidate(path.join(lateFolder, 'late.sh'), 1 << 20).ok, true);
  });

  it('skips files over the size limit and says how to raise it', () => {
    const folder = workspace({ 'big.sh': 'x'.repeat(3000) });
    assert.deepEqual(readCandidate(path.join(folder, 'big.sh'), 2048), {
      ok: false,
      reason: 'larger than 2 KB (2.9 KB); raise --max-file-size to check it',
    });
    assert.equal(readCandidate(path.join(folder, 'big.sh'), 3000).ok, true);
  });

  it('reports a file that cannot be read with the system error code', () => {
    const folder = workspace({});
    mkdirSync(path.join(folder, 'Dockerfile'));
    assert.deepEqual(readCandidate(path.join(folder, 'Dockerfile'), 1 << 20), { ok: false, reason: 'cannot be read (EISDIR)' });
    assert.deepEqual(readCandidate(path.join(folder, 'gone.sh'), 1 << 20), { ok: false, reason: 'cannot be read (ENOENT)' });
  });
});

describe('formatSize', () => {
  it('uses bytes, KB and MB', () => {
    assert.equal(formatSize(12), '12 bytes');
    assert.equal(formatSize(2048), '2 KB');
    assert.equal(formatSize(2 * 1024 * 1024), '2 MB');
    assert.equal(formatSize(1536 * 1024), '1.5 MB');
  });
});

describe('readCandidate on special files', () => {
  it('refuses a FIFO instead of blocking on it', () => {
    const folder = workspace({});
    const fifo = path.join(folder, 'pipe.sh');
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(readCandidate(fifo, 1 << 20), { ok: false, reason: 'not a regular file' });
    // A walk passes it by: only regular files are candidates.
    assert.deepEqual(collectFiles(['.'], folder).files, []);
  });
});

describe('collectFiles and shebangs', () => {
  it('looks for a shebang in extensionless files of a walk, and in any file named explicitly', () => {
    const folder = workspace({ 'bin/deploy': '#!/bin/sh\n', 'tool.command': '#!/bin/bash\n', 'plain': 'text\n' });
    assert.deepEqual(names(folder), ['bin/deploy']);
    assert.deepEqual(names(folder, ['tool.command', 'plain']), ['tool.command']);
  });
});
