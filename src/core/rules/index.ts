import type { RuleCode } from '../findings';
import { commandRules } from './command';
import { composeRules } from './compose';
import { dockerfileRules } from './dockerfile';
import { mountRules } from './mount';
import type { Rule } from './rule';

export const allRules: readonly Rule[] = [...dockerfileRules, ...composeRules, ...commandRules, ...mountRules].sort((a, b) =>
  a.code.localeCompare(b.code),
);

export function ruleByCode(code: RuleCode): Rule | undefined {
  return allRules.find((r) => r.code === code);
}
