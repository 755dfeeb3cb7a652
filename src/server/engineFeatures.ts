// Engine-aware requests: the CodeLens above Compose services' `volumes:`, and the custom requests the
// explorer uses to go from a volume to the files and back. All answer from data already in memory (the
// engine snapshot, the workspace inventory); none waits on the engine.
import type { CancellationToken, CodeLens, Connection, Location, Position, TextDocumentIdentifier } from 'vscode-languageserver';
import type { AnalysisResult, Locale, RelatedFile } from '../core';
import { localize } from '../core';
import { volumeReferenceAt, type EngineFacts } from '../core/engineFacts';
import { serviceLenses } from './codeLens';
import type { Log } from './log';
import type { StowageSettings } from './settings';
import type { WorkspaceInventory } from './workspaceInventory';

/** `stowage/volumeReferences`: every place in the workspace that names the engine volume `name`. */
export const VOLUME_REFERENCES_REQUEST = 'stowage/volumeReferences';
export interface VolumeReferencesParams {
  readonly name: string;
}

/** `stowage/referencedVolumes`: the engine names of every volume the workspace mentions. */
export const REFERENCED_VOLUMES_REQUEST = 'stowage/referencedVolumes';

/** `stowage/volumeAt`: the named volume under the cursor and its name on the engine. */
export const VOLUME_AT_REQUEST = 'stowage/volumeAt';
export interface VolumeAtParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly position: Position;
}
export interface VolumeAtResult {
  readonly written: string;
  readonly engineName: string;
  readonly existsOnEngine: boolean | undefined;
}

/** `stowage/workspaceTrusted` (client → server): VS Code's workspace trust, sent when it is granted. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'stowage/workspaceTrusted';

export interface EngineFeatureDeps {
  readonly log: Log;
  readonly locale: () => Locale;
  readonly engine: () => EngineFacts | undefined;
  readonly inventory: WorkspaceInventory;
  readonly analysisOf: (uri: string, token?: CancellationToken) => Promise<AnalysisResult | undefined>;
  readonly settingsFor: (uri: string) => Promise<StowageSettings>;
  /** Compose files read with a document (an override file's project name comes from its base file). */
  readonly relatedOf: (uri: string) => readonly RelatedFile[];
}

export function registerEngineFeatures(connection: Connection, deps: EngineFeatureDeps): void {
  connection.onCodeLens(async (params, token): Promise<CodeLens[]> => {
    try {
      const settings = await deps.settingsFor(params.textDocument.uri);
      if (!settings.codeLens) return [];
      const result = await deps.analysisOf(params.textDocument.uri, token);
      if (result === undefined) return [];
      // A lens with an empty command is shown as plain text: it informs, it does not act.
      return serviceLenses(result.document, deps.engine(), deps.relatedOf(params.textDocument.uri)).map((lens) => ({ range: lens.range, command: { title: localize(lens.title, deps.locale()), command: '' } }));
    } catch (error) {
      deps.log.error('code lens failed', error);
      return [];
    }
  });

  connection.onRequest(VOLUME_REFERENCES_REQUEST, (params: VolumeReferencesParams): Location[] => {
    try {
      if (typeof params?.name !== 'string') return [];
      return deps.inventory.referencesTo(params.name).map((r) => ({ uri: r.uri, range: r.range }));
    } catch (error) {
      deps.log.error('volume references failed', error);
      return [];
    }
  });

  connection.onRequest(REFERENCED_VOLUMES_REQUEST, (): string[] => {
    try {
      return deps.inventory.referencedNames();
    } catch (error) {
      deps.log.error('referenced volumes failed', error);
      return [];
    }
  });

  connection.onRequest(VOLUME_AT_REQUEST, async (params: VolumeAtParams): Promise<VolumeAtResult | null> => {
    try {
      const result = await deps.analysisOf(params.textDocument.uri);
      if (result === undefined) return null;
      const reference = volumeReferenceAt(result.document, params.position, deps.relatedOf(params.textDocument.uri));
      if (reference?.engineName === undefined) return null;
      const engine = deps.engine();
      return { written: reference.written, engineName: reference.engineName, existsOnEngine: engine === undefined ? undefined : engine.volumes.has(reference.engineName) };
    } catch (error) {
      deps.log.error('volume lookup failed', error);
      return null;
    }
  });
}
