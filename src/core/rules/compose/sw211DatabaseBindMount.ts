import type { AnalyzedDocument } from '../../document';
import type { Fix } from '../../findings';
import { isWithin } from '../../images/paths';
import { cleanPath } from '../../images/paths';
import { serviceImageVolumes, uncoveredImageVolumes } from '../../images/service';
import type { Mount } from '../../mounts/mount';
import { optionValue } from '../../mounts/mount';
import type { ComposeDocument, ComposeService } from '../../sources/compose/model';
import type { TextEdit } from '../../text';
import type { Rule } from '../rule';
import { composeOf, declaredVolumeNames, declareVolumeEdit, newVolumeName } from './edits';
import { mergeInsertions } from './imageVolumeEdits';

/** Short-syntax modes a named volume takes as well as a bind mount; others (propagation) are bind-only. */
const VOLUME_MODES = new Set(['ro', 'rw', 'z', 'Z', 'cached', 'delegated', 'consistent']);

/**
 * SW211: a database image's data folder is bind-mounted from the host. On Docker Desktop (macOS, Windows)
 * that goes through the file-sharing layer between the host and the VM: much slower than a volume, and
 * the database's flushes are not under the engine's exact control.
 */
export const sw211DatabaseBindMount: Rule = {
  code: 'SW211',
  defaultSeverity: 'info',
  title: { en: 'Database files on a bind mount', ko: '바인드 마운트에 둔 데이터베이스 파일' },
  check(document, context) {
    const compose = composeOf(document);
    if (compose === undefined || compose.broken) return;
    const taken = declaredVolumeNames(compose);
    for (const service of compose.services) {
      const resolved = serviceImageVolumes(document, service, context.options);
      const dataPath = resolved?.dataPath;
      if (resolved === undefined || dataPath === undefined) continue;
      if (!service.mounts.some((m) => m.type === 'bind' && m.target !== undefined && isWithin(dataPath, m.target.value))) continue;
      const holder = innermostHolder(service, dataPath, uncoveredImageVolumes(service, resolved, context.options));
      for (const mount of service.mounts) {
        const target = mount.target?.value;
        if (mount.type !== 'bind' || mount.source === undefined || target === undefined || target === '/') continue;
        // The files land on the bind only when nothing deeper holds the data path: another mount, or an
        // anonymous volume the engine adds at an image volume no mount sits at (SW209's case).
        if (holder !== mount) continue;
        context.report({
          range: mount.source.range,
          message: {
            en: `${resolved.label.en} keeps its database files in ${dataPath}, bind-mounted here from ${mount.source.value}: on Docker Desktop (macOS, Windows) a bind mount goes through a file-sharing layer that is much slower than a volume and does not give the engine exact control of disk flushes; a named volume is the usual choice.`,
            ko: `${resolved.label.ko}는 데이터베이스 파일을 ${dataPath}에 두는데, 여기서는 ${mount.source.value}에서 바인드 마운트합니다. Docker Desktop(macOS, Windows)에서 바인드 마운트는 볼륨보다 훨씬 느린 파일 공유 계층을 거치고 엔진이 디스크 플러시를 정확히 제어하지 못합니다. 보통은 이름 있는 볼륨을 씁니다.`,
          },
          fixes: service.sharedMounts.has(mount) ? [] : volumeFix(document, compose, service, mount, taken),
        });
      }
    }
  },
};

/** The mount the data path's files end up on: the deepest one containing it; `undefined` for an anonymous one. */
function innermostHolder(service: ComposeService, dataPath: string, anonymousAt: readonly string[]): Mount | undefined {
  let best: { readonly depth: number; readonly mount: Mount | undefined } | undefined;
  for (const mount of service.mounts) {
    const target = mount.target?.value;
    if (target === undefined || !target.startsWith('/') || !isWithin(dataPath, target)) continue;
    const depth = cleanPath(target).length;
    if (best === undefined || depth > best.depth) best = { depth, mount };
  }
  for (const path of anonymousAt) {
    if (!isWithin(dataPath, path)) continue;
    const depth = cleanPath(path).length;
    if (best === undefined || depth >= best.depth) best = { depth, mount: undefined };
  }
  return best?.mount;
}

function volumeFix(document: AnalyzedDocument, compose: ComposeDocument, service: ComposeService, mount: Mount, taken: Set<string>): Fix[] {
  if (mount.source === undefined || mount.target === undefined) return [];
  const name = newVolumeName(service.name.value, mount.target.value, taken);
  const edits: TextEdit[] = [];
  if (mount.syntax === 'compose-short') {
    if (mount.options.some((o) => !VOLUME_MODES.has(o.key))) return [];
    edits.push({ range: mount.source.range, newText: name });
  } else if (mount.syntax === 'compose-long') {
    const type = optionValue(mount, 'type');
    const source = optionValue(mount, 'source');
    if (type?.valueRange === undefined || source?.valueRange === undefined || mount.options.some((o) => o.key.startsWith('bind.'))) return [];
    edits.push({ range: type.valueRange, newText: 'volume' }, { range: source.valueRange, newText: name });
  } else {
    return [];
  }
  const declare = declareVolumeEdit(document, compose, name);
  if (declare === undefined) return [];
  edits.push(declare);
  taken.add(name);
  return [
    {
      title: { en: `Use a named volume "${name}" instead of ${mount.source.value}`, ko: `${mount.source.value} 대신 이름 있는 볼륨 "${name}" 쓰기` },
      edits: mergeInsertions(edits),
      preferred: true,
    },
  ];
}
