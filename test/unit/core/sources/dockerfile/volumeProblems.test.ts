import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodedProblem } from '../../../../../src/core/document';
import { checkPath, reportMalformed } from '../../../../../src/core/sources/dockerfile/volumeProblems';
import type { Reporter, VolumePath } from '../../../../../src/core/sources/dockerfile/volumeProblems';
import { LineIndex, range } from '../../../../../src/core/text';

function collect(): { report: Reporter; problems: CodedProblem[] } {
  const problems: CodedProblem[] = [];
  return { problems, report: (code, r, message, fixes) => problems.push({ code, problem: fixes === undefined ? { range: r, message } : { range: r, message, fixes } }) };
}

const path = (recorded: string, raw = recorded): VolumePath => ({ range: range(0, 7, 0, 7 + raw.length), raw, recorded, variables: [], variableRanges: [] });
const input = {
  args: { text: '', offsets: [], end: 0 },
  escape: '\\',
  lookup: () => undefined,
  globalOnly: () => false,
  workdir: '/app',
  lineStart: { line: 0, character: 0 },
  context: { kind: 'dockerfile' as const, name: '0' },
  lines: new LineIndex(''),
};

describe('volume path checks', () => {
  it('tells host binds, relative paths and Windows drives apart', () => {
    const { report, problems } = collect();
    for (const p of ['/h:/c', 'vol:/c', 'C:\\data', 'c:/data', 'rel', '/abs', 'a:b']) checkPath(path(p), input, report);
    assert.deepEqual(problems.map((p) => p.code), ['SW104', 'SW104', 'SW105', 'SW105']);
  });
  it('offers no edit when the path was written with variables or quotes', () => {
    const { report, problems } = collect();
    checkPath(path('/h:/c', '"/h:/c"'), input, report);
    assert.deepEqual(problems[0]?.problem.fixes, []);
  });
  it('calls a single-quoted array SW102 and anything else SW103', () => {
    const single = collect();
    const args = (text: string) => ({ text, offsets: [...text].map((_, i) => i), end: text.length });
    reportMalformed(args("['/a']"), range(0, 0, 0, 6), [path('[/a]')], single.report);
    assert.deepEqual(single.problems.map((p) => p.code), ['SW102']);
    const other = collect();
    reportMalformed(args('["/a"'), range(0, 0, 0, 5), [path('[/a')], other.report);
    assert.deepEqual(other.problems.map((p) => p.code), ['SW103']);
  });
});
