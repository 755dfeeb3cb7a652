import { problemRule } from './problemRule';

/** A VOLUME Docker does not read as intended: a broken JSON array, an unbalanced quote, an empty path. */
export const sw103VolumeMalformed = problemRule('SW103', 'error', {
  en: 'VOLUME JSON array is malformed',
  ko: 'VOLUME JSON 배열 형식 오류',
});
