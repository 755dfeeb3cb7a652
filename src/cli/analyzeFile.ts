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
  const folder = path.dirname(absolutePath);
  const options: AnalyzeOptions = {
    path: absolutePath,
    kind,
    locale: settings.locale,
    severities: settings.severities,
    onRuleError: settings.onRuleError,
    ...(kind === 'compose'
      ? {
          relatedComposeFiles: relatedComposeFiles(absolutePath, settings.maxFileSize),
          folderExists: (relative: string) => isFolder(path.resolve(folder, relative)),
          // A service's `build:` Dockerfile, for the VOLUMEs its image declares (SW209, SW211).
          imageVolumes: { readFile: (relative: string) => readBeside(folder, relative, settings.maxFileSize) },
        }
      : {}),
  };
  return analyze(text, options);
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
