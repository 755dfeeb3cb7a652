import { hasInterpolation } from '../../mounts/composeShort';
import type { Rule } from '../rule';
import { composeOf } from './edits';

/** SW208: a short-syntax source without `./` that names a folder next to the Compose file. */
export const sw208BareFolderSource: Rule = {
  code: 'SW208',
  defaultSeverity: 'warning',
  title: { en: 'Folder name read as a volume name', ko: '볼륨 이름으로 읽히는 폴더 이름' },
  check(document, context) {
    const compose = composeOf(document);
    const folderExists = context.options.folderExists;
    if (compose === undefined || folderExists === undefined) return;
    const reported = new Set<string>();
    for (const service of compose.services) {
      for (const mount of service.mounts) {
        const source = mount.source;
        if (mount.syntax !== 'compose-short' || mount.type !== 'volume' || source === undefined) continue;
        if (hasInterpolation(source.value) || !folderExists(source.value)) continue;
        const key = `${source.range.start.line}:${source.range.start.character}`;
        if (reported.has(key)) continue;
        reported.add(key);
        context.report({
          range: source.range,
          message: {
            en: `"${source.value}" is read as the name of a volume, not the folder "${source.value}" next to this file: the container sees an empty volume; write "./${source.value}" to mount the folder.`,
            ko: `"${source.value}"는 이 파일 옆의 폴더 "${source.value}"가 아니라 볼륨 이름으로 읽힙니다: 컨테이너에는 빈 볼륨이 보입니다. 폴더를 마운트하려면 "./${source.value}"로 쓰세요.`,
          },
          fixes: [
            {
              title: { en: `Mount the folder "./${source.value}"`, ko: `폴더 "./${source.value}" 마운트하기` },
              edits: [{ range: { start: source.range.start, end: source.range.start }, newText: './' }],
              preferred: true,
            },
          ],
        });
      }
    }
  },
};
