import type { Rule } from '../rule';
import { reportProblems } from './problems';

/** `--tmpfs` destinations and options Docker (or the kernel, at start) refuses. */
export const sw304InvalidTmpfsFlag: Rule = {
  code: 'SW304',
  defaultSeverity: 'error',
  title: { en: 'Invalid --tmpfs spec or option', ko: '잘못된 --tmpfs 값 또는 옵션' },
  check: (document, context) => reportProblems('SW304', document, context),
};
