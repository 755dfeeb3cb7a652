// Hover texts are data: a title, what the part means, its accepted values and default, and a link to
// Docker's own page. Rendering to Markdown happens in one place so every hover reads the same way.
import type { Locale, Localized } from '../l10n';

export interface DocEntry {
  readonly title: Localized;
  readonly body: Localized;
  readonly values?: Localized;
  readonly defaultValue?: Localized;
  readonly url: string;
}

const LABELS = {
  values: { en: 'Accepted values', ko: '허용되는 값' },
  defaultValue: { en: 'Default', ko: '기본값' },
  docs: { en: 'Docker documentation', ko: 'Docker 문서' },
} as const;

export function l(en: string, ko: string): Localized {
  return { en, ko };
}

export function renderEntry(entry: DocEntry, locale: Locale): string {
  const parts = [`**${entry.title[locale]}**`, entry.body[locale]];
  if (entry.values !== undefined) parts.push(`${LABELS.values[locale]}: ${entry.values[locale]}`);
  if (entry.defaultValue !== undefined) parts.push(`${LABELS.defaultValue[locale]}: ${entry.defaultValue[locale]}`);
  parts.push(`[${LABELS.docs[locale]}](${entry.url})`);
  return parts.join('\n\n');
}

export const URLS = {
  storage: 'https://docs.docker.com/engine/storage/',
  volumes: 'https://docs.docker.com/engine/storage/volumes/',
  volumesMount: 'https://docs.docker.com/engine/storage/volumes/#options-for---mount',
  bindMounts: 'https://docs.docker.com/engine/storage/bind-mounts/',
  bindMount: 'https://docs.docker.com/engine/storage/bind-mounts/#options-for---mount',
  propagation: 'https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation',
  selinux: 'https://docs.docker.com/engine/storage/bind-mounts/#configure-the-selinux-label',
  tmpfs: 'https://docs.docker.com/engine/storage/tmpfs/',
  run: 'https://docs.docker.com/reference/cli/docker/container/run/',
  runVolume: 'https://docs.docker.com/reference/cli/docker/container/run/#volume',
  runMount: 'https://docs.docker.com/reference/cli/docker/container/run/#mount',
  runTmpfs: 'https://docs.docker.com/reference/cli/docker/container/run/#tmpfs',
  runVolumesFrom: 'https://docs.docker.com/reference/cli/docker/container/run/#volumes-from',
  runRm: 'https://docs.docker.com/reference/cli/docker/container/run/#rm',
  runReadOnly: 'https://docs.docker.com/reference/cli/docker/container/run/#read-only',
  volumeCreate: 'https://docs.docker.com/reference/cli/docker/volume/create/',
  volumeLs: 'https://docs.docker.com/reference/cli/docker/volume/ls/',
  volumeInspect: 'https://docs.docker.com/reference/cli/docker/volume/inspect/',
  volumeRm: 'https://docs.docker.com/reference/cli/docker/volume/rm/',
  volumePrune: 'https://docs.docker.com/reference/cli/docker/volume/prune/',
  dockerfileVolume: 'https://docs.docker.com/reference/dockerfile/#volume',
  dockerfileRunMount: 'https://docs.docker.com/reference/dockerfile/#run---mount',
  composeServiceVolumes: 'https://docs.docker.com/reference/compose-file/services/#volumes',
  composeShort: 'https://docs.docker.com/reference/compose-file/services/#short-syntax-5',
  composeLong: 'https://docs.docker.com/reference/compose-file/services/#long-syntax-5',
  composeTmpfs: 'https://docs.docker.com/reference/compose-file/services/#tmpfs',
  composeVolumes: 'https://docs.docker.com/reference/compose-file/volumes/',
} as const;
