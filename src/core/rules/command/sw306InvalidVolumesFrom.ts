import type { Rule } from '../rule';
import { reportProblems } from './problems';

/** `--volumes-from NAME:MODE` with a mode Docker refuses. */
export const sw306InvalidVolumesFrom: Rule = {
  code: 'SW306',
  defaultSeverity: 'error',
  title: { en: 'Invalid --volumes-from mode', ko: '잘못된 --volumes-from 모드' },
  check: (document, context) => reportProblems('SW306', document, context),
};
