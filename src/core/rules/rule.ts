import type { Fix, RuleCode, Severity } from '../findings';
import type { Localized } from '../l10n';
import type { Range } from '../text';
import type { AnalyzedDocument, AnalyzeOptions } from '../document';

export const DOCS_BASE = 'https://github.com/stowage-dev/stowage/blob/main/docs/rules/';

export function docsUrl(code: RuleCode): string {
  return `${DOCS_BASE}${code}.md`;
}

export interface Report {
  readonly range: Range;
  readonly message: Localized;
  /** Only where the rule's table says the severity depends on the case (SW201's shadowing idiom). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly options: AnalyzeOptions;
  report(report: Report): void;
}

/** One rule: its code, default severity, title, and check. Messages state the consequence. */
export interface Rule {
  readonly code: RuleCode;
  readonly defaultSeverity: Severity;
  /** A short name for the catalogue (`stowage rules`) and the docs page heading. */
  readonly title: Localized;
  check(document: AnalyzedDocument, context: RuleContext): void;
}
