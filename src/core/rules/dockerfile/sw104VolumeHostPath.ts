import { problemRule } from './problemRule';

/** `VOLUME /host:/ctr` binds nothing: Docker records one container path with a colon in it. */
export const sw104VolumeHostPath = problemRule('SW104', 'error', {
  en: 'VOLUME names a host path',
  ko: 'VOLUME에 호스트 경로 지정',
});
