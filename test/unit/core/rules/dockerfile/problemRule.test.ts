import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../../../../src/core/document';
import type { Report } from '../../../../../src/core/rules/rule';
import { problemRule } from '../../../../../src/core/rules/dockerfile/problemRule';
import { LineIndex, range } from '../../../../../src/core/text';

describe('problemRule', () => {
  it('reports only the problems tagged with its code, fixes included', () => {
    const fix = { title: { en: 'f', ko: 'f' }, edits: [] };
    const document: AnalyzedDocument = {
      kind: 'dockerfile',
      path: 'Dockerfile',
      text: '',
      lines: new LineIndex(''),
      mounts: [],
      commands: [],
      problems: [
        { code: 'SW103', problem: { range: range(1, 0, 1, 1), message: { en: 'a', ko: 'a' } } },
        { code: 'SW110', problem: { range: range(2, 0, 2, 1), message: { en: 'b', ko: 'b' }, fixes: [fix] } },
      ],
    };
    const reports: Report[] = [];
    const rule = problemRule('SW110', 'error', { en: 't', ko: 't' });
    rule.check(document, { options: { path: 'Dockerfile' }, report: (r) => reports.push(r) });
    assert.deepEqual(reports, [{ range: range(2, 0, 2, 1), message: { en: 'b', ko: 'b' }, fixes: [fix] }]);
    assert.equal(rule.defaultSeverity, 'error');
  });
});
