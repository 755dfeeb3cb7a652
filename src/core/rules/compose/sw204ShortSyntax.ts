import type { Rule } from '../rule';

/** SW204: invalid Compose short syntax; the short-syntax parser finds the problems. */
export const sw204ShortSyntax: Rule = {
  code: 'SW204',
  defaultSeverity: 'error',
  title: { en: 'Invalid Compose short volume syntax', ko: '잘못된 Compose 짧은 볼륨 문법' },
  check(document, context) {
    if (document.kind !== 'compose') return;
    const seen = new Set<string>();
    for (const { code, problem } of document.problems) {
      if (code !== 'SW204') continue;
      // A mount shared through an anchor is parsed once per service that uses it.
      const key = `${problem.range.start.line}:${problem.range.start.character}:${problem.message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      context.report({ range: problem.range, message: problem.message, ...(problem.fixes ? { fixes: problem.fixes } : {}) });
    }
  },
};
