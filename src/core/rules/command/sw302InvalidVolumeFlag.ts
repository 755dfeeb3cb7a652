import type { Rule } from '../rule';
import { reportProblems } from './problems';

/** `-v`/`--volume` specs Docker refuses; the -v parser finds them, this rule reports them. */
export const sw302InvalidVolumeFlag: Rule = {
  code: 'SW302',
  defaultSeverity: 'error',
  title: { en: 'Invalid -v/--volume spec', ko: '잘못된 -v/--volume 값' },
  check: (document, context) => reportProblems('SW302', document, context),
};
