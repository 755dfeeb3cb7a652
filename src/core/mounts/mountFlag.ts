import type { SpecProblem } from '../findings';
import type { Spanned } from '../text';
import { readCsvRecord } from './csv';
import { isPodman } from './dialect';
import type { Mount, MountType } from './mount';
import { checkMountField, fieldBlock, parseGoBool, readMountField, type MountField, type OptionBlock } from './mountFields';
import { PROPAGATION_MODES } from './modes';
import type { MountContext, ParsedMount, SpecText } from './parse';
import { hasShellExpansion, isLinuxAbsolute, isLinuxRoot, isLocalPath, isWindowsPath } from './paths';
import { procTargetProblem } from './procTarget';
import { refusal } from './refusal';
import { localDriverOptionChecks } from './localDriverOptions';
import { isLocalDriver, localVolumeNameProblem } from './volumeName';

// `--mount type=...,source=...,target=...`: first the docker CLI reads the CSV and its fields
// (docker/cli opts/mount.go), then the daemon validates the mount (moby daemon/volume/mounts/linux_parser.go
// validateMountConfig). Checks that need the host (a bind source that does not exist, propagation on a
// private mount, the engine's API version) are left out: the text cannot tell.

const KNOWN_TYPES: ReadonlySet<string> = new Set(['volume', 'bind', 'tmpfs', 'npipe', 'image', 'cluster']);

interface MountFacts {
  type: string;
  typeField: MountField | undefined;
  source: Spanned | undefined;
  target: Spanned | undefined;
  readOnly: boolean;
  propagation: MountField | undefined;
  bindRecursive: MountField | undefined;
  volumeSubpath: MountField | undefined;
  imageSubpath: MountField | undefined;
  volumeDriver: string | undefined;
}

function collectFacts(fields: readonly MountField[]): MountFacts {
  const facts: MountFacts = {
    type: 'volume',
    typeField: undefined,
    source: undefined,
    target: undefined,
    readOnly: false,
    propagation: undefined,
    bindRecursive: undefined,
    volumeSubpath: undefined,
    imageSubpath: undefined,
    volumeDriver: undefined,
  };
  for (const f of fields) {
    const value = f.value ?? '';
    const spanned = { value, range: f.valueOrFieldRange };
    switch (f.key) {
      case 'type':
        facts.type = value.toLowerCase();
        facts.typeField = f;
        break;
      case 'source':
      case 'src':
        facts.source = spanned;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        facts.target = spanned;
        break;
      case 'readonly':
      case 'ro':
        facts.readOnly = f.value === undefined || parseGoBool(value) === true;
        break;
      case 'bind-propagation':
        facts.propagation = f;
        break;
      case 'bind-recursive':
        facts.bindRecursive = f;
        break;
      case 'volume-subpath':
        facts.volumeSubpath = f;
        break;
      case 'image-subpath':
        facts.imageSubpath = f;
        break;
      case 'volume-driver':
        facts.volumeDriver = value;
        break;
    }
  }
  return facts;
}

/** The CLI's checks on the whole mount, after every field was read. */
function cliChecks(spec: SpecText, fields: readonly MountField[], facts: MountFacts): SpecProblem[] {
  if (facts.type === '') {
    const range = facts.typeField?.valueOrFieldRange ?? spec.range;
    return [refusal(range, 'type is required', { en: '`type=` is empty: use volume, bind, tmpfs, image or npipe.', ko: '`type=`이 비어 있습니다: volume, bind, tmpfs, image, npipe 중에서 쓰세요.' })];
  }
  if (facts.target === undefined || facts.target.value === '') {
    return [
      refusal(facts.target?.range ?? spec.range, 'target is required', {
        en: 'Every --mount needs target= (or dst=, destination=): the path inside the container.',
        ko: '모든 --mount에는 컨테이너 안의 경로인 target=(또는 dst=, destination=)이 있어야 합니다.',
      }),
    ];
  }
  const problems: SpecProblem[] = [];
  for (const f of fields) {
    const block: OptionBlock | undefined = fieldBlock(f);
    if (block === undefined || block === facts.type) continue;
    problems.push(
      refusal(f.option.keyRange, `cannot mix '${block}-*' options with mount type '${facts.type}'`, {
        en: `\`${f.key}\` applies to type=${block} only, and this mount is type=${facts.type}.`,
        ko: `\`${f.key}\`은(는) type=${block}에만 쓸 수 있는데 이 마운트는 type=${facts.type}입니다.`,
      }),
    );
  }
  if (problems.length > 0) return problems;
  const recursive = facts.bindRecursive;
  if (recursive !== undefined && (recursive.value === 'writable' || recursive.value === 'readonly') && !facts.readOnly) {
    return [
      refusal(recursive.fieldRange, `option 'bind-recursive=${recursive.value}' requires 'readonly' to be specified in conjunction`, {
        en: `bind-recursive=${recursive.value} only makes sense on a read-only mount: add readonly.`,
        ko: `bind-recursive=${recursive.value}는 읽기 전용 마운트에만 의미가 있습니다: readonly를 추가하세요.`,
      }),
    ];
  }
  if (recursive?.value === 'readonly' && facts.propagation?.value?.toLowerCase() !== 'rprivate') {
    return [
      refusal(recursive.fieldRange, "option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction", {
        en: 'A recursively read-only bind mount needs bind-propagation=rprivate.',
        ko: '재귀적 읽기 전용 바인드 마운트에는 bind-propagation=rprivate가 필요합니다.',
      }),
    ];
  }
  return [];
}

/** The daemon's validateMountConfig, for what the text shows. */
function daemonChecks(fields: readonly MountField[], facts: MountFacts, target: Spanned): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const type = facts.type;
  const config = `invalid mount config for type "${type}"`;
  const windows = isWindowsPath(target.value) || (facts.source !== undefined && isWindowsPath(facts.source.value));
  if (!KNOWN_TYPES.has(type) || type === 'cluster') {
    const range = facts.typeField?.valueOrFieldRange ?? target.range;
    return [
      refusal(range, `${config}: mount type unknown`, {
        en: type === 'cluster' ? 'Cluster volumes work only in swarm services, not with docker run.' : `\`${type}\` is not a mount type: use volume, bind, tmpfs, image or npipe.`,
        ko: type === 'cluster' ? '클러스터 볼륨은 swarm 서비스에서만 쓸 수 있고 docker run에서는 쓸 수 없습니다.' : `\`${type}\`은(는) 마운트 종류가 아닙니다: volume, bind, tmpfs, image, npipe 중에서 쓰세요.`,
      }),
    ];
  }
  if (type === 'npipe' || windows) return problems; // a Windows host's mount: the Linux rules do not apply
  if (!hasShellExpansion(target.value)) {
    if (isLinuxRoot(target.value)) {
      problems.push(refusal(target.range, `${config}: invalid specification: destination can't be '/'`, { en: 'The container path cannot be / itself.', ko: '컨테이너 경로는 / 자체일 수 없습니다.' }));
    } else if (!isLinuxAbsolute(target.value)) {
      problems.push(
        refusal(target.range, `${config}: invalid mount path: '${target.value}' mount path must be absolute`, {
          en: `The container path \`${target.value}\` must be absolute (start with /).`,
          ko: `컨테이너 경로 \`${target.value}\`은(는) 절대 경로(/로 시작)여야 합니다.`,
        }),
      );
    }
  }
  const source = facts.source;
  const hasSource = source !== undefined && source.value !== '';
  const missingSource = (what: string, whatKo: string): SpecProblem =>
    refusal(source?.range ?? facts.typeField?.valueOrFieldRange ?? target.range, `${config}: field Source must not be empty`, { en: `type=${type} needs source= (${what}).`, ko: `type=${type}에는 source=(${whatKo})가 필요합니다.` });
  const subpathProblem = (f: MountField | undefined): SpecProblem | undefined =>
    f !== undefined && f.value !== undefined && f.value !== '' && !hasShellExpansion(f.value) && !isLocalPath(f.value)
      ? refusal(f.valueOrFieldRange, `${config}: subpath must be a relative path within the volume`, {
          en: `\`${f.value}\` must be a relative path that stays inside the ${type}.`,
          ko: `\`${f.value}\`은(는) ${type} 안에 머무는 상대 경로여야 합니다.`,
        })
      : undefined;
  switch (type) {
    case 'bind': {
      if (!hasSource) {
        problems.push(missingSource('the host path', '호스트 경로'));
        break;
      }
      const propagation = facts.propagation?.value?.toLowerCase();
      if (facts.propagation !== undefined && propagation !== undefined && propagation !== '' && !PROPAGATION_MODES.includes(propagation)) {
        problems.push(
          refusal(facts.propagation.valueOrFieldRange, `${config}: invalid propagation mode: ${propagation}`, {
            en: 'bind-propagation takes shared, rshared, slave, rslave, private or rprivate.',
            ko: 'bind-propagation에는 shared, rshared, slave, rslave, private, rprivate 중 하나를 씁니다.',
          }),
        );
      }
      // The CLI makes `.`-relative sources absolute; anything else relative reaches the daemon as is.
      if (!hasShellExpansion(source.value) && !source.value.startsWith('.') && !isLinuxAbsolute(source.value)) {
        problems.push(
          refusal(source.range, `${config}: invalid mount path: '${source.value}' mount path must be absolute`, {
            en: `The host path \`${source.value}\` must be absolute or start with ./ (the shell does not expand ~ after source=).`,
            ko: `호스트 경로 \`${source.value}\`은(는) 절대 경로이거나 ./로 시작해야 합니다(source= 뒤의 ~는 셸이 펼치지 않습니다).`,
          }),
        );
      }
      break;
    }
    case 'volume': {
      if (!hasSource && facts.volumeSubpath?.value !== undefined && facts.volumeSubpath.value !== '') {
        problems.push(
          refusal(facts.volumeSubpath.fieldRange, `${config}: must not set Subpath when using anonymous volumes`, {
            en: 'volume-subpath needs a named volume: add source=NAME.',
            ko: 'volume-subpath에는 이름 있는 볼륨이 필요합니다: source=이름을 추가하세요.',
          }),
        );
      } else {
        const subpath = subpathProblem(facts.volumeSubpath);
        if (subpath !== undefined) problems.push(subpath);
      }
      if (hasSource && !hasShellExpansion(source.value) && isLocalDriver(facts.volumeDriver)) {
        const name = localVolumeNameProblem(source.value);
        if (name !== undefined) problems.push(refusal(source.range, name.dockerError, name.explanation));
      }
      if (isLocalDriver(facts.volumeDriver)) problems.push(...localDriverOptionChecks(fields, hasSource ? source.value : undefined));
      break;
    }
    case 'tmpfs':
      if (hasSource) {
        problems.push(
          refusal(source.range, `${config}: field Source must not be specified`, {
            en: 'A tmpfs mount lives in memory and takes no source: remove source=.',
            ko: 'tmpfs 마운트는 메모리에만 있으므로 원본이 없습니다: source=를 지우세요.',
          }),
        );
      }
      break;
    case 'image': {
      if (!hasSource) problems.push(missingSource('the image', '이미지'));
      const subpath = subpathProblem(facts.imageSubpath);
      if (subpath !== undefined) problems.push(subpath);
      break;
    }
  }
  return problems;
}

export function parseMountFlag(spec: SpecText, context: MountContext): ParsedMount {
  const record = readCsvRecord(spec.value);
  if (record.error !== undefined) {
    const { message, at } = record.error;
    const range = spec.value === '' ? spec.range : spec.rangeOf(Math.min(at, spec.value.length - 1), Math.min(at + 1, spec.value.length));
    const explanation =
      message === 'EOF'
        ? { en: 'The --mount value is empty.', ko: '--mount 값이 비어 있습니다.' }
        : {
            en: 'Quotes inside --mount follow CSV rules: quote a whole field ("target=/a,b"), never part of one.',
            ko: '--mount 안의 따옴표는 CSV 규칙을 따릅니다: 필드 일부가 아니라 필드 전체를 따옴표로 감싸세요("target=/a,b").',
          };
    return { mount: undefined, problems: [refusal(range, message, explanation)] };
  }
  const fields = record.fields.map((f) => readMountField(spec, f));
  const facts = collectFacts(fields);
  if (isPodman(context)) return podmanMount(spec, context, fields, facts);
  const problems: SpecProblem[] = [];
  for (const f of fields) {
    const problem = checkMountField(f);
    if (problem !== undefined) problems.push(problem);
  }
  if (problems.length === 0) problems.push(...cliChecks(spec, fields, facts));
  if (problems.length === 0 && facts.target !== undefined) problems.push(...daemonChecks(fields, facts, facts.target));
  const mount = toMount(spec, context, fields, facts);
  // Refused only once the container starts, so it matters only when nothing above stops the create.
  const proc = problems.length > 0 || mount?.target === undefined ? undefined : procTargetProblem(mount.type, mount.target);
  if (proc !== undefined) problems.push(proc);
  return { mount, problems };
}

function toMount(spec: SpecText, context: MountContext, fields: readonly MountField[], facts: MountFacts): Mount | undefined {
  if (!KNOWN_TYPES.has(facts.type)) return undefined;
  const type = facts.type as MountType;
  return { type, source: facts.source, target: facts.target, readOnly: facts.readOnly, options: fields.map((f) => f.option), syntax: 'mount-flag', context, range: spec.range };
}

/** Podman's --mount knows more keys and types; only a missing target is certain to be refused. */
function podmanMount(spec: SpecText, context: MountContext, fields: readonly MountField[], facts: MountFacts): ParsedMount {
  const problems: SpecProblem[] = [];
  if (facts.target === undefined || facts.target.value === '') {
    problems.push(refusal(facts.target?.range ?? spec.range, undefined, { en: 'Every --mount needs target= (or dst=, destination=): the path inside the container.', ko: '모든 --mount에는 컨테이너 안의 경로인 target=(또는 dst=, destination=)이 있어야 합니다.' }));
  }
  return { mount: toMount(spec, context, fields, facts), problems };
}
