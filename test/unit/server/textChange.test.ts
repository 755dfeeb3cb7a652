import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex, readDocument } from '../../../src/core';
import { textChange, UnchangedPositions, withNewText } from '../../../src/server/textChange';

describe('textChange', () => {
  it('is undefined for equal texts', () => {
    assert.equal(textChange('docker run -v a:/a x', 'docker run -v a:/a x'), undefined);
  });

  it('finds an insertion, a deletion and a replacement', () => {
    assert.deepEqual(textChange('abcdef', 'abcXdef'), { start: 3, beforeEnd: 3, afterEnd: 4 });
    assert.deepEqual(textChange('abcXdef', 'abcdef'), { start: 3, beforeEnd: 4, afterEnd: 3 });
    assert.deepEqual(textChange('abcdef', 'abZZef'), { start: 2, beforeEnd: 4, afterEnd: 4 });
  });

  it('does not let prefix and suffix overlap when a repeated character is typed', () => {
    // `aa` → `aaa`: the new `a` could be any of them; the region stays inside both texts.
    assert.deepEqual(textChange('aa', 'aaa'), { start: 2, beforeEnd: 2, afterEnd: 3 });
  });

  it('scans texts longer than one chunk', () => {
    const head = 'x'.repeat(5000);
    const tail = 'y'.repeat(3000);
    assert.deepEqual(textChange(`${head}A${tail}`, `${head}BB${tail}`), { start: 5000, beforeEnd: 5001, afterEnd: 5002 });
    assert.deepEqual(textChange(`${head}${tail}`, `${head}${tail}z`), { start: 8000, beforeEnd: 8000, afterEnd: 8001 });
  });
});

describe('withNewText', () => {
  it('keeps the models away from the edit, drops the ones it touches, and reads lines from the new text', () => {
    const before = 'docker run -v cache:/c alpine\ndocker run -v data\n';
    const after = 'docker run -v cache:/c alpine\ndocker run -v dat\n';
    const old = readDocument(before, 'shell', { path: '/w/deploy.sh', kind: 'shell' });
    const change = textChange(before, after);
    assert.ok(change !== undefined);
    const document = withNewText(old, after, change);
    assert.equal(document.text, after);
    assert.equal(document.lines.lineText(1), 'docker run -v dat');
    assert.deepEqual(document.mounts.map((m) => m.source?.value), ['cache']);
    assert.equal(document.commands.length, 1);
  });
});

describe('UnchangedPositions', () => {
  const before = 'docker run -v a:/a x\necho one\ndocker run -v b:/b y\n';
  const old = readDocument(before, 'shell', { path: '/w/deploy.sh', kind: 'shell' });
  const unchanged = (after: string): UnchangedPositions => {
    const change = textChange(before, after);
    assert.ok(change !== undefined);
    return new UnchangedPositions(old, new LineIndex(after), change);
  };
  const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

  it('keeps positions before a one-line edit and on the lines after it, not on its own line after it', () => {
    const positions = unchanged(before.replace('echo one', 'echo one '));
    assert.deepEqual(positions.toOld({ line: 0, character: 14 }), { line: 0, character: 14 });
    assert.deepEqual(positions.toOld({ line: 2, character: 14 }), { line: 2, character: 14 });
    assert.equal(positions.toOld({ line: 1, character: 9 }), undefined);
    assert.deepEqual(positions.toNew(range(2, 14, 15)), range(2, 14, 15));
    assert.equal(positions.toNew(range(1, 5, 8)), undefined);
  });

  it('shifts ranges after an inserted line break', () => {
    const positions = unchanged(before.replace('echo one', 'echo\none'));
    assert.deepEqual(positions.toOld({ line: 3, character: 14 }), { line: 2, character: 14 });
    assert.deepEqual(positions.toNew(range(2, 14, 15)), range(3, 14, 15));
  });

  it('refuses a range inside a command that the edit touches elsewhere', () => {
    const positions = unchanged(before.replace('a:/a x', 'a:/a --rm x'));
    assert.equal(positions.toNew(range(0, 14, 15)), undefined);
    assert.deepEqual(positions.toNew(range(2, 14, 15)), range(2, 14, 15));
  });
});
