import type { CodedProblem } from '../../document';
import type { Localized } from '../../l10n';
import { parseComposeLong } from '../../mounts/composeLong';
import { parseComposeShort } from '../../mounts/composeShort';
import type { Mount, MountContext, MountOption, VolumesFrom } from '../../mounts/mount';
import type { SpecText } from '../../mounts/specText';
import type { ComposeService } from './model';
import type { ComposeMap, ComposeNode, ComposeScalar } from './node';
import { entry } from './node';

const NOT_A_MOUNT: Localized = {
  en: 'Compose refuses the file: a volume entry is either text ([SOURCE:]TARGET[:MODE]) or a mapping (type, source, target...); quote it if it is meant as text.',
  ko: 'Compose가 파일을 거부합니다: 볼륨 항목은 문자열([SOURCE:]TARGET[:MODE])이거나 매핑(type, source, target...)이어야 합니다. 문자열이라면 따옴표로 감싸세요.',
};

const NOT_A_LIST: Localized = {
  en: 'Compose refuses the file: a service\'s "volumes" must be a list, one "- " entry per mount.',
  ko: 'Compose가 파일을 거부합니다: 서비스의 "volumes"는 마운트마다 "- " 항목 하나씩인 목록이어야 합니다.',
};

/** Reads every service under `services:` into mounts, and the parsers' problems as SW204/SW205. */
export function readServices(root: ComposeMap, problems: CodedProblem[]): ComposeService[] {
  const services = entry(root, 'services')?.value;
  if (services?.kind !== 'map') return [];
  return services.entries.map((serviceEntry) => {
    const context: MountContext = { kind: 'compose-service', name: serviceEntry.key };
    const service = serviceEntry.value;
    const mounts: Mount[] = [];
    const sharedMounts = new Set<Mount>();
    const volumesEntry = entry(service, 'volumes');
    const volumes = volumesEntry?.value;
    if (volumes?.kind === 'seq') {
      for (const item of volumes.items) {
        const shared = item.aliased || volumesEntry?.merged === true;
        if (item.kind === 'scalar' && typeof item.value === 'string') {
          const parsed = parseComposeShort(item.spec, context);
          if (parsed.mount) mounts.push(parsed.mount);
          if (parsed.mount && shared) sharedMounts.add(parsed.mount);
          for (const problem of parsed.problems) problems.push({ code: 'SW204', problem });
        } else if (item.kind === 'map') {
          const parsed = parseComposeLong(item, context);
          if (parsed.mount) mounts.push(parsed.mount);
          if (parsed.mount && shared) sharedMounts.add(parsed.mount);
          for (const problem of parsed.problems) problems.push({ code: 'SW205', problem });
        } else if (item.kind === 'seq' || item.value !== null) {
          problems.push({ code: 'SW204', problem: { range: item.range, message: NOT_A_MOUNT } });
        }
      }
    } else if (volumes !== undefined && !(volumes.kind === 'scalar' && volumes.value === null)) {
      problems.push({ code: 'SW204', problem: { range: volumes.range, message: NOT_A_LIST } });
    }
    for (const mount of readTmpfs(entry(service, 'tmpfs')?.value, context)) mounts.push(mount);
    return {
      name: { value: serviceEntry.key, range: serviceEntry.keyRange },
      mounts,
      volumesKeyRange: volumesEntry?.keyRange,
      range: serviceEntry.range,
      volumesFrom: readVolumesFrom(entry(service, 'volumes_from')?.value),
      sharedMounts,
    };
  });
}

function stringItems(node: ComposeNode | undefined): ComposeScalar[] {
  if (node?.kind === 'scalar') return typeof node.value === 'string' ? [node] : [];
  if (node?.kind === 'seq') return node.items.filter((i): i is ComposeScalar => i.kind === 'scalar' && typeof i.value === 'string');
  return [];
}

/** `tmpfs: /run` or a list of `PATH[:OPTIONS]`, the same text `--tmpfs` takes. */
function readTmpfs(node: ComposeNode | undefined, context: MountContext): Mount[] {
  return stringItems(node).map((item) => tmpfsMount(item.spec, context));
}

function tmpfsMount(spec: SpecText, context: MountContext): Mount {
  const value = spec.value;
  const colon = value.indexOf(':');
  const targetEnd = colon < 0 ? value.length : colon;
  const options: MountOption[] = [];
  if (colon >= 0) {
    let at = colon + 1;
    for (const word of value.slice(colon + 1).split(',')) {
      const start = at;
      at += word.length + 1;
      if (word === '') continue;
      const eq = word.indexOf('=');
      const key = eq < 0 ? word : word.slice(0, eq);
      options.push({
        key,
        keyRange: spec.rangeOf(start, start + key.length),
        value: eq < 0 ? undefined : word.slice(eq + 1),
        valueRange: eq < 0 ? undefined : spec.rangeOf(start + eq + 1, start + word.length),
      });
    }
  }
  return {
    type: 'tmpfs',
    source: undefined,
    target: { value: value.slice(0, targetEnd), range: spec.rangeOf(0, targetEnd) },
    readOnly: options.some((o) => o.key === 'ro'),
    options,
    syntax: 'tmpfs-flag',
    context,
    range: spec.range,
  };
}

/** `service`, `service:ro`, `container:name`, `container:name:rw`. */
function readVolumesFrom(node: ComposeNode | undefined): VolumesFrom[] {
  return stringItems(node).map((item) => {
    const spec = item.spec;
    const parts = spec.value.split(':');
    const prefixed = parts[0] === 'container' && parts.length > 1;
    const nameIndex = prefixed ? 1 : 0;
    const nameStart = prefixed ? 'container:'.length : 0;
    const name = parts[nameIndex] ?? '';
    const mode = parts[nameIndex + 1];
    const modeStart = nameStart + name.length + 1;
    return {
      container: { value: prefixed ? `container:${name}` : name, range: spec.rangeOf(0, nameStart + name.length) },
      mode: mode === undefined ? undefined : { value: mode, range: spec.rangeOf(modeStart, modeStart + mode.length) },
      range: spec.range,
    };
  });
}
