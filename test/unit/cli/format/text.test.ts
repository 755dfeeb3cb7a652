import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countBySeverity, formatText, sourceExcerpt, summary } from '../../../../src/cli/format/text';
import { LineIndex } from '../../../../src/core/index';
import { sampleFiles, sampleFinding } from './sample';

describe('formatText', () => {
  it('prints 1-based positions, the source line and carets under the range, then the summary', () => {
    assert.equal(
      formatText(sampleFiles, 'en'),
      [
        'scripts/deploy.sh:2:13 warning SW301 anonymous volume left behind',
        '    \tdocker run -v /cache alpine',
        '    \t           ^^^^^^^^^',
        "Dockerfile:2:8 error SW102 single quotes",
        "    VOLUME ['/data']",
        '           ^^^^^^^^^',
        'Dockerfile:2:1 info SW101 anonymous',
        "    VOLUME ['/data']",
        '    ^^^^^^^^^^^^^^^^',
        '1 error, 1 warning, 1 info in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('speaks Korean when asked', () => {
    const output = formatText(sampleFiles, 'ko');
    assert.match(output, /^scripts\/deploy\.sh:2:13 warning SW301 익명 볼륨이 남습니다$/m);
    assert.match(output, /^오류 1개, 경고 1개, 정보 1개 \(파일 3개\)$/m);
  });
});

describe('sourceExcerpt', () => {
  it('shows a window around the range of a very long line', () => {
    const line = `${'a'.repeat(300)}TARGET${'b'.repeat(300)}`;
    const [source, carets] = sourceExcerpt(new LineIndex(line), { line: 0, character: 300 }, { line: 0, character: 306 });
    assert.equal(source, `    …${'a'.repeat(40)}TARGET${'b'.repeat(114)}…`);
    assert.equal(carets, `    ${' '.repeat(41)}^^^^^^`);
  });

  it('puts one caret under an empty range', () => {
    assert.deepEqual(sourceExcerpt(new LineIndex('abc'), { line: 0, character: 3 }, { line: 0, character: 3 }), ['    abc', '       ^']);
  });
});

describe('summary', () => {
  it('counts hints only when there are some, and says "0 files" for nothing checked', () => {
    assert.equal(summary([], 'en'), '0 errors, 0 warnings, 0 infos in 0 files');
    const files = [{ displayPath: 'a.sh', text: 'x', findings: [sampleFinding({ severity: 'hint' }), sampleFinding({ severity: 'hint' })] }];
    assert.equal(summary(files, 'en'), '0 errors, 0 warnings, 0 infos, 2 hints in 1 file');
    assert.deepEqual(countBySeverity(files), { error: 0, warning: 0, info: 0, hint: 2 });
  });
});
