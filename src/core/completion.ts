// Completion from the text before the cursor: the document may be half-typed, so this reads the line
// (and, for Compose, the indentation above it) instead of relying on a parse that may have failed.
import type { DocEntry } from './docs';
import {
  COMPOSE_LONG_KEY_DOCS, COMPOSE_LONG_VALUES, FLAG_DOCS, MOUNT_FLAG_KEY_DOCS, MOUNT_FLAG_KEYS_BY_TYPE, MOUNT_FLAG_VALUES,
  RUN_MOUNT_KEY_DOCS, RUN_MOUNT_KEYS_BY_TYPE, RUN_MOUNT_VALUES, VOLUME_MODE_DOCS,
} from './docs';
import type { AnalyzedDocument } from './document';
import type { EngineFacts } from './engineFacts';
import { engineVolumeNames } from './engineFacts';
import type { Localized } from './l10n';
import { isNamedVolume } from './mounts/mount';
import type { LineIndex, Position, Range } from './text';

export interface CompletionSpec {
  readonly label: string;
  readonly kind: 'key' | 'value' | 'volume';
  readonly insertText: string;
  /** The text the completion replaces: the partial word before the cursor. */
  readonly range: Range;
  readonly doc?: DocEntry;
  /** Ask the editor for the next completion right away (after `key=`). */
  readonly retrigger?: boolean;
  /** A short note beside the label (a volume that exists on the engine). */
  readonly detail?: Localized;
}

export interface CompletionOptions {
  /** The engine's snapshot: its existing volume names are offered too. */
  readonly engine?: EngineFacts;
}

const ON_ENGINE: Localized = { en: 'volume on the Docker engine', ko: 'Docker 엔진에 있는 볼륨' };

/** Names known in the file first, then the engine's, each once; engine ones say so. */
function volumeNameChoices(document: AnalyzedDocument, engine: EngineFacts | undefined, typed: string): { name: string; detail?: Localized }[] {
  // The half-typed name is itself a mount in the document: it is not a suggestion.
  const known = knownVolumeNames(document).filter((name) => name !== typed);
  const inFile = new Set(known);
  return [...known.map((name) => ({ name })), ...engineVolumeNames(engine).filter((n) => !inFile.has(n)).map((name) => ({ name, detail: ON_ENGINE }))];
}

/** One line of YAML: where its key starts, the key, and the column of a leading `- ` when it opens a list item. */
interface YamlLine {
  readonly keyColumn: number;
  readonly key: string | undefined;
  readonly dashColumn: number | undefined;
}

function readYamlLine(text: string): YamlLine | undefined {
  const match = /^(\s*)((?:-\s+)*)(.*)$/.exec(text);
  if (match === null) return undefined;
  const rest = match[3] ?? '';
  const indent = match[1]?.length ?? 0;
  const dashes = match[2] ?? '';
  if (rest.startsWith('#') || (rest.trim() === '' && dashes === '')) return undefined;
  const key = /^(["']?)([^"':#\s][^:#]*?)\1\s*:(?:\s|$)/.exec(rest)?.[2];
  const dashColumn = dashes === '' ? undefined : indent + dashes.lastIndexOf('-');
  return { keyColumn: indent + dashes.length, key, dashColumn };
}

/**
 * The keys leading to column `column` of `line`, list items written as `[]`: for the `source` key of a
 * long-syntax mount, `['services', 'web', 'volumes', '[]']`. Read from indentation alone.
 */
export function yamlParentPath(lines: LineIndex, line: number, column: number): string[] {
  const path: string[] = [];
  let limit = column;
  for (let l = line - 1; l >= 0 && limit > 0; l--) {
    const text = lines.lineText(l);
    // Most lines above are deeper than what is looked for: skip them before any regex runs.
    if (/^\s*$/.test(text.slice(0, limit))) continue;
    const entry = readYamlLine(text);
    if (entry === undefined) continue;
    if (entry.key !== undefined && entry.keyColumn < limit) {
      path.unshift(entry.key);
      limit = entry.keyColumn;
      if (entry.dashColumn !== undefined) {
        path.unshift('[]');
        limit = entry.dashColumn;
      }
    } else if (entry.dashColumn !== undefined && entry.dashColumn < limit) {
      path.unshift('[]');
      limit = entry.dashColumn;
    }
  }
  return path;
}

/** Where the key of `line` starts and whether the line opens a list item, for callers that look at one line. */
export function yamlLineAt(lines: LineIndex, line: number): { keyColumn: number; key: string | undefined; inListItem: boolean } | undefined {
  const entry = readYamlLine(lines.lineText(line));
  return entry === undefined ? undefined : { keyColumn: entry.keyColumn, key: entry.key, inListItem: entry.dashColumn !== undefined };
}

/** The full path of the key on `line` (its parents, then the key itself). */
export function yamlKeyPath(lines: LineIndex, line: number): string[] | undefined {
  const entry = readYamlLine(lines.lineText(line));
  if (entry === undefined) return undefined;
  const own = entry.dashColumn !== undefined ? ['[]'] : [];
  const parents = yamlParentPath(lines, line, entry.dashColumn ?? entry.keyColumn);
  return entry.key === undefined ? [...parents, ...own] : [...parents, ...own, entry.key];
}

/** Names of volumes known in the document: declared at the top level of a Compose file, or used by name. */
export function knownVolumeNames(document: AnalyzedDocument): string[] {
  const names = new Set<string>();
  for (const declaration of document.compose?.volumes ?? []) names.add(declaration.name.value);
  for (const name of document.compose?.relatedVolumeNames ?? []) names.add(name);
  for (const mount of document.mounts) {
    if (isNamedVolume(mount) && mount.source !== undefined) names.add(mount.source.value);
  }
  for (const command of document.commands) {
    if (command.verb !== 'volume create') continue;
    const name = command.tokens.slice(2).find((t) => !t.value.startsWith('-'));
    if (name !== undefined) names.add(name.value);
  }
  return [...names].filter((n) => n !== '' && !n.includes('$')).sort();
}

const MOUNT_SPEC_BEFORE = /--mount(?:=|[ \t]+)(["']?)([^\s"']*)$/;
/** `-v name` being typed: only the source part, before any `:`. */
/** `--tmpfs /run:size=64m,` being typed: the option list after the path. */
const TMPFS_OPTION_BEFORE = /--tmpfs(?:=|[ \t]+)["']?\/[^\s:"']*:(?:[^\s,"']*,)*([\w-]*)$/;
/** The mode part of `-v SRC:DST:` or of a Compose short-syntax item `- SRC:DST:`. */
const VOLUME_MODE_BEFORE = /(?:(?:-v|--volume)(?:=|[ \t]+)|^\s*-\s+)["']?[^\s:"']*:[^\s:"']+:(?:[\w]*,)*(\w*)$/;
const TMPFS_OPTIONS = ['size=', 'mode=', 'uid=', 'gid=', 'rw', 'ro', 'noexec', 'exec', 'nosuid', 'suid', 'nodev', 'dev'];
const VOLUME_MODES = ['ro', 'rw', 'z', 'Z', 'nocopy', 'rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'];

function wordCompletions(words: readonly string[], typed: string, position: Position, doc?: DocEntry): CompletionSpec[] {
  return words
    .filter((w) => w.startsWith(typed))
    .map((w) => {
      const entry = doc ?? VOLUME_MODE_DOCS[w];
      return { label: w.replace(/=$/, ''), kind: 'value' as const, insertText: w, range: replaceRange(position, typed.length), ...(entry !== undefined ? { doc: entry } : {}) };
    });
}

const VOLUME_SOURCE_BEFORE = /(?:^|\s)(?:-v|--volume)(?:=|[ \t]+)["']?([\w.-]*)$/;

export function computeCompletions(document: AnalyzedDocument, position: Position, options: CompletionOptions = {}): CompletionSpec[] {
  const prefix = document.lines.lineText(position.line).slice(0, position.character);
  const spec = MOUNT_SPEC_BEFORE.exec(prefix);
  if (spec !== null) return mountSpecCompletions(document, position, spec[2] ?? '', options.engine);
  const tmpfsOption = TMPFS_OPTION_BEFORE.exec(prefix);
  if (tmpfsOption !== null) return wordCompletions(TMPFS_OPTIONS, tmpfsOption[1] ?? '', position, FLAG_DOCS['--tmpfs']);
  const volumeMode = VOLUME_MODE_BEFORE.exec(prefix);
  if (volumeMode !== null && (document.kind !== 'compose' || isServiceVolumes(yamlParentPath(document.lines, position.line, prefix.indexOf('-'))))) {
    return wordCompletions(VOLUME_MODES, volumeMode[1] ?? '', position);
  }
  const volumeSource = VOLUME_SOURCE_BEFORE.exec(prefix);
  if (volumeSource !== null && document.kind !== 'compose') {
    const typed = volumeSource[1] ?? '';
    return volumeNameChoices(document, options.engine, typed)
      .filter(({ name }) => name.startsWith(typed))
      .map(({ name, detail }) => ({ label: name, kind: 'volume' as const, insertText: `${name}:`, range: replaceRange(position, typed.length), ...(detail !== undefined ? { detail } : {}) }));
  }
  if (document.kind === 'compose') return composeCompletions(document, position, prefix, options.engine);
  return [];
}

function replaceRange(position: Position, length: number): Range {
  return { start: { line: position.line, character: position.character - length }, end: position };
}

function mountSpecCompletions(document: AnalyzedDocument, position: Position, specSoFar: string, engine: EngineFacts | undefined): CompletionSpec[] {
  // A Dockerfile's own `RUN --mount` speaks BuildKit; a `docker run --mount` inside a RUN speaks the CLI.
  const line = document.lines.lineText(position.line);
  const buildKit = document.kind === 'dockerfile' && !/\b(docker|podman)\b/.test(line.slice(0, position.character));
  const fields = specSoFar.split(',');
  const current = fields[fields.length - 1] ?? '';
  const earlier = fields.slice(0, -1);
  const type = earlier.map((f) => /^type=(\w+)$/i.exec(f)?.[1]?.toLowerCase()).find((t) => t !== undefined) ?? (buildKit ? 'bind' : 'volume');
  const keysByType = buildKit ? RUN_MOUNT_KEYS_BY_TYPE : MOUNT_FLAG_KEYS_BY_TYPE;
  const keyDocs = buildKit ? RUN_MOUNT_KEY_DOCS : MOUNT_FLAG_KEY_DOCS;
  const valuesByKey = buildKit ? RUN_MOUNT_VALUES : MOUNT_FLAG_VALUES;
  const equals = current.indexOf('=');
  if (equals < 0) {
    const used = new Set(earlier.map((f) => f.split('=')[0] ?? ''));
    const repeatable = new Set(['volume-opt', 'volume-label']);
    return (keysByType[type] ?? keysByType['volume'] ?? [])
      .filter((key) => repeatable.has(key) || !used.has(key))
      .filter((key) => key.startsWith(current))
      .map((key) => {
        const doc = keyDocs[key];
        const bare = valuesByKey[key]?.[0] === 'true' && !buildKit;
        return {
          label: key,
          kind: 'key' as const,
          insertText: bare ? key : `${key}=`,
          range: replaceRange(position, current.length),
          ...(doc !== undefined ? { doc } : {}),
          ...(bare ? {} : { retrigger: true }),
        };
      });
  }
  const key = current.slice(0, equals);
  const typed = current.slice(equals + 1);
  const canonical = key === 'ro' ? 'readonly' : key;
  const doc = keyDocs[canonical];
  if (!buildKit && (key === 'source' || key === 'src') && type === 'volume') {
    return volumeNameChoices(document, engine, typed)
      .filter(({ name }) => name.startsWith(typed))
      .map(({ name, detail }) => ({ label: name, kind: 'volume' as const, insertText: name, range: replaceRange(position, typed.length), ...(doc !== undefined ? { doc } : {}), ...(detail !== undefined ? { detail } : {}) }));
  }
  const values: readonly string[] = valuesByKey[canonical] ?? [];
  return values
    .filter((v) => v.startsWith(typed))
    .map((value) => ({ label: value, kind: key === 'source' || key === 'src' ? ('volume' as const) : ('value' as const), insertText: value, range: replaceRange(position, typed.length), ...(doc !== undefined ? { doc } : {}) }));
}

const LONG_KEYS = ['type', 'source', 'target', 'read_only', 'consistency', 'bind', 'volume', 'tmpfs', 'image'];
const OPTION_BLOCK_KEYS: Readonly<Record<string, readonly string[]>> = {
  bind: ['propagation', 'create_host_path', 'selinux', 'recursive'],
  volume: ['nocopy', 'subpath'],
  tmpfs: ['size', 'mode'],
  image: ['subpath'],
};

function isServiceVolumes(path: readonly string[]): boolean {
  return path.length === 3 && path[0] === 'services' && path[2] === 'volumes';
}

function composeCompletions(document: AnalyzedDocument, position: Position, prefix: string, engine: EngineFacts | undefined): CompletionSpec[] {
  const typingKey = /^(\s*)((?:-\s+)*)([\w.-]*)$/.exec(prefix);
  if (typingKey !== null) {
    const dashes = typingKey[2] ?? '';
    const word = typingKey[3] ?? '';
    const keyColumn = (typingKey[1]?.length ?? 0) + dashes.length;
    const parents = yamlParentPath(document.lines, position.line, dashes === '' ? keyColumn : (typingKey[1]?.length ?? 0));
    const range = replaceRange(position, word.length);
    const path = dashes === '' ? parents : [...parents, '[]'];
    const item = path.length === 4 && isServiceVolumes(path.slice(0, 3)) && path[3] === '[]';
    const result: CompletionSpec[] = [];
    // A new top-level volume key: the engine's volumes, declared external (created outside Compose).
    if (dashes === '' && path.length === 1 && path[0] === 'volumes') {
      const declared = new Set((document.compose?.volumes ?? []).map((v) => v.name.value));
      for (const name of engineVolumeNames(engine).filter((n) => n.startsWith(word) && !declared.has(n))) {
        result.push({ label: name, kind: 'volume', insertText: `${name}:\n${' '.repeat(keyColumn + 2)}external: true`, range, detail: ON_ENGINE });
      }
    }
    if (item) {
      for (const key of LONG_KEYS.filter((k) => k.startsWith(word))) {
        const doc = COMPOSE_LONG_KEY_DOCS[key];
        const block = OPTION_BLOCK_KEYS[key] !== undefined;
        result.push({ label: key, kind: 'key', insertText: block ? `${key}:\n${' '.repeat(keyColumn + 2)}` : `${key}: `, range, ...(doc !== undefined ? { doc } : {}), retrigger: !block });
      }
      if (dashes !== '') {
        for (const name of knownVolumeNames(document).filter((n) => n.startsWith(word))) {
          result.push({ label: `${name}:`, kind: 'volume', insertText: `${name}:`, range });
        }
      }
    }
    const block = path.length === 5 && isServiceVolumes(path.slice(0, 3)) && path[3] === '[]' ? path[4] : undefined;
    if (block !== undefined && dashes === '') {
      for (const key of (OPTION_BLOCK_KEYS[block] ?? []).filter((k) => k.startsWith(word))) {
        const doc = COMPOSE_LONG_KEY_DOCS[`${block}.${key}`];
        result.push({ label: key, kind: 'key', insertText: `${key}: `, range, ...(doc !== undefined ? { doc } : {}), retrigger: true });
      }
    }
    return result;
  }
  const typingValue = /^(\s*)((?:-\s+)*)([\w.-]+):\s+(["']?)([^"'\s]*)$/.exec(prefix);
  if (typingValue === null) return [];
  const dashes = typingValue[2] ?? '';
  const key = typingValue[3] ?? '';
  const word = typingValue[5] ?? '';
  const indent = typingValue[1]?.length ?? 0;
  const parents = yamlParentPath(document.lines, position.line, dashes === '' ? indent + dashes.length : indent);
  const path = dashes === '' ? parents : [...parents, '[]'];
  const range = replaceRange(position, word.length);
  // `name:` of a top-level volume: the volume's name on the engine.
  if (dashes === '' && key === 'name' && path.length === 2 && path[0] === 'volumes') {
    return engineVolumeNames(engine)
      .filter((n) => n.startsWith(word))
      .map((name) => ({ label: name, kind: 'volume' as const, insertText: name, range, detail: ON_ENGINE }));
  }
  if (!isServiceVolumes(path.slice(0, 3)) || path[3] !== '[]') return [];
  const block = path[4];
  const fullKey = block === undefined ? key : `${block}.${key}`;
  const doc = COMPOSE_LONG_KEY_DOCS[fullKey];
  let values: readonly string[] = COMPOSE_LONG_VALUES[fullKey] ?? [];
  // As for `-v`, the half-typed source is itself a mount in the document, not a suggestion.
  if (fullKey === 'source' && !/type:\s*(bind|tmpfs|npipe)/.test(siblingText(document.lines, position.line))) values = knownVolumeNames(document).filter((name) => name !== word);
  return values
    .filter((v) => v.startsWith(word))
    .map((value) => ({ label: value, kind: fullKey === 'source' ? ('volume' as const) : ('value' as const), insertText: value, range, ...(doc !== undefined ? { doc } : {}) }));
}

/** The lines of the list item around `line`, to find its `type:` while `source:` is being typed. */
function siblingText(lines: LineIndex, line: number): string {
  const own = readYamlLine(lines.lineText(line));
  if (own === undefined) return '';
  const collected: string[] = [];
  for (let l = line; l >= 0; l--) {
    const entry = readYamlLine(lines.lineText(l));
    if (entry === undefined) continue;
    if (entry.keyColumn < own.keyColumn) break;
    collected.push(lines.lineText(l));
    if (entry.dashColumn !== undefined && entry.keyColumn === own.keyColumn) break;
  }
  for (let l = line + 1; l < lines.lineCount; l++) {
    const entry = readYamlLine(lines.lineText(l));
    if (entry === undefined) continue;
    if (entry.keyColumn < own.keyColumn || entry.dashColumn !== undefined) break;
    collected.push(lines.lineText(l));
  }
  return collected.join('\n');
}
