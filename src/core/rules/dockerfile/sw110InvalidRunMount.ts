import { problemRule } from './problemRule';

/** `RUN --mount` specs BuildKit refuses: unknown type or key, a key the type does not take, a bad value. */
export const sw110InvalidRunMount = problemRule('SW110', 'error', {
  en: 'Invalid RUN --mount',
  ko: '잘못된 RUN --mount',
});
