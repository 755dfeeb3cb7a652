import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mappedShell, verbatimShell } from '../../../../../src/core/sources/commandLine/shellText';
import { tokenize } from '../../../../../src/core/sources/commandLine/tokenize';
import type { Word } from '../../../../../src/core/sources/commandLine/tokenize';
import { isBareExpansion, keepsLiteralTilde, WordMapper } from '../../../../../src/core/sources/commandLine/words';
import { LineIndex, range } from '../../../../../src/core/text';

function setup(text: string): { words: readonly Word[]; mapper: WordMapper } {
  return { words: tokenize(text).commands[0]?.words ?? [], mapper: new WordMapper(verbatimShell(text, 0), new LineIndex(text)) };
}

describe('WordMapper', () => {
  it('maps a quoted spec so every slice of its value has its exact document range', () => {
    const { words, mapper } = setup(`-v "/a b":'/c'`);
    const spec = mapper.spec(words[1] as Word);
    assert.equal(spec.value, '/a b:/c');
    assert.deepEqual(spec.range, range(0, 3, 0, 14));
    assert.deepEqual(spec.rangeOf(0, 4), range(0, 4, 0, 8));
    assert.deepEqual(spec.rangeOf(5, 7), range(0, 11, 0, 13));
  });

  it('maps the value after --flag= and keeps the whole spec range after the =', () => {
    const { words, mapper } = setup(`--mount="type=bind,src=/a"`);
    const spec = mapper.spec(words[0] as Word, '--mount='.length);
    assert.equal(spec.value, 'type=bind,src=/a');
    assert.deepEqual(spec.range, range(0, 8, 0, 26));
    assert.deepEqual(spec.rangeOf(0, 4), range(0, 9, 0, 13));
  });

  it('joins two words into one spec that spans both', () => {
    const { words, mapper } = setup('x type=volume,src=v, target=/d');
    const spec = mapper.joinedSpec([words[1] as Word, words[2] as Word]);
    assert.equal(spec.value, 'type=volume,src=v,target=/d');
    assert.deepEqual(spec.range, range(0, 2, 0, 30));
    assert.deepEqual(spec.rangeOf(18, 27), range(0, 21, 0, 30));
  });

  it('maps through a shell text built from scattered offsets across lines', () => {
    const doc = 'ab\n\t@cd';
    const lines = new LineIndex(doc);
    const shell = mappedShell('cd', [5, 6], 7);
    const mapper = new WordMapper(shell, lines);
    const word = tokenize(shell.text).commands[0]?.words[0] as Word;
    assert.deepEqual(mapper.rangeOf(word), range(1, 2, 1, 4));
  });

  it('gives the document offsets of unexpanded parts', () => {
    const { words, mapper } = setup('-v "$PWD":/app:${MODE}');
    assert.deepEqual(mapper.expansionOffsets(words[1] as Word), [[4, 8], [15, 22]]);
    assert.deepEqual(mapper.expansionOffsets(words[1] as Word, 6), [[15, 22]]);
  });
});

describe('isBareExpansion', () => {
  it('is true only for unquoted words made of expansions alone', () => {
    const kinds = tokenize('$A ${B}$C "$D" $E/x $(f)').commands[0]?.words.map(isBareExpansion);
    assert.deepEqual(kinds, [true, true, false, false, true]);
  });
});

describe('keepsLiteralTilde', () => {
  const wordOf = (text: string): Word => tokenize(text).commands[0]?.words[0] as Word;
  it('is false where the shell expands the tilde: unquoted at the start of the word', () => {
    for (const text of ['~/x:/data', '~/:/data', '~', '~+/x:/d', '~-/x:/d', '~deploy/x:/d', "~/'a b':/d"]) {
      assert.equal(keepsLiteralTilde(wordOf(text)), false, text);
    }
  });
  it('is true where the tilde reaches Docker as written', () => {
    for (const text of ["'~/x:/data'", '"~/x:/data"', '\\~/x:/data', "~'/x':/data", '~"x"/y:/d', '~:/data', '~$U/x:/d']) {
      assert.equal(keepsLiteralTilde(wordOf(text)), true, text);
    }
  });
  it('is true after --volume= or an attached -v, and false without a tilde', () => {
    assert.equal(keepsLiteralTilde(wordOf('--volume=~/x:/d'), '--volume='.length), true);
    assert.equal(keepsLiteralTilde(wordOf('-v~/x:/d'), 2), true);
    assert.equal(keepsLiteralTilde(wordOf("'/x:/d'")), false);
    assert.equal(keepsLiteralTilde(wordOf('x~/y:/d')), false);
  });
});
