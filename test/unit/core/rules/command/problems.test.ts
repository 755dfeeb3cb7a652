import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../../../../src/core/document';
import { reportProblems } from '../../../../../src/core/rules/command/problems';
import type { Report } from '../../../../../src/core/rules/rule';
import { LineIndex, range } from '../../../../../src/core/text';

describe('reportProblems', () => {
  it('reports the problems tagged with the rule, with their range, message and fixes', () => {
    const fix = { title: { en: 'f', ko: 'f' }, edits: [] };
    const document: AnalyzedDocument = {
      kind: 'shell', path: 'x.sh', text: '', lines: new LineIndex(''), mounts: [], commands: [],
      problems: [
        { code: 'SW302', problem: { range: range(0, 1, 0, 2), message: { en: 'a', ko: 'ㄱ' } } },
        { code: 'SW303', problem: { range: range(1, 1, 1, 2), message: { en: 'b', ko: 'ㄴ' }, fixes: [fix] } },
      ],
    };
    const reports: Report[] = [];
    reportProblems('SW303', document, { options: { path: 'x.sh' }, report: (r) => reports.push(r) });
    assert.deepEqual(reports, [{ range: range(1, 1, 1, 2), message: { en: 'b', ko: 'ㄴ' }, fixes: [fix] }]);
  });
});
