import type { AnalyzedDocument } from '../../document';
import type { Fix } from '../../findings';
import { hasInterpolation } from '../../mounts/composeShort';
import type { ComposeDocument, ComposeVolumeDeclaration } from '../../sources/compose/model';
import { sourceCanName, volumeSource } from '../../sources/compose/volumeSources';
import type { Rule } from '../rule';
import { composeOf, removeLinesEdit } from './edits';

/** SW203: a top-level volume that no service here or in a related Compose file uses. */
export const sw203UnusedVolume: Rule = {
  code: 'SW203',
  defaultSeverity: 'info',
  title: { en: 'Declared volume is not used', ko: '쓰이지 않는 선언된 볼륨' },
  check(document, context) {
    const compose = composeOf(document);
    if (compose === undefined || compose.broken) return;
    const used = new Set<string>();
    // Sources holding a variable, each of which may name several of the declared volumes.
    const patterns = new Set<string>();
    const use = (source: string): void => {
      if (hasInterpolation(source)) patterns.add(source);
      else used.add(source);
    };
    for (const name of compose.relatedUsedVolumeNames) use(name);
    for (const service of compose.services) {
      for (const mount of service.mounts) {
        const source = volumeSource(mount);
        if (source !== undefined) use(source);
      }
    }
    const variable = [...patterns];
    for (const declaration of compose.volumes) {
      const name = declaration.name.value;
      if (used.has(name) || variable.some((p) => sourceCanName(p, name))) continue;
      context.report({
        range: declaration.name.range,
        message: {
          en: `Volume "${declaration.name.value}" is declared but no service mounts it: no data is kept there, though the file suggests it is.`,
          ko: `볼륨 "${declaration.name.value}"은 선언되었지만 어느 서비스도 마운트하지 않습니다: 파일은 데이터가 그곳에 있는 것처럼 보이게 하지만 아무것도 저장되지 않습니다.`,
        },
        fixes: declaration.shared ? [] : removeFix(document, compose, declaration),
      });
    }
  },
};

function removeFix(document: AnalyzedDocument, compose: ComposeDocument, declaration: ComposeVolumeDeclaration): Fix[] {
  const only = compose.volumes.length === 1 && compose.volumesKeyRange !== undefined && compose.layout.volumesStyle === 'block';
  if (compose.layout.volumesStyle === 'flow') return [];
  // Removing the last entry removes the `volumes:` key with it, rather than leave an empty section.
  const range = only && compose.volumesKeyRange !== undefined ? { start: compose.volumesKeyRange.start, end: declaration.range.end } : declaration.range;
  return [
    {
      title: { en: `Remove the unused volume "${declaration.name.value}"`, ko: `쓰이지 않는 볼륨 "${declaration.name.value}" 제거하기` },
      edits: [removeLinesEdit(document, range)],
      preferred: true,
    },
  ];
}
