import type { RuleCode } from '../../findings';
import type { AnalyzedDocument } from '../../document';
import type { RuleContext } from '../rule';

/** Reports the problems the spec parsers found for one rule (the parser already wrote the message). */
export function reportProblems(code: RuleCode, document: AnalyzedDocument, context: RuleContext): void {
  for (const coded of document.problems) {
    if (coded.code !== code) continue;
    const { range, message, fixes } = coded.problem;
    context.report(fixes === undefined ? { range, message } : { range, message, fixes });
  }
}
