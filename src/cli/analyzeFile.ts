// The one place the CLI builds `AnalyzeOptions` from the file system: related Compose files and the
// folder check the core cannot do itself.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  analyze,
  type AnalysisResult,
  type AnalyzeOptions,
  type DocumentKind,
  type Locale,
  type RelatedFile,
  type RuleCode,
  type SeverityOverride,
} from '../core/index';
import { relatedComposeFiles as readRelatedComposeFiles } from '../node/composeFiles';

export interface FileAnalysisSettings {
  readonly locale: Locale;
  readonly severities: Partial<Record<RuleCode, SeverityOverride>>;
  readonly maxFileSize: number;
  /** Told when a rule throws, so the user still sees the other findings and a line about the bug. */
  readonly onRuleError: (code: RuleCode, error: unknown) => void;
}

export function analyzeFile(absolutePath: string, text: string, kind: DocumentKind, settings: FileAnalysisSettings): AnalysisResult | undefined {
  return analyze(text, fileAnalysisOptions(absolutePath, kind, settings));
}

/**
 * The options for one file: for a Compose file, its sibling Compose files read once, the folder check, and
 * a reader for a service's `build:` Dockerfile (SW209, SW211). Callers that look further into the result
 * (`stowage map`) reuse the same object, so nothing is read or resolved twice.
 */
export function fileAnalysisOptions(absolutePath: string, kind: DocumentKind, settings: FileAnalysisSettings): AnalyzeOptions {
  const folder = path.dirname(absolutePath);
  return {
    path: absolutePath,
    kind,
    locale: settings.locale,
    severities: settings.severities,
    onRuleError: settings.onRuleError,
    ...(kind === 'compose'
      ? {
          relatedComposeFiles: relatedComposeFiles(absolutePath, settings.maxFileSize),
          folderExists: (relative: string) => isFolder(path.resolve(folder, relative)),
          imageVolumes: { readFile: (relative: string) => readBeside(folder, relative, settings.maxFileSize) },
        }
      : {}),
  };
}

/** The other Compose files beside this one (base and override files), read from the disk. */
export function relatedComposeFiles(absolutePath: string, maxFileSize: number): RelatedFile[] {
  return readRelatedComposeFiles(absolutePath, { maxFileSize });
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A file relative to `folder`, or `undefined` when it is missing, unreadable or over the size limit. */
export function readBeside(folder: string, relative: string, maxFileSize: number): string | undefined {
  const full = path.resolve(folder, relative);
  try {
    if (statSync(full).size > maxFileSize) return undefined;
    return readFileSync(full, 'utf8');
  } catch {
    return undefined;
  }
}
