import type { Localized } from './l10n';
import type { Range, TextEdit } from './text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOverride = Severity | 'off';

export const RULE_CODES = [
  'SW101', 'SW102', 'SW103', 'SW104', 'SW105', 'SW106', 'SW107', 'SW110',
  'SW201', 'SW202', 'SW203', 'SW204', 'SW205', 'SW206', 'SW207', 'SW208', 'SW209', 'SW210', 'SW211',
  'SW301', 'SW302', 'SW303', 'SW304', 'SW305', 'SW306',
  'SW401', 'SW402',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export function isRuleCode(value: string): value is RuleCode {
  return (RULE_CODES as readonly string[]).includes(value);
}

/** A repair: one or more edits to the same document, applied together. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
  /** The fix `--fix` and "fix all" apply; at most one per finding. */
  readonly preferred?: boolean;
}

/** A problem found by a parser, before a rule turns it into a finding. */
export interface SpecProblem {
  readonly range: Range;
  readonly message: Localized;
  readonly fixes?: readonly Fix[];
}

/** What a rule reports: always both languages, so one analysis serves any display language. */
export interface Finding {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly message: Localized;
  readonly range: Range;
  readonly fixes: readonly Fix[];
  readonly docsUrl: string;
}
