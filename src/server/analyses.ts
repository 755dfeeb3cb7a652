// One analysis per document version, shared by diagnostics, hovers, completions, code actions, lenses and
// symbols. While the user types, hovers and completions answer from the previous version's analysis where
// the edit cannot have changed the answer, so a keystroke never waits for a whole-document analysis.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, AnalyzedDocument, AnalyzeOptions, DocumentKind, Position, Range, RelatedFile } from '../core';
import type { EngineFacts } from '../core/engineFacts';
import { analyze } from '../core';
import { documentKind } from './documentKind';
import { buildFileReader, corePath, filePath, folderExistsNear, projectRules, relatedComposeFiles } from './files';
import type { ImageFacts } from './imageFacts';
import { imageRefsOf } from './imageFacts';
import type { Log } from './log';
import type { StowageSettings } from './settings';
import type { TextChange } from './textChange';
import { textChange, UnchangedPositions, withNewText } from './textChange';

interface Entry {
  readonly version: number;
  readonly settings: StowageSettings;
  readonly engine: EngineFacts | undefined;
  readonly images: ImageFacts | undefined;
  /** Files the analysis read beside the document (a service's build Dockerfile), by file system path. */
  readonly read: ReadonlySet<string>;
  /** The sibling Compose files the analysis read (base and override). */
  readonly related: readonly RelatedFile[];
  readonly result: AnalysisResult | undefined;
}

/** The longest insertion completion answers from the previous version's models: a keystroke or a snippet. */
const MAX_TYPED = 64;

/** The latest analysis of an older version of a document, and what changed since. */
interface Stale {
  readonly result: AnalysisResult;
  readonly change: TextChange | undefined;
}

/** The engine's image facts (read, never waited for) and where the image references of each analysis go. */
export interface ImageSource {
  readonly facts?: () => ImageFacts | undefined;
  readonly want?: (refs: readonly string[]) => void;
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();
  private analysed = 0;

  constructor(
    private readonly log: Log,
    /** Text of an open document by file system path, so unsaved siblings are read as the user sees them. */
    private readonly openText: (fsPath: string) => string | undefined,
    /** The engine's latest snapshot (SW210); read, never waited for. */
    private readonly engineFacts: () => EngineFacts | undefined = () => undefined,
    private readonly images: ImageSource = {},
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
    const images = this.images.facts?.();
    if (cached !== undefined && cached.version === document.version && cached.settings === settings && cached.engine === engine && cached.images === images) return cached.result;
    const read = new Set<string>();
    const { result, related } = this.run(document, settings, engine, images, read);
    this.entries.set(document.uri, { version: document.version, settings, engine, images, read, related, result });
    if (result !== undefined && this.images.want !== undefined) {
      try {
        this.images.want(imageRefsOf(result.document));
      } catch (error) {
        this.log.error(`collecting images of ${document.uri} failed`, error);
      }
    }
    return result;
  }

  /** How many analyses ran, for checking that no version is analysed twice. */
  get runs(): number {
    return this.analysed;
  }

  /**
   * The document for completion: the current analysis when there is one, otherwise the previous version's
   * models over the latest text (completion reads the text before the cursor and takes only names from the
   * models). Analyses only when nothing was analysed yet.
   */
  forCompletion(document: TextDocument, settings: StowageSettings): AnalyzedDocument | undefined {
    const stale = this.stale(document, settings);
    if (stale === undefined) return this.get(document, settings)?.document;
    if (stale.change === undefined) return stale.result.document;
    // Names in pasted text are not in the old models: only keystroke-sized insertions keep them.
    if (stale.change.afterEnd - stale.change.start > MAX_TYPED) return this.get(document, settings)?.document;
    return withNewText(stale.result.document, document.getText(), stale.change);
  }

  /**
   * A hover computed on the previous version's analysis when what it covers lies wholly before the first
   * changed character, or on lines wholly after the change (positions there only shift by the lines it
   * added); otherwise on a fresh analysis.
   */
  forHover<T extends { readonly range: Range }>(document: TextDocument, settings: StowageSettings, position: Position, compute: (result: AnalysisResult, position: Position) => T | undefined): T | undefined {
    const stale = this.stale(document, settings);
    if (stale !== undefined) {
      if (stale.change === undefined) {
        const answer = compute(stale.result, position);
        if (answer !== undefined) return answer;
      } else {
        const unchanged = new UnchangedPositions(stale.result.document, document, stale.change);
        const oldPosition = unchanged.toOld(position);
        const answer = oldPosition === undefined ? undefined : compute(stale.result, oldPosition);
        const range = answer === undefined ? undefined : unchanged.toNew(answer.range);
        if (answer !== undefined && range !== undefined) return { ...answer, range };
      }
    }
    const result = this.get(document, settings);
    return result === undefined ? undefined : compute(result, position);
  }

  /** The cached analysis of an older version with the same settings, or `undefined` (up to date, or none). */
  private stale(document: TextDocument, settings: StowageSettings): Stale | undefined {
    const cached = this.entries.get(document.uri);
    if (cached === undefined || cached.result === undefined || cached.settings !== settings) return undefined;
    if (cached.version === document.version && cached.engine === this.engineFacts() && cached.images === this.images.facts?.()) return undefined;
    return { result: cached.result, change: textChange(cached.result.document.text, document.getText()) };
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

  /** Forgets the analyses that read `fsPath` (an edited build Dockerfile); returns their URIs to re-check. */
  invalidateReaders(fsPath: string): string[] {
    const readers: string[] = [];
    for (const [uri, entry] of this.entries) {
      if (!entry.read.has(fsPath)) continue;
      this.entries.delete(uri);
      readers.push(uri);
    }
    return readers;
  }

  /** A file on disk changed (`.stowage.json`, a sibling Compose file): every result may be stale. */
  invalidateAll(): void {
    this.entries.clear();
  }

  private run(document: TextDocument, settings: StowageSettings, engine: EngineFacts | undefined, images: ImageFacts | undefined, read: Set<string>): { result: AnalysisResult | undefined; related: readonly RelatedFile[] } {
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
      imageVolumes: {
        ...(images !== undefined ? { engine: (imageRef: string) => images.volumes.get(imageRef) } : {}),
        ...(kind === 'compose' && fsPath !== undefined ? { readFile: buildFileReader(fsPath, this.openText, (file) => read.add(file)) } : {}),
      },
    };
    const related = options.relatedComposeFiles ?? [];
    this.analysed++;
    try {
      return { result: analyze(document.getText(), options), related };
    } catch (error) {
      this.log.error(`analysis failed on ${document.uri}`, error);
      return { result: undefined, related };
    }
  }
}
