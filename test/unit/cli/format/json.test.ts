import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJson } from '../../../../src/cli/format/json';
import { sampleFiles } from './sample';

describe('formatJson', () => {
  it('prints exactly the documented shape with 0-based ranges and localized messages', () => {
    assert.deepEqual(JSON.parse(formatJson(sampleFiles, 'en')), {
      findings: [
        { file: 'scripts/deploy.sh', code: 'SW301', severity: 'warning', message: 'anonymous volume left behind', range: { start: { line: 1, character: 12 }, end: { line: 1, character: 21 } } },
        { file: 'Dockerfile', code: 'SW102', severity: 'error', message: 'single quotes', range: { start: { line: 1, character: 7 }, end: { line: 1, character: 16 } } },
        { file: 'Dockerfile', code: 'SW101', severity: 'info', message: 'anonymous', range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } } },
      ],
    });
    assert.equal(JSON.parse(formatJson(sampleFiles, 'ko')).findings[0].message, '익명 볼륨이 남습니다');
  });

  it('prints an empty list when nothing was found', () => {
    assert.deepEqual(JSON.parse(formatJson([], 'en')), { findings: [] });
  });

  it('keeps only the documented keys, in order', () => {
    const first = JSON.parse(formatJson(sampleFiles, 'en')).findings[0] as Record<string, unknown>;
    assert.deepEqual(Object.keys(first), ['file', 'code', 'severity', 'message', 'range']);
  });
});
