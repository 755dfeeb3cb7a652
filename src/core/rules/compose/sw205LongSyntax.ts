import type { Rule } from '../rule';

/** SW205: invalid Compose long syntax; the long-syntax parser finds the problems. */
export const sw205LongSyntax: Rule = {
  code: 'SW205',
  defaultSeverity: 'error',
  title: { en: 'Invalid Compose long volume syntax', ko: '잘못된 Compose 긴 볼륨 문법' },
  check(document, context) {
    if (document.kind !== 'compose') return;
    const seen = new Set<string>();
    for (const { code, problem } of document.problems) {
      if (code !== 'SW205') continue;
      // A mount shared through an anchor is parsed once per service that uses it.
      const key = `${problem.range.start.line}:${problem.range.start.character}:${problem.message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      context.report({ range: problem.range, message: problem.message, ...(problem.fixes ? { fixes: problem.fixes } : {}) });
    }
  },
};
