// `stowage check`: read, analyse, optionally fix, print, and turn the counts into an exit code.
import { writeFileSync } from 'node:fs';
import type { Finding, RuleCode, SeverityOverride } from '../../core/index';
import { analyzeFile, type FileAnalysisSettings } from '../analyzeFile';
import { loadConfig } from '../config';
import { collectFiles, readCandidate, type CandidateFile } from '../files';
import { applyPreferredFixes } from '../fix';
import { formatJson } from '../format/json';
import type { CheckedFile } from '../format/model';
import { formatSarif } from '../format/sarif';
import { countBySeverity, formatText, plural } from '../format/text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, warn, type CommandContext } from '../io';

/** Enough for fixes that only become possible after an earlier one; bounded so a fix loop cannot hang. */
const MAX_FIX_PASSES = 10;

export function runCheck(context: CommandContext): number {
  const { io, options, locale } = context;
  const config = loadConfig(options.paths, io.cwd);
  // The command line wins over the workspace file.
  const severities: Partial<Record<RuleCode, SeverityOverride>> = { ...config.rules, ...options.rules };
  const collected = collectFiles(options.paths, io.cwd);
  for (const missing of collected.missing) warn(io, `no such file or folder: ${missing}`);
  for (const skipped of collected.unrecognised) warn(io, `skipped ${skipped}: not a Dockerfile, Compose file, script, Makefile, Markdown file or workflow`);

  const checked: CheckedFile[] = [];
  const fixReports: string[] = [];
  for (const file of collected.files) {
    const settings: FileAnalysisSettings = {
      locale,
      severities,
      maxFileSize: options.maxFileSize,
      onRuleError: (code, error) => warn(io, `rule ${code} failed on ${file.displayPath}: ${error instanceof Error ? error.message : String(error)}`),
    };
    const result = checkFile(file, settings, context);
    if (result === undefined) continue;
    checked.push(result.checked);
    if (result.fixed.length > 0) fixReports.push(`fixed ${plural(result.fixed.length, 'problem')} in ${file.displayPath} (${describeCodes(result.fixed)})`);
  }

  const report = fixReports.map((line) => line + '\n').join('');
  if (options.format === 'text') {
    io.stdout.write(report + formatText(checked, locale));
  } else {
    // stdout carries exactly one JSON document; what was fixed goes to stderr.
    if (report !== '') io.stderr.write(report);
    io.stdout.write(options.format === 'json' ? formatJson(checked, locale) : formatSarif(checked, locale, io.cwd));
  }

  if (collected.missing.length > 0) return EXIT_USAGE;
  const counts = countBySeverity(checked);
  if (counts.error > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

interface FileOutcome {
  readonly checked: CheckedFile;
  readonly fixed: readonly RuleCode[];
}

function checkFile(file: CandidateFile, settings: FileAnalysisSettings, { io, options }: CommandContext): FileOutcome | undefined {
  const read = readCandidate(file.absolutePath, options.maxFileSize);
  if (!read.ok) {
    warn(io, `skipped ${file.displayPath}: ${read.reason}`);
    return undefined;
  }
  let text = read.text;
  let findings: readonly Finding[] = analyzeFile(file.absolutePath, text, read.kind, settings)?.findings ?? [];
  const fixed: RuleCode[] = [];
  if (options.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const applied = applyPreferredFixes(text, findings);
      if (applied.fixed.length === 0 || applied.text === text) break;
      text = applied.text;
      fixed.push(...applied.fixed);
      findings = analyzeFile(file.absolutePath, text, read.kind, settings)?.findings ?? [];
    }
    if (text !== read.text) {
      try {
        writeFileSync(file.absolutePath, (read.bom ? '\uFEFF' : '') + text);
      } catch (error) {
        warn(io, `could not write the fixes to ${file.displayPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        return { checked: { displayPath: file.displayPath, text: read.text, findings: analyzeFile(file.absolutePath, read.text, read.kind, settings)?.findings ?? [] }, fixed: [] };
      }
    }
  }
  return { checked: { displayPath: file.displayPath, text, findings }, fixed };
}

/** `SW301 ×2, SW201` */
function describeCodes(codes: readonly RuleCode[]): string {
  const counts = new Map<RuleCode, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => (n === 1 ? code : `${code} ×${n}`)).join(', ');
}
