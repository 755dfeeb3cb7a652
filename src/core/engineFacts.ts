// What the engine holds, as plain data the core can use (hovers, SW210, completion, CodeLens), and the
// names the files' volumes have on the engine. The language server fills `EngineFacts` from its
// background snapshot; the core never talks to an engine.
import type { AnalyzedDocument } from './document';
import type { Mount } from './mounts/mount';
import { isNamedVolume } from './mounts/mount';
import type { ComposeDocument } from './sources/compose/model';
import type { Position, Range } from './text';
import { containsPosition } from './text';

/** A container that mounts a volume, as the engine lists it. */
export interface EngineVolumeUser {
  readonly containerName: string;
  /** created, running, exited... */
  readonly state: string;
  readonly mountTarget: string;
  readonly readOnly: boolean;
}

export interface EngineVolume {
  readonly name: string;
  readonly driver: string;
  /** Milliseconds since the epoch, when the driver reports it. */
  readonly createdAt: number | undefined;
  /** Bytes from /system/df; undefined until it answered, or -1 from the engine (not computed). */
  readonly sizeBytes: number | undefined;
  readonly anonymous: boolean;
  readonly users: readonly EngineVolumeUser[];
}

export interface EngineFacts {
  /** The engine's address, for messages. */
  readonly host: string;
  /**
   * The last refresh succeeded and nothing since says the engine went away: only then may a rule say
   * that a volume is missing.
   */
  readonly fresh: boolean;
  /** When the volume list was read (milliseconds since the epoch). */
  readonly takenAt: number;
  readonly volumes: ReadonlyMap<string, EngineVolume>;
  /**
   * Volumes (named and anonymous) mounted by the containers of a Compose service, keyed
   * `project/service` from the containers' `com.docker.compose.*` labels.
   */
  readonly serviceVolumes: ReadonlyMap<string, readonly string[]>;
}

/** Compose's project-name rule (compose-go NormalizeProjectName): lower case, `[a-z0-9_-]` only, no leading `_`/`-`. */
export function normalizeProjectName(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}

const TOP_LEVEL_NAME = /^name[ \t]*:[ \t]*(["']?)([^"'#\r\n]*?)\1[ \t]*(?:#.*)?$/m;

/** Compose files read together (a base file and its override), whose top-level `name:` may set the project. */
export interface ProjectFile {
  readonly text: string;
}

/**
 * The Compose project name: the top-level `name:` key of the file, else of a file read with it (an
 * override file takes its base file's name), else the folder holding the file (what `docker compose`
 * uses without `-p` or COMPOSE_PROJECT_NAME). Undefined when none is known or the name needs a variable.
 */
export function composeProjectName(document: Pick<AnalyzedDocument, 'text' | 'path'>, related: readonly ProjectFile[] = []): string | undefined {
  const declared = [document, ...related].map((file) => TOP_LEVEL_NAME.exec(file.text)?.[2]?.trim()).find((name) => name !== undefined && name !== '');
  if (declared !== undefined && declared !== '') return declared.includes('$') ? undefined : normalizeProjectName(declared) || undefined;
  const parts = document.path.split(/[\\/]/).filter((p) => p !== '');
  const folder = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  if (folder === undefined) return undefined;
  const normalized = normalizeProjectName(folder);
  return normalized === '' ? undefined : normalized;
}

/**
 * A Compose volume key's name on the engine: the `name:` attribute when given, the key itself for an
 * external volume, otherwise `<project>_<key>`.
 */
export function composeEngineVolumeName(compose: ComposeDocument, project: string | undefined, key: string): string | undefined {
  const declaration = compose.volumes.find((v) => v.name.value === key);
  const explicit = declaration?.engineName?.value;
  if (explicit !== undefined && explicit !== '') return explicit.includes('$') ? undefined : explicit;
  if (declaration?.external === true) return key;
  return project === undefined ? undefined : `${project}_${key}`;
}

export type VolumeReferenceKind = 'mount' | 'declaration' | 'declaredName' | 'volumeCommand';

/** A place in a document that names a volume the engine would hold. */
export interface VolumeReference {
  /** The name as written (a Compose key, or the name on a command line). */
  readonly written: string;
  /** The volume's name on the engine; undefined when it cannot be known from the text (a variable). */
  readonly engineName: string | undefined;
  readonly range: Range;
  readonly kind: VolumeReferenceKind;
  /** A Compose volume declared `external: true`. */
  readonly external: boolean;
  readonly mount?: Mount;
}

/** Flags of the volume commands that take a value, so that value is not read as a volume name. */
const VALUE_FLAGS: Readonly<Record<string, ReadonlySet<string>>> = {
  'volume create': new Set(['-d', '--driver', '--label', '-o', '--opt', '--availability', '--group', '--limit-bytes', '--required-bytes', '--scope', '--secret', '--sharing', '--topology-preferred', '--topology-required', '--type']),
  'volume rm': new Set(),
  'volume inspect': new Set(['-f', '--format']),
};

/** Every named volume the document mentions, with its engine name (`related`: Compose files read with it). */
export function volumeReferences(document: AnalyzedDocument, related: readonly ProjectFile[] = []): VolumeReference[] {
  const result: VolumeReference[] = [];
  const compose = document.compose;
  if (compose !== undefined) {
    const project = composeProjectName(document, related);
    const externals = new Set(compose.volumes.filter((v) => v.external).map((v) => v.name.value));
    for (const declaration of compose.volumes) {
      const key = declaration.name.value;
      const engineName = composeEngineVolumeName(compose, project, key);
      result.push({ written: key, engineName, range: declaration.name.range, kind: 'declaration', external: declaration.external });
      if (declaration.engineName !== undefined) result.push({ written: declaration.engineName.value, engineName, range: declaration.engineName.range, kind: 'declaredName', external: declaration.external });
    }
    for (const service of compose.services) {
      for (const mount of service.mounts) {
        if (!isNamedVolume(mount) || mount.source === undefined) continue;
        const key = mount.source.value;
        result.push({ written: key, engineName: composeEngineVolumeName(compose, project, key), range: mount.source.range, kind: 'mount', external: externals.has(key), mount });
      }
    }
    return result;
  }
  const seen = new Set<Mount>();
  const addMount = (mount: Mount): void => {
    if (seen.has(mount) || !isNamedVolume(mount) || mount.source === undefined) return;
    seen.add(mount);
    const name = mount.source.value;
    result.push({ written: name, engineName: name.includes('$') ? undefined : name, range: mount.source.range, kind: 'mount', external: false, mount });
  };
  // Build-time mounts (RUN --mount) are caches and secrets, not engine volumes.
  for (const mount of document.mounts) if (mount.syntax !== 'run-mount' && mount.syntax !== 'dockerfile-volume') addMount(mount);
  for (const command of document.commands) {
    for (const mount of command.mounts) addMount(mount);
    const valueFlags = VALUE_FLAGS[command.verb];
    if (valueFlags === undefined) continue;
    let skipNext = false;
    for (const token of command.tokens) {
      const afterVerb = token.range.start.line > command.verbRange.end.line || (token.range.start.line === command.verbRange.end.line && token.range.start.character >= command.verbRange.end.character);
      if (!afterVerb) continue;
      if (skipNext) {
        skipNext = false;
        continue;
      }
      if (token.value.startsWith('-')) {
        skipNext = valueFlags.has(token.value);
        continue;
      }
      if (token.value === '') continue;
      result.push({ written: token.value, engineName: token.value.includes('$') ? undefined : token.value, range: token.range, kind: 'volumeCommand', external: false });
      if (command.verb === 'volume create') break; // create takes one name; rm and inspect take several
    }
  }
  return result;
}

/** The volume reference under the cursor, if any. */
export function volumeReferenceAt(document: AnalyzedDocument, position: Position, related: readonly ProjectFile[] = []): VolumeReference | undefined {
  return volumeReferences(document, related).find((r) => containsPosition(r.range, position));
}

/** Names of the engine's named volumes (anonymous ones are never typed by hand), sorted. */
export function engineVolumeNames(facts: EngineFacts | undefined): string[] {
  if (facts === undefined) return [];
  return [...facts.volumes.values()].filter((v) => !v.anonymous).map((v) => v.name).sort();
}
