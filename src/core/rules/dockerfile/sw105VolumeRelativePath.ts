import { problemRule } from './problemRule';

/** A relative VOLUME path is recorded as written, not resolved against WORKDIR. */
export const sw105VolumeRelativePath = problemRule('SW105', 'warning', {
  en: 'VOLUME path is not absolute',
  ko: 'VOLUME 경로가 절대 경로가 아님',
});
