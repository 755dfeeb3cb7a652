// One analysis per document version, shared by diagnostics, hovers, completions and code actions, so a
// hover right after an edit costs nothing more than the validation that ran anyway.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, AnalyzeOptions, DocumentKind, RelatedFile } from '../core';
import type { EngineFacts } from '../core/engineFacts';
import { analyze } from '../core';
import { documentKind } from './documentKind';
import { corePath, filePath, folderExistsNear, projectRules, relatedComposeFiles } from './files';
import type { Log } from './log';
import type { StowageSettings } from './settings';

interface Entry {
  readonly version: number;
  readonly settings: StowageSettings;
  readonly engine: EngineFacts | undefined;
  /** The sibling Compose files the analysis read (base and override). */
  readonly related: readonly RelatedFile[];
  readonly result: AnalysisResult | undefined;
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly log: Log,
    /** Text of an open document by file system path, so unsaved siblings are read as the user sees them. */
    private readonly openText: (fsPath: string) => string | undefined,
    /** The engine's latest snapshot (SW210); read, never waited for. */
    private readonly engineFacts: () => EngineFacts | undefined = () => undefined,
  ) {}

  /** The document's kind, or `undefined` when settings turn Stowage off for it. */
  kindOf(document: TextDocument, settings: StowageSettings): DocumentKind | undefined {
    if (!settings.enable) return undefined;
    const kind = documentKind(document.languageId, corePath(document.uri), document.getText());
    return kind !== undefined && settings.languages[kind] ? kind : undefined;
  }

  get(document: TextDocument, settings: StowageSettings): AnalysisResult | undefined {
    const cached = this.entries.get(document.uri);
    const engine = this.engineFacts();
    if (cached !== undefined && cached.version === document.version && cached.settings === settings && cached.engine === engine) return cached.result;
    const { result, related } = this.run(document, settings, engine);
    this.entries.set(document.uri, { version: document.version, settings, engine, related, result });
    return result;
  }

  /** The Compose files read with the document in its latest analysis (for the Compose project name). */
  relatedOf(uri: string): readonly RelatedFile[] {
    return this.entries.get(uri)?.related ?? [];
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Drops cached results so the next request re-reads siblings (a related Compose file changed). */
  invalidate(uri: string): void {
    this.entries.delete(uri);
  }

  /** A file on disk changed (`.stowage.json`, a sibling Compose file): every result may be stale. */
  invalidateAll(): void {
    this.entries.clear();
  }

  private run(document: TextDocument, settings: StowageSettings, engine: EngineFacts | undefined): { result: AnalysisResult | undefined; related: readonly RelatedFile[] } {
    const kind = this.kindOf(document, settings);
    if (kind === undefined) return { result: undefined, related: [] };
    const path = corePath(document.uri);
    const fsPath = filePath(document.uri);
    const options: AnalyzeOptions = {
      path,
      kind,
      // The editor's settings win over the project file, as the CLI's --rule wins over it.
      severities: fsPath === undefined ? settings.rules : { ...projectRules(fsPath, (file, error) => this.log.error(`ignoring ${file}`, error)), ...settings.rules },
      onRuleError: (code, error) => this.log.error(`rule ${code} failed on ${document.uri}`, error),
      ...(engine !== undefined ? { engine } : {}),
      ...(kind === 'compose' && fsPath !== undefined
        ? { relatedComposeFiles: relatedComposeFiles(fsPath, this.openText), folderExists: folderExistsNear(fsPath) }
        : {}),
    };
    const related = options.relatedComposeFiles ?? [];
    try {
      return { result: analyze(document.getText(), options), related };
    } catch (error) {
      this.log.error(`analysis failed on ${document.uri}`, error);
      return { result: undefined, related };
    }
  }
}
