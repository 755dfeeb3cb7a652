import type { SpecProblem } from '../findings';
import type { Localized } from '../l10n';
import type { ComposeEntry, ComposeMap, ComposeNode } from '../sources/compose/node';
import type { Range } from '../text';
import { hasInterpolation, isAbsoluteContainerPath } from './composeShort';
import type { Mount, MountOption, MountType } from './mount';
import type { MountContext, ParsedMount } from './parse';

// Compose long syntax, checked against compose-spec's schema (`services.*.volumes` items) and what
// compose-go and the engine refuse after it. Options are recorded with dotted keys (`bind.propagation`).

export const LONG_SYNTAX_TYPES = ['bind', 'volume', 'tmpfs', 'npipe', 'image', 'cluster'] as const;

export const LONG_SYNTAX_KEYS = ['type', 'source', 'target', 'read_only', 'consistency', 'bind', 'volume', 'tmpfs', 'image'] as const;

/** The keys each option block takes, and which type it belongs to. */
export const LONG_SYNTAX_BLOCKS: Readonly<Record<'bind' | 'volume' | 'tmpfs' | 'image', readonly string[]>> = {
  bind: ['propagation', 'create_host_path', 'selinux', 'recursive'],
  volume: ['nocopy', 'subpath', 'labels'],
  tmpfs: ['size', 'mode'],
  image: ['subpath'],
};

const PROPAGATIONS = ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'];
const BOOLEAN_WORDS = ['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n'];
// go-units RAMInBytes: a number, an optional unit letter, an optional `i` and `b`.
const SIZE = /^\d+(\.\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?$/;

type Problem = (range: Range, message: Localized) => void;

export function parseComposeLong(map: ComposeMap, context: MountContext): ParsedMount {
  const problems: SpecProblem[] = [];
  const report: Problem = (range, message) => problems.push({ range, message });
  const options: MountOption[] = [];
  const get = (key: string): ComposeEntry | undefined => map.entries.find((e) => e.key === key);

  for (const e of map.entries) {
    if (e.key.startsWith('x-')) continue;
    if (!(LONG_SYNTAX_KEYS as readonly string[]).includes(e.key)) {
      report(e.keyRange, unknownKey(e.key, 'long syntax', LONG_SYNTAX_KEYS));
      continue;
    }
    if (e.value?.kind !== 'map') {
      options.push({ key: e.key, keyRange: e.keyRange, value: textOf(e.value), valueRange: e.value?.range });
    }
  }

  const typeEntry = get('type');
  const typeText = textOf(typeEntry?.value);
  let type: MountType | undefined;
  if (typeEntry === undefined) {
    report(map.range, {
      en: 'Compose refuses this mount: the long syntax needs "type" (bind, volume, tmpfs, npipe, image or cluster).',
      ko: 'Compose가 이 마운트를 거부합니다: 긴 문법에는 "type"(bind, volume, tmpfs, npipe, image, cluster)이 필요합니다.',
    });
  } else if (typeText !== undefined && hasInterpolation(typeText)) {
    type = undefined;
  } else if (typeText === undefined || !(LONG_SYNTAX_TYPES as readonly string[]).includes(typeText)) {
    report(typeEntry.value?.range ?? typeEntry.keyRange, {
      en: `Compose refuses this mount: "type" must be one of ${LONG_SYNTAX_TYPES.join(', ')}, not "${typeText ?? ''}".`,
      ko: `Compose가 이 마운트를 거부합니다: "type"은 ${LONG_SYNTAX_TYPES.join(', ')} 중 하나여야 하며 "${typeText ?? ''}"는 안 됩니다.`,
    });
  } else {
    type = typeText as MountType;
  }

  const sourceEntry = get('source');
  const targetEntry = get('target');
  const source = stringValue(sourceEntry, report);
  const target = stringValue(targetEntry, report);
  if (target === undefined && (targetEntry === undefined || targetEntry.value?.kind !== 'scalar' || typeof targetEntry.value.value !== 'string')) {
    report(targetEntry?.value?.range ?? targetEntry?.keyRange ?? map.range, {
      en: 'Compose refuses this mount: "service volume is missing a mount target"; add "target:" with the path inside the container.',
      ko: 'Compose가 이 마운트를 거부합니다: "service volume is missing a mount target". 컨테이너 안의 경로를 "target:"으로 적으세요.',
    });
  } else if (target !== undefined && !hasInterpolation(target.value)) {
    if (target.value === '/' || !isAbsoluteContainerPath(target.value)) {
      const why = target.value === '/' ? "invalid specification: destination can't be '/'" : `invalid mount path: '${target.value}' mount path must be absolute`;
      report(target.range, { en: `The engine refuses this mount: "${why}"; the container would not be created.`, ko: `엔진이 이 마운트를 거부합니다: "${why}". 컨테이너가 만들어지지 않습니다.` });
    }
  }

  if (type === 'tmpfs' && source !== undefined && source.value !== '') {
    report(sourceEntry?.keyRange ?? source.range, {
      en: 'The engine refuses this mount: "invalid mount config for type "tmpfs": field Source must not be specified"; a tmpfs lives in memory and has no source.',
      ko: '엔진이 이 마운트를 거부합니다: "invalid mount config for type "tmpfs": field Source must not be specified". tmpfs는 메모리에만 있으며 source가 없습니다.',
    });
  }
  if ((type === 'bind' || type === 'npipe' || type === 'image') && (source === undefined || source.value === '')) {
    report(typeEntry?.keyRange ?? map.range, {
      en: `The engine refuses this mount: "invalid mount config for type "${type}": field Source must not be empty"; add "source:".`,
      ko: `엔진이 이 마운트를 거부합니다: "invalid mount config for type "${type}": field Source must not be empty". "source:"를 적으세요.`,
    });
  }

  const readOnlyEntry = get('read_only');
  const readOnly = readOnlyEntry === undefined ? false : booleanValue(readOnlyEntry, report) === true;
  const consistency = get('consistency');
  if (consistency !== undefined) stringValue(consistency, report);

  for (const block of ['bind', 'volume', 'tmpfs', 'image'] as const) {
    const blockEntry = get(block);
    if (blockEntry === undefined) continue;
    if (type !== undefined && type !== block) {
      report(blockEntry.keyRange, {
        en: `"${block}" options do not apply to a mount of type "${type}": Compose ignores them ("mount of type \`${type}\` should not define \`${block}\` option").`,
        ko: `"${block}" 옵션은 "${type}" 형식 마운트에 적용되지 않습니다: Compose가 무시합니다 ("mount of type \`${type}\` should not define \`${block}\` option").`,
      });
    }
    readBlock(block, blockEntry, options, report);
  }

  if (type === undefined) return { mount: undefined, problems };
  const mount: Mount = {
    type,
    source: source === undefined || source.value === '' ? undefined : source,
    target,
    readOnly,
    options,
    syntax: 'compose-long',
    context,
    range: map.range,
  };
  return { mount, problems };
}

function readBlock(block: keyof typeof LONG_SYNTAX_BLOCKS, blockEntry: ComposeEntry, options: MountOption[], report: Problem): void {
  const value = blockEntry.value;
  if (value === undefined || (value.kind === 'scalar' && value.value === null)) return;
  if (value.kind !== 'map') {
    report(value.range, { en: `Compose refuses this mount: "${block}" must be a mapping of options.`, ko: `Compose가 이 마운트를 거부합니다: "${block}"은 옵션 매핑이어야 합니다.` });
    return;
  }
  for (const e of value.entries) {
    if (e.key.startsWith('x-')) continue;
    const key = `${block}.${e.key}`;
    if (!LONG_SYNTAX_BLOCKS[block].includes(e.key)) {
      report(e.keyRange, unknownKey(e.key, `"${block}" options`, LONG_SYNTAX_BLOCKS[block]));
      continue;
    }
    options.push({ key, keyRange: e.keyRange, value: textOf(e.value), valueRange: e.value?.range });
    checkBlockValue(key, e, report);
  }
}

function checkBlockValue(key: string, e: ComposeEntry, report: Problem): void {
  const text = textOf(e.value);
  if (text !== undefined && hasInterpolation(text)) return;
  const bad = (accepted: string): void =>
    report(e.value?.range ?? e.keyRange, {
      en: `Compose refuses this mount: "${key}" must be ${accepted}, not "${text ?? ''}".`,
      ko: `Compose가 이 마운트를 거부합니다: "${key}"은 ${accepted}이어야 하며 "${text ?? ''}"는 안 됩니다.`,
    });
  switch (key) {
    case 'bind.propagation':
      if (text === undefined || !PROPAGATIONS.includes(text)) bad(PROPAGATIONS.join(', '));
      return;
    case 'bind.selinux':
      if (text !== 'z' && text !== 'Z') bad('z or Z');
      return;
    case 'bind.recursive':
      if (text === undefined || !['enabled', 'disabled', 'writable', 'readonly'].includes(text)) bad('enabled, disabled, writable or readonly');
      return;
    case 'bind.create_host_path':
    case 'volume.nocopy':
      booleanValue(e, report);
      return;
    case 'volume.subpath':
    case 'image.subpath':
      stringValue(e, report);
      return;
    case 'tmpfs.size':
      if (e.value?.kind === 'scalar' && typeof e.value.value === 'number' && Number.isInteger(e.value.value) && e.value.value >= 0) return;
      if (e.value?.kind !== 'scalar' || typeof e.value.value !== 'string' || !SIZE.test(e.value.value)) bad('a byte count or a size such as 64m or 1g');
      return;
    case 'tmpfs.mode':
      if (e.value?.kind === 'scalar' && typeof e.value.value === 'number' && Number.isInteger(e.value.value) && e.value.value >= 0) return;
      if (e.value?.kind !== 'scalar' || typeof e.value.value !== 'string' || !/^[0-7]{1,4}$/.test(e.value.value)) bad('an octal file mode such as 1777');
      return;
  }
}

function textOf(node: ComposeNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return node.spec.value;
}

function stringValue(e: ComposeEntry | undefined, report: Problem): { value: string; range: Range } | undefined {
  if (e === undefined) return undefined;
  const node = e.value;
  if (node?.kind === 'scalar' && typeof node.value === 'string') return { value: node.value, range: node.range };
  if (node?.kind === 'scalar' && node.value === null) return undefined;
  if (e.key !== 'target') {
    report(node?.range ?? e.keyRange, {
      en: `Compose refuses this mount: "${e.key}" must be text; quote it if it is meant as text.`,
      ko: `Compose가 이 마운트를 거부합니다: "${e.key}"은 문자열이어야 합니다. 문자열이라면 따옴표로 감싸세요.`,
    });
  }
  return undefined;
}

/** compose-go takes YAML booleans and the words true/false/yes/no/on/off/y/n in any case. */
function booleanValue(e: ComposeEntry, report: Problem): boolean | undefined {
  const node = e.value;
  if (node?.kind === 'scalar' && typeof node.value === 'boolean') return node.value;
  if (node?.kind === 'scalar' && typeof node.value === 'string') {
    if (hasInterpolation(node.value)) return undefined;
    const word = node.value.toLowerCase();
    if (BOOLEAN_WORDS.includes(word)) return ['true', 'yes', 'on', 'y'].includes(word);
  }
  report(node?.range ?? e.keyRange, {
    en: `Compose refuses this mount: "${e.key}" must be true or false, not "${textOf(node) ?? ''}".`,
    ko: `Compose가 이 마운트를 거부합니다: "${e.key}"은 true 또는 false여야 하며 "${textOf(node) ?? ''}"는 안 됩니다.`,
  });
  return undefined;
}

function unknownKey(key: string, where: string, known: readonly string[]): Localized {
  return {
    en: `Compose refuses this mount: "additional property ${key} is not allowed" in ${where} (known: ${known.join(', ')}).`,
    ko: `Compose가 이 마운트를 거부합니다: ${where}에 "${key}" 속성은 허용되지 않습니다 (사용 가능: ${known.join(', ')}).`,
  };
}
