import type { Rule } from '../rule';
import { reportProblems } from './problems';

/** `--mount` specs Docker refuses, including a spec the shell split at a space after a comma. */
export const sw303InvalidMountFlag: Rule = {
  code: 'SW303',
  defaultSeverity: 'error',
  title: { en: 'Invalid --mount spec', ko: '잘못된 --mount 값' },
  check: (document, context) => reportProblems('SW303', document, context),
};
