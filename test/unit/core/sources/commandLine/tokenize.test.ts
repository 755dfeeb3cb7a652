import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findClose, textIndexAt, tokenize } from '../../../../../src/core/sources/commandLine/tokenize';

const words = (text: string): string[][] => tokenize(text).commands.map((c) => c.words.map((w) => w.value));

describe('tokenize', () => {
  it('splits words on blanks and commands on ; && || | & and newlines', () => {
    assert.deepEqual(words('a b;c && d || e | f & g\nh'), [['a', 'b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h']]);
  });

  it('removes quotes and keeps the text index of every value character', () => {
    const text = `docker run -v "a b":'/c d' x`;
    const word = tokenize(text).commands[0]?.words[3];
    assert.equal(word?.value, 'a b:/c d');
    assert.equal(word?.quoted, true);
    assert.deepEqual(word?.valueIndex, [15, 16, 17, 19, 21, 22, 23, 24]);
    assert.equal(text.slice(word?.start, word?.end), `"a b":'/c d'`);
  });

  it('joins lines ended by a backslash and keeps offsets past the continuation', () => {
    const text = 'docker run \\\n  -v /data \\\r\n  img';
    const found = tokenize(text).commands;
    assert.equal(found.length, 1);
    const values = found[0]?.words.map((w) => w.value);
    assert.deepEqual(values, ['docker', 'run', '-v', '/data', 'img']);
    const img = found[0]?.words[4];
    assert.equal(text.slice(img?.start, img?.end), 'img');
  });

  it('undoes backslash escapes outside quotes and the four escapes inside double quotes', () => {
    assert.deepEqual(words(String.raw`a\ b "c\"d\$e\x" 'f\g'`), [['a b', 'c"d$e\\x', 'f\\g']]);
  });

  it('keeps $(...), backticks and ${...} inside one word, even with blanks and separators in them', () => {
    const found = tokenize('X=$(docker run -v /a img; echo) `docker ps | wc` ${A:-a b}:/c');
    const w = found.commands[0]?.words ?? [];
    assert.deepEqual(w.map((x) => x.value), ['X=$(docker run -v /a img; echo)', '`docker ps | wc`', '${A:-a b}:/c']);
    assert.deepEqual(w[2]?.expansions, [[0, 9]]);
    assert.deepEqual(found.substitutions, [[4, 30], [33, 47]]);
  });

  it('records $VAR and special parameters as expansions but keeps them in the value', () => {
    const w = tokenize('"$PWD":/app $1/x').commands[0]?.words ?? [];
    assert.equal(w[0]?.value, '$PWD:/app');
    assert.deepEqual(w[0]?.expansions, [[0, 4]]);
    assert.deepEqual(w[1]?.expansions, [[0, 2]]);
  });

  it('does not read $((...)) arithmetic as a command substitution', () => {
    assert.deepEqual(tokenize('echo $((1 + 2))').substitutions, []);
    assert.deepEqual(words('echo $((1 + 2))'), [['echo', '$((1 + 2))']]);
  });

  it('skips comments, but not a # inside a word', () => {
    assert.deepEqual(words('a#b # docker run -v /x img\nc'), [['a#b'], ['c']]);
  });

  it('drops redirections and their targets, including file descriptor numbers', () => {
    assert.deepEqual(words('docker run img > out.log 2>&1 </dev/null &>all 2> err'), [['docker', 'run', 'img']]);
  });

  it('skips heredoc bodies up to their delimiter (tabs stripped for <<-)', () => {
    assert.deepEqual(words("cat <<'EOF' > f\ndocker run -v /x img\nEOF\nnext\ncat <<-END\n\tdocker run img\n\tEND\nlast"), [['cat'], ['next'], ['cat'], ['last']]);
  });

  it('reads $\'...\' ANSI-C strings', () => {
    assert.deepEqual(words("echo $'a\\tb\\'c'"), [['echo', "a\tb'c"]]);
  });

  it('never throws on unterminated quotes, substitutions or half-typed lines', () => {
    for (const text of ['"abc', "'abc", '$(docker run', '`abc', '${abc', 'a \\', 'docker run -v "', '<<', '>', '$', "$'x", '(((', ')))']) {
      assert.doesNotThrow(() => tokenize(text), text);
    }
    assert.deepEqual(words('docker run -v "/data'), [['docker', 'run', '-v', '/data']]);
    assert.deepEqual(words('x $(docker run'), [['x', '$(docker run']]);
  });

  it('treats parentheses of subshells and case patterns as separators', () => {
    assert.deepEqual(words('(cd a && docker run img)'), [['cd', 'a'], ['docker', 'run', 'img']]);
  });
});

describe('findClose', () => {
  it('counts nesting and skips quoted brackets', () => {
    const text = `$(a "(" ')' $(b) c)`;
    assert.equal(findClose(text, 1, '(', ')'), text.length - 1);
    assert.equal(findClose('$(abc', 1, '(', ')'), 5);
  });
});

describe('textIndexAt', () => {
  it('gives each character the same text index as valueIndex, before and after the index is built', () => {
    const text = `docker run -v "$PWD/a b":'/c d' --name=x\\ y e"f"'g' ""`;
    const words = tokenize(text).commands.flatMap((c) => c.words);
    assert.equal(words.length, 7);
    for (const word of words) {
      const lazy = [-1, ...word.value.split('').map((_, i) => i), word.value.length].map((i) => textIndexAt(word, i));
      const built = word.valueIndex;
      assert.deepEqual(lazy, [undefined, ...built, undefined]);
      assert.deepEqual([0, word.value.length - 1].map((i) => textIndexAt(word, i)), [built[0], built[word.value.length - 1]]);
    }
    const quoted = words[3];
    assert.equal(quoted?.value, '$PWD/a b:/c d');
    assert.equal(textIndexAt(quoted as (typeof words)[number], 8), text.indexOf(`'/c d'`) - 1);
  });
});
