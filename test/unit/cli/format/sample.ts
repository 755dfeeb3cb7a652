// Findings built by hand, so the formatters are tested independently of which rules exist.
import type { CheckedFile } from '../../../../src/cli/format/model';
import { range, type Finding } from '../../../../src/core/index';

export function sampleFinding(overrides: Partial<Finding>): Finding {
  return {
    code: 'SW301',
    severity: 'warning',
    message: { en: 'anonymous volume left behind', ko: '익명 볼륨이 남습니다' },
    range: range(0, 0, 0, 1),
    fixes: [],
    docsUrl: 'https://example.invalid/SW301.md',
    ...overrides,
  };
}

export const sampleFiles: readonly CheckedFile[] = [
  {
    displayPath: 'scripts/deploy.sh',
    text: '#!/bin/sh\n\tdocker run -v /cache alpine\n',
    findings: [sampleFinding({ range: range(1, 12, 1, 21) })],
  },
  { displayPath: 'compose.yaml', text: 'services: {}\n', findings: [] },
  {
    displayPath: 'Dockerfile',
    text: "FROM alpine\nVOLUME ['/data']\n",
    findings: [
      sampleFinding({ code: 'SW102', severity: 'error', message: { en: 'single quotes', ko: '작은따옴표' }, range: range(1, 7, 1, 16) }),
      sampleFinding({ code: 'SW101', severity: 'info', message: { en: 'anonymous', ko: '익명' }, range: range(1, 0, 2, 0) }),
    ],
  },
];
