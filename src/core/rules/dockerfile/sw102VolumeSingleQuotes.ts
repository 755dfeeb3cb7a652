import { problemRule } from './problemRule';

/** `VOLUME ['/data']` is not JSON to Docker: it records the path `[/data]`. */
export const sw102VolumeSingleQuotes = problemRule('SW102', 'error', {
  en: 'VOLUME JSON written with single quotes',
  ko: 'VOLUME JSON에 작은따옴표 사용',
});
