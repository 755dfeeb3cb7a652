import type { RuleCode, Severity } from '../../findings';
import type { Localized } from '../../l10n';
import type { Rule } from '../rule';

/** A rule whose findings are the problems the Dockerfile reader tagged with its code. */
export function problemRule(code: RuleCode, defaultSeverity: Severity, title: Localized): Rule {
  return {
    code,
    defaultSeverity,
    title,
    check(document, context) {
      for (const { code: tagged, problem } of document.problems) {
        if (tagged !== code) continue;
        context.report(problem.fixes === undefined ? { range: problem.range, message: problem.message } : { range: problem.range, message: problem.message, fixes: problem.fixes });
      }
    },
  };
}
