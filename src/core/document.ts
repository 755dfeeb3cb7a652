import type { RuleCode, SpecProblem } from './findings';
import type { EngineFacts } from './engineFacts';
import type { Locale } from './l10n';
import type { Mount } from './mounts/mount';
import type { ImageVolumeFacts } from './images/facts';
import type { LineIndex } from './text';
import type { DockerCommand } from './sources/commandLine/model';
import type { ComposeDocument } from './sources/compose/model';
import type { DockerfileDocument } from './sources/dockerfile/model';

export type DocumentKind = 'dockerfile' | 'compose' | 'shell' | 'makefile' | 'markdown' | 'workflow';

/** A parser's problem, tagged with the rule that reports it (SW103, SW110, SW204, SW302...). */
export interface CodedProblem {
  readonly code: RuleCode;
  readonly problem: SpecProblem;
}

/** What a source reader returns; the facade wraps it into an `AnalyzedDocument`. */
export interface SourceResult {
  readonly mounts: readonly Mount[];
  readonly commands: readonly DockerCommand[];
  readonly problems: readonly CodedProblem[];
  readonly dockerfile?: DockerfileDocument;
  readonly compose?: ComposeDocument;
}

/** One document, read once, that every rule checks. */
export interface AnalyzedDocument extends SourceResult {
  readonly kind: DocumentKind;
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
}

export interface RelatedFile {
  /** Path relative to the analysed document's folder, or absolute. */
  readonly path: string;
  readonly text: string;
}

export interface AnalyzeOptions {
  /** The document's path (used for kind detection, SARIF and messages); the core never opens it. */
  readonly path: string;
  /** Overrides detection from the path and text. */
  readonly kind?: DocumentKind;
  readonly locale?: Locale;
  readonly severities?: Partial<Record<RuleCode, 'error' | 'warning' | 'info' | 'hint' | 'off'>>;
  /**
   * Other Compose files in the same folder (a base file for an override file, and the other way round),
   * so volumes declared in one are known in the other.
   */
  readonly relatedComposeFiles?: readonly RelatedFile[];
  /** Whether a folder exists at this path relative to the document's folder (SW208). */
  readonly folderExists?: (relativePath: string) => boolean;
  /**
   * What the core cannot see about images (SW209, SW211, SW301): the engine's `Config.Volumes` for an image
   * present locally, and the text of a Compose service's build Dockerfile. Without it the built-in table
   * of official images is used.
   */
  readonly imageVolumes?: ImageVolumeFacts;
  /** Told when a rule throws; the other rules still run. */
  readonly onRuleError?: (code: RuleCode, error: unknown) => void;
  /** What the Docker engine holds (the language server's snapshot); absent when no engine is used (SW210). */
  readonly engine?: EngineFacts;
}
