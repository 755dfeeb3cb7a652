import { problemRule } from './problemRule';

/** A VOLUME variable nothing declares expands to empty, changing (or emptying) the recorded path. */
export const sw106VolumeUndefinedVariable = problemRule('SW106', 'warning', {
  en: 'VOLUME path uses an undefined variable',
  ko: 'VOLUME 경로에 정의되지 않은 변수 사용',
});
