// Hovers on every part of every storage syntax: the mount models give exact ranges for specs, keys and
// values; command tokens give the flags; Compose keys outside a mount are found by indentation.
import { equivalentMountFlag } from './codeActions';
import { yamlKeyPath, yamlLineAt } from './completion';
import type { DocEntry } from './docs';
import {
  COMPOSE_LONG_KEY_DOCS, COMPOSE_SERVICE_KEY_DOCS, COMPOSE_SHORT_DOCS, COMPOSE_TOP_LEVEL_VOLUME_DOCS,
  DOCKERFILE_VOLUME_DOC, FLAG_ALIASES, FLAG_DOCS, MOUNT_FLAG_KEY_ALIASES, MOUNT_FLAG_KEY_DOCS, RUN_MOUNT_FLAG_DOC,
  RUN_MOUNT_KEY_ALIASES, RUN_MOUNT_KEY_DOCS, STORAGE_KINDS, VOLUME_COMMAND_DOCS, VOLUME_FLAG_PART_DOCS, VOLUME_MODE_DOCS, describeMount, renderEntry,
} from './docs';
import type { AnalyzedDocument } from './document';
import type { EngineFacts, ProjectFile } from './engineFacts';
import { volumeReferenceAt } from './engineFacts';
import { engineVolumeText } from './docs/engineVolume';
import type { Locale, Localized } from './l10n';
import type { Mount } from './mounts/mount';
import type { Position, Range } from './text';
import { containsPosition } from './text';

export interface HoverOptions {
  /** Append the storage kinds explainer (the server asks for it on a document's first mount hover). */
  readonly withStorageKinds?: boolean;
  /** The engine's snapshot: a named volume's hover then says what the engine holds. */
  readonly engine?: EngineFacts;
  /** Compose files read with this one (base and override), for the project name of engine volume names. */
  readonly relatedComposeFiles?: readonly ProjectFile[];
}

export interface HoverResult {
  readonly range: Range;
  /** Markdown in both languages. */
  readonly contents: Localized;
  /** The mount the hover is about, when it is about one. */
  readonly mount?: Mount;
}

function render(make: (locale: Locale) => string): Localized {
  return { en: make('en'), ko: make('ko') };
}

export function allMounts(document: AnalyzedDocument): Mount[] {
  const seen = new Set<Mount>(document.mounts);
  for (const service of document.compose?.services ?? []) for (const m of service.mounts) seen.add(m);
  for (const stage of document.dockerfile?.stages ?? []) {
    for (const m of stage.volumes) seen.add(m);
    for (const m of stage.runMounts) seen.add(m);
  }
  for (const command of document.commands) for (const m of command.mounts) seen.add(m);
  return [...seen];
}

function size(range: Range): number {
  return (range.end.line - range.start.line) * 10000 + range.end.character - range.start.character;
}

export function computeHover(document: AnalyzedDocument, position: Position, options: HoverOptions = {}): HoverResult | undefined {
  const reference = options.engine === undefined ? undefined : volumeReferenceAt(document, position, options.relatedComposeFiles);
  const engineText = reference === undefined || options.engine === undefined ? undefined : engineVolumeText(reference, options.engine);
  const hover = textHover(document, position, options, engineText);
  if (reference === undefined || engineText === undefined) return hover;
  if (hover === undefined) return { range: reference.range, contents: engineText };
  // A mount hover already holds it (before the storage kinds explainer).
  if (hover.mount !== undefined) return hover;
  return { ...hover, contents: render((locale) => `${hover.contents[locale]}\n\n---\n\n${engineText[locale]}`) };
}

function textHover(document: AnalyzedDocument, position: Position, options: HoverOptions, engineText: Localized | undefined): HoverResult | undefined {
  const mount = allMounts(document)
    .filter((m) => containsPosition(m.range, position))
    .sort((a, b) => size(a.range) - size(b.range))[0];
  if (mount !== undefined) {
    const hover = mountHover(mount, position, options, engineText);
    if (hover !== undefined) return hover;
  }
  return commandHover(document, position) ?? dockerfileHover(document, position) ?? composeHover(document, position) ?? textFlagHover(document, position);
}

const BIND_SOURCE_NOTE: Localized = {
  en: 'One difference: `-v` creates a missing host path as an empty folder, `--mount` refuses it ("bind source path does not exist").',
  ko: '한 가지 다른 점: `-v`는 없는 호스트 경로를 빈 폴더로 만들고, `--mount`는 거부합니다("bind source path does not exist").',
};

function keyDoc(mount: Mount, key: string): DocEntry | undefined {
  switch (mount.syntax) {
    case 'mount-flag':
      return MOUNT_FLAG_KEY_DOCS[MOUNT_FLAG_KEY_ALIASES[key] ?? key];
    case 'run-mount':
      return RUN_MOUNT_KEY_DOCS[RUN_MOUNT_KEY_ALIASES[key] ?? key];
    case 'volume-flag':
    case 'compose-short':
      return VOLUME_MODE_DOCS[key];
    case 'compose-long':
      return COMPOSE_LONG_KEY_DOCS[key] ?? COMPOSE_LONG_KEY_DOCS[`${mount.type}.${key}`];
    case 'tmpfs-flag':
      return FLAG_DOCS['--tmpfs'];
    case 'dockerfile-volume':
      return DOCKERFILE_VOLUME_DOC;
  }
}

function mountHover(mount: Mount, position: Position, options: HoverOptions, engineText: Localized | undefined): HoverResult | undefined {
  let range = mount.range;
  let entry: DocEntry | undefined;
  let valueNote: Localized | undefined;
  const option = mount.options.find((o) => containsPosition(o.keyRange, position) || (o.valueRange !== undefined && containsPosition(o.valueRange, position)));
  if (option !== undefined) {
    const onValue = option.valueRange !== undefined && containsPosition(option.valueRange, position) && !containsPosition(option.keyRange, position);
    range = onValue && option.valueRange !== undefined ? option.valueRange : option.keyRange;
    entry = keyDoc(mount, option.key);
    if (onValue && option.value !== undefined) valueNote = { en: `Here: \`${option.key}=${option.value}\``, ko: `여기서는 \`${option.key}=${option.value}\`` };
  } else if (mount.source !== undefined && containsPosition(mount.source.range, position)) {
    range = mount.source.range;
    entry = sourceDoc(mount);
  } else if (mount.target !== undefined && containsPosition(mount.target.range, position)) {
    range = mount.target.range;
    entry = targetDoc(mount);
  } else {
    entry = wholeSpecDoc(mount);
  }
  const summary = describeMount(mount);
  const equivalent = mount.syntax === 'volume-flag' ? equivalentMountFlag(mount) : undefined;
  const contents = render((locale) => {
    const parts = [summary[locale]];
    if (valueNote !== undefined) parts.push(valueNote[locale]);
    if (entry !== undefined) parts.push(renderEntry(entry, locale));
    if (equivalent !== undefined) {
      parts.push(`${locale === 'en' ? 'Same as' : '같은 뜻의'} \`--mount\`:\n\n\`\`\`sh\n--mount ${equivalent}\n\`\`\``);
      if (mount.type === 'bind') parts.push(BIND_SOURCE_NOTE[locale]);
    }
    if (engineText !== undefined) parts.push(`---\n\n${engineText[locale]}`);
    if (options.withStorageKinds === true) parts.push(`---\n\n${STORAGE_KINDS[locale]}`);
    return parts.join('\n\n');
  });
  return { range, contents, mount };
}

function sourceDoc(mount: Mount): DocEntry | undefined {
  switch (mount.syntax) {
    case 'mount-flag':
      return MOUNT_FLAG_KEY_DOCS['source'];
    case 'run-mount':
      return RUN_MOUNT_KEY_DOCS['source'];
    case 'compose-long':
      return COMPOSE_LONG_KEY_DOCS['source'];
    case 'volume-flag':
      return VOLUME_FLAG_PART_DOCS.source;
    default:
      return COMPOSE_SHORT_DOCS.source;
  }
}

function targetDoc(mount: Mount): DocEntry | undefined {
  switch (mount.syntax) {
    case 'mount-flag':
      return MOUNT_FLAG_KEY_DOCS['target'];
    case 'run-mount':
      return RUN_MOUNT_KEY_DOCS['target'];
    case 'compose-long':
      return COMPOSE_LONG_KEY_DOCS['target'];
    case 'dockerfile-volume':
      return DOCKERFILE_VOLUME_DOC;
    case 'tmpfs-flag':
      return FLAG_DOCS['--tmpfs'];
    case 'volume-flag':
      return VOLUME_FLAG_PART_DOCS.target;
    default:
      return COMPOSE_SHORT_DOCS.target;
  }
}

function wholeSpecDoc(mount: Mount): DocEntry | undefined {
  switch (mount.syntax) {
    case 'volume-flag':
      return FLAG_DOCS['--volume'];
    case 'mount-flag':
      return FLAG_DOCS['--mount'];
    case 'tmpfs-flag':
      return FLAG_DOCS['--tmpfs'];
    case 'run-mount':
      return RUN_MOUNT_FLAG_DOC;
    case 'dockerfile-volume':
      return DOCKERFILE_VOLUME_DOC;
    case 'compose-short':
      return COMPOSE_SHORT_DOCS.mode;
    case 'compose-long':
      return COMPOSE_SERVICE_KEY_DOCS['volumes'];
  }
}

function entryHover(range: Range, entry: DocEntry, extra?: Localized): HoverResult {
  return { range, contents: render((locale) => (extra !== undefined ? `${extra[locale]}\n\n` : '') + renderEntry(entry, locale)) };
}

function commandHover(document: AnalyzedDocument, position: Position): HoverResult | undefined {
  const command = document.commands.find((c) => containsPosition(c.range, position));
  if (command === undefined) return undefined;
  if (containsPosition(command.verbRange, position)) {
    const entry = VOLUME_COMMAND_DOCS[command.verb];
    if (entry !== undefined) return entryHover(command.verbRange, entry);
  }
  for (const from of command.volumesFrom) {
    if (!containsPosition(from.range, position)) continue;
    const mode = from.mode?.value;
    const note: Localized = mode === 'ro'
      ? { en: `All mounts of container \`${from.container.value}\`, read-only here.`, ko: `컨테이너 \`${from.container.value}\`의 모든 마운트를 여기서는 읽기 전용으로.` }
      : { en: `All mounts of container \`${from.container.value}\`, in their original mode.`, ko: `컨테이너 \`${from.container.value}\`의 모든 마운트를 원래 모드로.` };
    const entry = FLAG_DOCS['--volumes-from'];
    if (entry !== undefined) return entryHover(from.range, entry, note);
  }
  const index = command.tokens.findIndex((t) => containsPosition(t.range, position));
  const token = command.tokens[index];
  if (token === undefined) return undefined;
  if (!token.value.startsWith('-')) {
    // A spec the parser could not read still gets its flag's explanation.
    const flag = FLAG_ALIASES[command.tokens[index - 1]?.value ?? ''];
    const entry = flag === undefined || flag === '--rm' || flag === '--read-only' ? undefined : FLAG_DOCS[flag];
    return entry === undefined ? undefined : entryHover(token.range, entry);
  }
  const flag = token.value.split('=')[0] ?? token.value;
  const flagRange: Range = { start: token.range.start, end: { line: token.range.start.line, character: token.range.start.character + flag.length } };
  if (command.verb === 'volume prune' && (flag === '-a' || flag === '--all')) {
    const entry = VOLUME_COMMAND_DOCS['volume prune'];
    if (entry !== undefined) return entryHover(flagRange, entry, { en: '`--all`: unused named volumes are removed too.', ko: '`--all`: 쓰지 않는 이름 있는 볼륨도 삭제됩니다.' });
  }
  const canonical = FLAG_ALIASES[flag];
  const entry = canonical === undefined ? undefined : FLAG_DOCS[canonical];
  return entry === undefined ? undefined : entryHover(flagRange, entry);
}

function wordRangeAt(document: AnalyzedDocument, position: Position, pattern: RegExp): { word: string; range: Range } | undefined {
  const text = document.lines.lineText(position.line);
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start <= position.character && position.character <= end) {
      return { word: match[0], range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } } };
    }
  }
  return undefined;
}

function dockerfileHover(document: AnalyzedDocument, position: Position): HoverResult | undefined {
  if (document.kind !== 'dockerfile') return undefined;
  const word = wordRangeAt(document, position, /[\w-]+/g);
  if (word === undefined) return undefined;
  const line = document.lines.lineText(position.line);
  if (/^volume$/i.test(word.word) && line.slice(0, word.range.start.character).trim() === '') return entryHover(word.range, DOCKERFILE_VOLUME_DOC);
  if (word.word === '--mount' && !/\b(docker|podman)\b/.test(line)) return entryHover(word.range, RUN_MOUNT_FLAG_DOC);
  return undefined;
}

function composeHover(document: AnalyzedDocument, position: Position): HoverResult | undefined {
  if (document.kind !== 'compose') return undefined;
  const line = yamlLineAt(document.lines, position.line);
  const path = yamlKeyPath(document.lines, position.line);
  if (line === undefined || line.key === undefined || path === undefined) return undefined;
  if (position.character < line.keyColumn || position.character > line.keyColumn + line.key.length) return undefined;
  const range: Range = { start: { line: position.line, character: line.keyColumn }, end: { line: position.line, character: line.keyColumn + line.key.length } };
  const key = line.key;
  if (path.length === 1 && key === 'volumes') return entryHover(range, COMPOSE_TOP_LEVEL_VOLUME_DOCS['volumes'] ?? DOCKERFILE_VOLUME_DOC);
  if (path.length === 2 && path[0] === 'volumes') return declarationHover(document, key, range);
  if (path.length === 3 && path[0] === 'volumes') {
    const entry = COMPOSE_TOP_LEVEL_VOLUME_DOCS[key];
    return entry === undefined ? undefined : entryHover(range, entry);
  }
  if (path[0] !== 'services') return undefined;
  if (path.length === 3) {
    const entry = COMPOSE_SERVICE_KEY_DOCS[key];
    return entry === undefined ? undefined : entryHover(range, entry);
  }
  if (path[2] === 'volumes' && path[3] === '[]') {
    const entry = path.length === 5 ? COMPOSE_LONG_KEY_DOCS[key] : path.length === 6 ? COMPOSE_LONG_KEY_DOCS[`${path[4]}.${key}`] : undefined;
    return entry === undefined ? undefined : entryHover(range, entry);
  }
  return undefined;
}

function declarationHover(document: AnalyzedDocument, name: string, range: Range): HoverResult | undefined {
  const users = (document.compose?.services ?? []).filter((s) => s.mounts.some((m) => m.type === 'volume' && m.source?.value === name)).map((s) => `\`${s.name.value}\``);
  const external = document.compose?.volumes.find((v) => v.name.value === name)?.external === true;
  const note: Localized = {
    en: `Named volume \`${name}\`${external ? ' (external: created outside this project)' : ''}, ${users.length > 0 ? `used by ${users.join(', ')}` : 'used by no service in this file'}.`,
    ko: `이름 있는 볼륨 \`${name}\`${external ? '(external: 이 프로젝트 밖에서 만들어짐)' : ''}, ${users.length > 0 ? `사용하는 서비스: ${users.join(', ')}` : '이 파일의 어떤 서비스도 쓰지 않음'}.`,
  };
  const entry = COMPOSE_TOP_LEVEL_VOLUME_DOCS['volumes'];
  return entry === undefined ? undefined : entryHover(range, entry, note);
}

/** Flags in a shell line the command reader did not model (a half-typed command, say). */
function textFlagHover(document: AnalyzedDocument, position: Position): HoverResult | undefined {
  if (document.kind === 'compose') return undefined;
  const line = document.lines.lineText(position.line);
  if (!/\b(docker|podman)\b/.test(line) && !/^\s*-/.test(line)) return undefined;
  const word = wordRangeAt(document, position, /--?[\w-]+/g);
  if (word === undefined) return undefined;
  const canonical = FLAG_ALIASES[word.word];
  const entry = canonical === undefined ? undefined : FLAG_DOCS[canonical];
  return entry === undefined ? undefined : entryHover(word.range, entry);
}
